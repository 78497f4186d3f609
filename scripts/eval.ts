import { detector } from '../core/detector';
import { FAMILIES } from '../core/types';
import { halfOf, unitContexts, unitSources } from './lib/corpus-sources';
import {
  corpusAvailable,
  evaluate,
  LABELED_MENTIONS,
  readUnits,
  SCOPES,
  type Scope,
  scoreBy,
  TARGETS,
  tallyOf,
  totalOf,
} from './lib/evaluate';
import { jiebaCut } from './lib/lexicon-sources';
import { precision, recall, type Score, type ScoreError, type Tally } from './lib/score';

// npm run eval: precision and recall of the detector on ../shared/corpus/labeled-mentions-r2.jsonl, per language
// and family, then per source, then every error. `-- --halves`: also per half of the corpus (split by document),
// to check that a rule helps both halves and not only the documents it was written from.

/** Characters of context shown on each side of an error. */
const CONTEXT = 16;

if (!corpusAvailable()) {
  console.error(
    `eval: ${LABELED_MENTIONS} not found (the shared corpus sits beside the project as ../shared)`,
  );
  process.exit(1);
}

const units = readUnits();
const { score, runs, jiebaAgreement } = evaluate(detector, units, {
  cut: jiebaCut,
  contextOf: unitContexts(),
});
/** The same without page context: what a caller that gives none (or a page with no title) gets. */
const withoutContext = evaluate(detector, units).score;

const pct = (value: number) => value.toFixed(3);
const row = (label: string, tally: Tally, target?: { precision: number; recall: number }) => {
  const p = precision(tally);
  const r = recall(tally);
  const flag = target && (p < target.precision || r < target.recall) ? '  << below target' : '';
  return `${label.padEnd(22)} P ${pct(p)}  R ${pct(r)}  (correct ${tally.correct}, FP ${tally.falsePositives}, found ${tally.found}, missed ${tally.missed})${flag}`;
};

// The Chinese targets hold for zh and are checked on zh-Hans and zh-Hant alone too.
const targetFor = (scope: Scope) => (scope === 'en' ? TARGETS.en : TARGETS.zh);
console.log(
  'Detection accuracy on labeled-mentions-r2.jsonl (zh = zh-Hans + zh-Hant), overlap scoring of issue 11:\n' +
    'a detection overlapping a candidate of its own family is correct; otherwise one overlapping a `none` candidate or\n' +
    "another family's candidate is a false positive.\n",
);
for (const scope of SCOPES) {
  for (const family of FAMILIES)
    console.log(row(`${scope} ${family}`, tallyOf(score, scope, family), targetFor(scope)));
  console.log(row(`${scope} all`, totalOf(score, scope)));
  console.log('');
}
console.log(`unscored detections (overlapping no candidate): ${score.unscored}`);
// Units are read with their page context (a posting's title); where that changes a figure, the figure without.
const contextChanges = SCOPES.flatMap((scope) =>
  FAMILIES.flatMap((family) => {
    const [withIt, without] = [tallyOf(score, scope, family), tallyOf(withoutContext, scope, family)];
    return withIt.correct === without.correct && withIt.falsePositives === without.falsePositives
      ? []
      : [`  ${row(`${scope} ${family}`, without)}`];
  }),
);
console.log(
  contextChanges.length > 0
    ? `page context (postings' titles) changes these; without it:\n${contextChanges.join('\n')}`
    : 'page context (postings’ titles) changes no figure',
);

/** One line per language of a group: P/R per family, with the counts behind them. */
const groupRows = (groupScore: Score, label: string) => {
  const lines: string[] = [];
  for (const scope of ['zh', 'en'] as const) {
    const cells = FAMILIES.map((family) => {
      const tally = tallyOf(groupScore, scope, family);
      const scored = tally.correct + tally.falsePositives + tally.found + tally.missed;
      return scored === 0
        ? `${family} –`
        : `${family} ${pct(precision(tally))}/${pct(recall(tally))} (FP ${tally.falsePositives}, missed ${tally.missed})`;
    });
    if (cells.some((cell) => !cell.endsWith('–')))
      lines.push(`  ${label.padEnd(24)} ${scope}  ${cells.join('  ')}`);
  }
  return lines;
};

console.log('\nPer source (P/R per family):');
for (const { group, units, score: groupScore } of scoreBy(runs, unitSources()))
  for (const line of groupRows(groupScore, `${group} (${units})`)) console.log(line);

if (process.argv.includes('--halves')) {
  console.log('\nPer half of the corpus (split by document):');
  for (const { group, units, score: groupScore } of scoreBy(runs, halfOf))
    for (const line of groupRows(groupScore, `half ${group} (${units})`)) console.log(line);
}
if (jiebaAgreement) {
  const { agreeing, total } = jiebaAgreement;
  console.log(
    `detections whose both boundaries are jieba word boundaries: ${agreeing}/${total} (${pct(agreeing / Math.max(1, total))})`,
  );
}

const describe = (error: ScoreError) => {
  const { text } = error.unit;
  const context =
    `${text.slice(Math.max(0, error.start - CONTEXT), error.start)}[${text.slice(error.start, error.end)}]${text.slice(error.end, error.end + CONTEXT)}`.replace(
      /\s+/g,
      ' ',
    );
  const what = error.kind === 'miss' ? `missed ${error.family}` : `FP ${error.family} on ${error.label}`;
  return `${error.unit.lang.padEnd(7)} ${what.padEnd(28)} ${context}   (${error.unit.unit_id})`;
};
console.log(`\n${score.errors.length} errors:`);
for (const error of score.errors) console.log(describe(error));
