import knowledge from '../../data/english/knowledge.json';
import parts from '../../data/english/parts.json';
import quotes from '../../data/english/quotes.json';
import titleNotes from '../../data/english/title-notes.json';
import { CARD_WORDING_EN } from './card-wording-en';
import type { CardWriter } from './card-writer';

/**
 * English cards (issue 12): the knowledge base's texts in hand-written English (data/english/, keyed by the
 * Simplified text they translate), for a reader who knows some Chinese. Headwords stay Chinese, and so do the
 * source's quotes, each with its English gloss beside it. tests/unit/english.test.ts checks that every text a
 * card can show has its English and that no English holds Chinese but headwords and verbatim source pieces.
 */
export const ENGLISH_TEXT: Readonly<Record<string, string>> = {
  ...knowledge.text,
  ...parts.text,
  ...titleNotes.text,
};
export const ENGLISH_GLOSS: Readonly<Record<string, string>> = { ...quotes.gloss, ...titleNotes.gloss };

export const ENGLISH_WRITER: CardWriter = {
  script: 'en',
  text: (simplified) => ENGLISH_TEXT[simplified] ?? simplified,
  name: (id) => id,
  phrase: (key) => CARD_WORDING_EN[key],
  quote: (simplified) => simplified,
  gloss: (quote) => ENGLISH_GLOSS[quote] ?? '',
};
