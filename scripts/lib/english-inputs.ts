import { READER_FILES, readerStrings, readDataJson as readJson } from './reader-texts';

/** Keys whose values are the source's own words: an English card shows them in Chinese, with a gloss. */
const QUOTE_KEYS = new Set(['quote', 'quotes', 'caveatQuote']);
const CHINESE = /[\u3400-\u9fff]/;

export interface EnglishInputs {
  /** Every Chinese text of data/ a card can show that needs English (explanations, labels, title parts). */
  texts: Set<string>;
  /** Every quote of the source in data/: each needs a gloss. */
  quotes: Set<string>;
}

/** What data/english/ must translate, read from the data as it stands (the family words included). */
export function englishInputs(): EnglishInputs {
  const texts = new Set<string>(['运营', '营销', '销售']);
  const quotes = new Set<string>();
  for (const path of READER_FILES)
    for (const { key, text } of readerStrings(readJson(path)))
      if (CHINESE.test(text)) (key !== undefined && QUOTE_KEYS.has(key) ? quotes : texts).add(text);
  const lexicon = readJson('data/generated/lexicon.json') as { terms: Entry[]; ranks: string[] };
  const curated = readJson('data/terms.json') as Entry[];
  for (const entry of [...curated, ...lexicon.terms])
    for (const part of Object.values(entry.parts ?? {})) if (CHINESE.test(part)) texts.add(part);
  for (const rank of lexicon.ranks) texts.add(rank);
  return { texts, quotes };
}

interface Entry {
  parts?: Record<string, string>;
}
