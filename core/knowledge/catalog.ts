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

/** The card for a curated term (the popup's lookup) in a language, or undefined when the id is unknown. */
export function cardForTerm(
  termId: string,
  viewpoints: readonly string[],
  language: CardLanguage = 'zh-Hans',
): Card | undefined {
  const term = getTerm(termId);
  return term && buildCard({ entry: term, viewpoints, writer: writerFor(language) });
}
