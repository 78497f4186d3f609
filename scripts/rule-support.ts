/**
 * `npx tsx scripts/rule-support.ts`: how many documents support each word of the Chinese context rules
 * (issue 11: a list entry is admitted when it belongs to a class or at least two documents support it).
 *
 * For each class of data/lexicon-rules.json's blockAfter, blockBefore and 业务/業務 rules (after, before), each
 * word is counted in the documents of ../shared/corpus (postings.jsonl, postings-more.jsonl and the labelled
 * units, a document each) where it stands beside one of the class's forms as the rule reads it (after: form +
 * word; before: word + form), in either script. Printed per class with its comment's first words, then the
 * words no document or one document holds: each must be justified by its class (the comment names it) or
 * retired. Figures only; it decides nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { openccScripts } from './lib/script-converters';
import { sharedPath } from './lib/shared-paths';

interface WordClass {
  $comment: string;
  forms?: string[];
  words: string[];
}

const rules = JSON.parse(readFileSync(new URL('../data/lexicon-rules.json', import.meta.url), 'utf8'));
const { traditional: traditionalOf } = openccScripts();

const documents: string[] = [];
for (const file of ['postings.jsonl', 'postings-more.jsonl', 'labeled-mentions-r2.jsonl']) {
  const path = sharedPath('corpus', file);
  if (!existsSync(path)) {
    console.error(`rule-support: ${path} not found (the shared corpus sits beside the project as ../shared)`);
    process.exit(1);
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { title?: string; text?: string };
    documents.push(`${record.title ?? ''}\n${record.text ?? ''}`);
  }
}

const familyForms: string[] = Object.values(rules.familyWords as Record<string, string[]>).flat();

/** Documents holding `before + after` in either script. */
function support(pairs: [string, string][]): number {
  const needles = [...new Set(pairs.flatMap(([a, b]) => [a + b, ...traditionalOf(a + b)]))];
  return documents.filter((text) => needles.some((needle) => text.includes(needle))).length;
}

const weak: string[] = [];
function report(section: string, classes: WordClass[], side: 'after' | 'before', defaultForms: string[]) {
  console.log(`\n## ${section}`);
  for (const wordClass of classes) {
    const forms = wordClass.forms ?? defaultForms;
    const counts = wordClass.words.map((word) => {
      const pairs = forms.map((form): [string, string] => (side === 'after' ? [form, word] : [word, form]));
      return [word, support(pairs)] as const;
    });
    console.log(`- ${wordClass.$comment.slice(0, 70)}…`);
    console.log(`  ${counts.map(([word, count]) => `${word} ${count}`).join(' · ')}`);
    for (const [word, count] of counts)
      if (count < 2) weak.push(`${section}: ${word} (${count}) — ${wordClass.$comment.slice(0, 50)}…`);
  }
}

report('blockAfter', rules.blockAfter.classes, 'after', familyForms);
report('blockBefore', rules.blockBefore.classes, 'before', familyForms);
const conditionalForms = (rules.conditional.forms as { form: string }[]).map(({ form }) => form);
report('业务 after', rules.conditional.after, 'after', conditionalForms);
report('业务 before', rules.conditional.before, 'before', conditionalForms);

console.log(
  `\n${documents.length} documents. Words fewer than two documents hold (their class must justify them):`,
);
for (const line of weak) console.log(`  ${line}`);
