import { resolve } from 'node:path';
import { CARD_WORDING } from '../../core/knowledge/card-wording';
import { FAMILY_LABEL } from '../../core/types';
import { jiebaCut, PROJECT_ROOT } from './lexicon-sources';
import { READER_FILES, readerStrings, readDataJson as readJson } from './reader-texts';
import { createTaiwanConverter, type TaiwanTerm } from './taiwan-converter';

export const TRADITIONAL_PATH = resolve(PROJECT_ROOT, 'data/generated/traditional.json');

export interface TraditionalInputs {
  /** Every text a card can show, in Simplified. */
  texts: string[];
  convert: (text: string) => string;
}

/**
 * What a card can show: the knowledge base's reader texts and quotes, the card's own phrases, the family
 * words, and the names and parts of every entry (the curated terms and the titles the lexicon builds).
 */
export function traditionalInputs(): TraditionalInputs {
  const texts = [...READER_FILES, 'data/source-typos.json'].flatMap((path) =>
    readerStrings(readJson(path)).map(({ text }) => text),
  );
  texts.push(...Object.values(CARD_WORDING), ...Object.values(FAMILY_LABEL));
  const lexicon = readJson('data/generated/lexicon.json') as {
    terms: { id: string; parts?: Record<string, string> }[];
    ranks: string[];
  };
  const terms = readJson('data/terms.json') as { id: string; parts?: Record<string, string> }[];
  for (const entry of [...terms, ...lexicon.terms]) texts.push(entry.id, ...Object.values(entry.parts ?? {}));
  texts.push(...lexicon.ranks);
  const { terms: taiwanTerms } = readJson('data/taiwan-terms.json') as { terms: TaiwanTerm[] };
  return { texts, convert: createTaiwanConverter({ terms: taiwanTerms, cut: jiebaCut }) };
}

/** Simplified text → its Traditional form, for each text conversion changes, in code-point order. */
export function buildTraditional({ texts, convert }: TraditionalInputs): Record<string, string> {
  const table: Record<string, string> = {};
  for (const text of [...new Set(texts)].sort(byCodePoint)) {
    const converted = convert(text);
    if (converted !== text) table[text] = converted;
  }
  return table;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One entry a line, so a change to the data shows as a change to its lines. */
export function serializeTraditional(table: Record<string, string>): string {
  const lines = Object.entries(table).map(
    ([simplified, traditional]) => `${JSON.stringify(simplified)}:${JSON.stringify(traditional)}`,
  );
  return `{"$comment":"Written by npm run traditional from data/ (OpenCC s2twp and data/taiwan-terms.json); do not edit.",\n"text":{\n${lines.join(',\n')}\n}}\n`;
}
