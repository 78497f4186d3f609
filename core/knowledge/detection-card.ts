import { terms as lexiconTerms } from '../../data/generated/lexicon.json';
import type { CardLanguage } from '../card-request';
import type { LexiconTerm } from '../lexicon-types';
import { termIndexOf } from '../term-ref';
import type { Detection } from '../types';
import { buildCard } from './card';
import type { Card } from './card-model';
import { getTerm } from './catalog';
import type { ExplainedEntry } from './types';
import { writerFor } from './writers';

const builtTermById = new Map((lexiconTerms as LexiconTerm[]).map((term) => [term.id, term]));

/**
 * The card for a detection on a page: its curated entry, or the title the lexicon built from parts (快手运营),
 * with the page's own spelling as the headword, in the language asked for (Simplified by default). Undefined for
 * an id neither knows (a detector of another lexicon version, say).
 */
export function cardForDetection(
  detection: Pick<Detection, 'term' | 'text'>,
  viewpoints: readonly string[],
  language: CardLanguage = 'zh-Hans',
): Card | undefined {
  // The content script names a term by its index in the lexicon (core/term-ref.ts); the tools by its id.
  const index = termIndexOf(detection.term);
  const id = index === undefined ? detection.term : (lexiconTerms as LexiconTerm[])[index]?.id;
  if (id === undefined) return undefined;
  const entry: ExplainedEntry | undefined = getTerm(id) ?? builtTermById.get(id);
  return entry && buildCard({ entry, viewpoints, surface: detection.text, writer: writerFor(language) });
}
