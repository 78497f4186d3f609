import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  buildTraditional,
  serializeTraditional,
  TRADITIONAL_PATH,
  traditionalInputs,
} from './lib/build-traditional';
import { PROJECT_ROOT } from './lib/lexicon-sources';

// npm run traditional: the knowledge base's reader texts → data/generated/traditional.json (Taiwan Traditional).
const inputs = traditionalInputs();
const table = buildTraditional(inputs);
writeFileSync(TRADITIONAL_PATH, serializeTraditional(table));
console.log(
  `${relative(PROJECT_ROOT, TRADITIONAL_PATH)}: ${Object.keys(table).length} of ${new Set(inputs.texts).size} texts converted`,
);
