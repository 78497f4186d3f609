import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildLexicon, serializeLexicon } from './lib/build-lexicon';
import { LEXICON_PATH, lexiconInputs, PROJECT_ROOT } from './lib/lexicon-sources';

// npm run lexicon: data/terms.json + data/lexicon-rules.json + jieba's dictionary → data/generated/lexicon.json
const lexicon = buildLexicon(lexiconInputs());
writeFileSync(LEXICON_PATH, serializeLexicon(lexicon));
const blocks = lexicon.zh.filter((item) => item[1] < 0).length;
console.log(
  `${relative(PROJECT_ROOT, LEXICON_PATH)}: ${lexicon.terms.length} terms, ${lexicon.zh.length - blocks} Chinese entries, ` +
    `${blocks} blocking words, ${lexicon.en.forms.length} English forms`,
);
