import type { CardLanguage } from '../card-request';
import { CARD_WORDING, type CardWordingKey } from './card-wording';
import { fillPlaces } from './places';

/**
 * How a card writes the knowledge base's text: as it is (Simplified, the source's script), converted at
 * build time (core/knowledge/traditional.ts), or in the hand-written English (core/knowledge/english.ts).
 * Ids never go through it: they stay Simplified everywhere.
 */
export interface CardWriter {
  script: CardLanguage;
  /** A reader-facing text of data/, in this card's language. */
  text(simplified: string): string;
  /** An entry's name (its id, 用户运营): converted for Traditional; English cards keep the Chinese headword. */
  name(id: string): string;
  /** One of the card's own phrases (card-wording.ts), its `{name}` places still open. */
  phrase(key: CardWordingKey): string;
  /**
   * A quote of the source as this card shows it: converted for Traditional, as written otherwise. English
   * cards keep the source's Chinese and gloss it (`gloss`).
   */
  quote(simplified: string): string;
  /** English cards: the English beside a quote that stays in Chinese. */
  gloss?(quote: string): string;
}

/** A writer that writes every text of data/ and every phrase through one table (Simplified → its form). */
export function chineseWriter(script: CardLanguage, text: (simplified: string) => string): CardWriter {
  return { script, text, name: text, phrase: (key) => text(CARD_WORDING[key]), quote: text };
}

export const SIMPLIFIED_WRITER: CardWriter = chineseWriter('zh-Hans', (simplified) => simplified);

/** One of the card's own phrases, its `{name}` places filled with `values` (already in the card's language). */
export function wording(
  writer: CardWriter,
  key: CardWordingKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaces(writer.phrase(key), values);
}
