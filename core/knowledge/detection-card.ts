import { terms as lexiconTerms } from '../../data/generated/lexicon.json';
import type { LexiconTerm } from '../lexicon-types';
import type { Script } from '../page-context';
import { termIndexOf } from '../term-ref';
import type { Detection } from '../types';
import { buildCard } from './card';
import type { Card } from './card-model';
import { getTerm } from './catalog';
import { TRADITIONAL_WRITER } from './traditional';
import type { ExplainedEntry } from './types';

const builtTermById = new Map((lexiconTerms as LexiconTerm[]).map((term) => [term.id, term]));

/**
 * The card for a detection on a page: its curated entry, or the title the lexicon built from parts (快手运营),
 * with the page's own spelling as the headword, in the script asked for (Simplified by default). Undefined for
 * an id neither knows (a detector of another lexicon version, say).
 */
export function cardForDetection(
  detection: Pick<Detection, 'term' | 'text'>,
  viewpoints: readonly string[],
  script: Script = 'zh-Hans',
): Card | undefined {
  // The content script names a term by its index in the lexicon (core/term-ref.ts); the tools by its id.
  const index = termIndexOf(detection.term);
  const id = index === undefined ? detection.term : (lexiconTerms as LexiconTerm[])[index]?.id;
  if (id === undefined) return undefined;
  const entry: ExplainedEntry | undefined = getTerm(id) ?? builtTermById.get(id);
  const writer = script === 'zh-Hant' ? TRADITIONAL_WRITER : undefined;
  return entry && buildCard({ entry, viewpoints, surface: detection.text, writer });
}
