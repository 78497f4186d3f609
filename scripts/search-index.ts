import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  buildSearchIndex,
  SEARCH_INDEX_PATH,
  searchIndexInputs,
  serializeSearchIndex,
} from './lib/build-search-index';
import { PROJECT_ROOT } from './lib/lexicon-sources';

// npm run search-index: pinyin of every term's Chinese forms, and the lexicon's non-job words, for the popup's
// search → data/generated/search.json.
const index = buildSearchIndex(searchIndexInputs());
writeFileSync(SEARCH_INDEX_PATH, serializeSearchIndex(index));
console.log(
  `${relative(PROJECT_ROOT, SEARCH_INDEX_PATH)}: pinyin of ${Object.keys(index.pinyin).length} terms, ${index.falseFriends.length} false friends`,
);
