import termsData from '../../data/terms.json';
import type { CardLanguage } from '../card-request';
import type { Family } from '../types';
import { buildCard } from './card';
import type { Card } from './card-model';
import { type FamilyTermEntry, isFamilyTerm, type TermEntry } from './types';
import { writerFor } from './writers';

/** The curated entries of data/terms.json, for looking terms up by name and explaining them (popup, background, tools). */
export const terms: readonly TermEntry[] = termsData as TermEntry[];

const termById = new Map(terms.map((term) => [term.id, term]));

export function getTerm(id: string): TermEntry | undefined {
  return termById.get(id);
}

export function termsOfFamily(family: Family): FamilyTermEntry[] {
  return terms.filter(isFamilyTerm).filter((term) => term.family === family);
}

const DEFAULT_SEARCH_LIMIT = 20;

/** Lower rank sorts first. */
const RANK = { exact: 0, core: 1, prefix: 2, substring: 3, coreWithin: 4 } as const;

function normalizeQuery(text: string): string {
  // Latin letters ignore case; Chinese has no case, so lower-casing leaves it untouched.
  return text.trim().toLowerCase();
}

interface Hit {
  term: TermEntry;
  rank: number;
  /** Length of the form that matched: a shorter form is a closer match. */
  formLength: number;
  order: number;
}

function bestHit(term: TermEntry, query: string, order: number): Hit | undefined {
  let best: Hit | undefined;
  for (const rawForm of [term.id, ...term.forms]) {
    const form = rawForm.toLowerCase();
    let rank: number | undefined;
    if (form === query) rank = RANK.exact;
    else if (term.kind === 'core' && form.includes(query)) rank = RANK.core;
    else if (form.startsWith(query)) rank = RANK.prefix;
    else if (form.includes(query)) rank = RANK.substring;
    // The family word inside what was typed (运营总监 → 运营) is worth offering, after the direct matches.
    else if (term.kind === 'core' && query.includes(form)) rank = RANK.coreWithin;
    if (rank === undefined) continue;
    const hit = { term, rank, formLength: form.length, order };
    if (!best || hit.rank < best.rank || (hit.rank === best.rank && hit.formLength < best.formLength)) {
      best = hit;
    }
  }
  return best;
}

/**
 * Entries for a search box: exact form match first, then core terms containing the query, then prefix
 * matches, then substring matches, then core terms contained in the query (运营总监 also offers 运营). Traditional input (營運) finds its Simplified entry (运营) through the entry's forms.
 */
export function searchTerms(query: string, limit = DEFAULT_SEARCH_LIMIT): TermEntry[] {
  const normalized = normalizeQuery(query);
  if (normalized === '' || limit <= 0) return [];
  const hits: Hit[] = [];
  terms.forEach((term, order) => {
    const hit = bestHit(term, normalized, order);
    if (hit) hits.push(hit);
  });
  hits.sort((a, b) => a.rank - b.rank || a.formLength - b.formLength || a.order - b.order);
  return hits.slice(0, limit).map((hit) => hit.term);
}

/** The card for a curated term (the popup's lookup) in a language, or undefined when the id is unknown. */
export function cardForTerm(
  termId: string,
  viewpoints: readonly string[],
  language: CardLanguage = 'zh-Hans',
): Card | undefined {
  const term = getTerm(termId);
  return term && buildCard({ entry: term, viewpoints, writer: writerFor(language) });
}
