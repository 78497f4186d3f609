import type { Script } from '../page-context';
import { CARD_WORDING, type CardWordingKey } from './card-wording';
import { fillPlaces } from './places';

/**
 * How a card writes the knowledge base's text: as it is (Simplified, the source's script), or converted at
 * build time (core/knowledge/traditional.ts). Ids never go through it: they stay Simplified everywhere.
 */
export interface CardWriter {
  script: Script;
  /** A reader-facing text of data/ or of CARD_WORDING, in this card's script. */
  text(simplified: string): string;
}

export const SIMPLIFIED_WRITER: CardWriter = { script: 'zh-Hans', text: (simplified) => simplified };

/** One of the card's own phrases, its `{name}` places filled with `values` (already in the card's script). */
export function wording(
  writer: CardWriter,
  key: CardWordingKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaces(writer.text(CARD_WORDING[key]), values);
}
