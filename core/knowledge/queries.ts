import familiesData from '../../data/families.json';
import relationsData from '../../data/relations.json';
import typosData from '../../data/source-typos.json';
import titleNotesData from '../../data/title-notes.json';
import viewpointsData from '../../data/viewpoints.json';
import type { Family } from '../types';
import type { FamilyInfo, PairRelation, SourceTypo, TitleInfo, Viewpoint } from './types';

/**
 * Read-only queries over the hand-authored knowledge base in data/. The JSON files are checked against
 * data/schema/ by tests/unit/knowledge-base.test.ts, which is what makes these casts safe.
 */

export const viewpoints: readonly Viewpoint[] = viewpointsData as Viewpoint[];
export const families: readonly FamilyInfo[] = familiesData as FamilyInfo[];
export const titles: readonly TitleInfo[] = titleNotesData as TitleInfo[];
export const pairRelations: readonly PairRelation[] = (relationsData as unknown as { pairs: PairRelation[] })
  .pairs;
export const sourceTypos: readonly SourceTypo[] = typosData as SourceTypo[];

const familyByKey = new Map(families.map((info) => [info.family, info]));
const viewpointIndexById = new Map(viewpoints.map((viewpoint, index) => [viewpoint.id, index]));
const titleByTerm = new Map(titles.map((title) => [title.term, title]));

export function getViewpoint(id: string): Viewpoint | undefined {
  const index = viewpointIndexById.get(id);
  return index === undefined ? undefined : viewpoints[index];
}

/** A viewpoint's place in the source text, as readers see it: "#3" is answer 3, id "v03". */
export function viewpointNumber(id: string): number {
  const index = viewpointIndexById.get(id);
  if (index === undefined) throw new Error(`unknown viewpoint "${id}"`);
  return index + 1;
}

export function familyInfo(family: Family): FamilyInfo {
  const info = familyByKey.get(family);
  if (!info) throw new Error(`no entry for family "${family}" in data/families.json`);
  return info;
}

/** What the source says of a title, or undefined when it says nothing of it. */
export function titleInfo(termId: string): TitleInfo | undefined {
  return titleByTerm.get(termId);
}

/** The pairs a family belongs to, in data order (运营·营销, 运营·销售, 营销·销售). */
export function pairsOf(family: Family): PairRelation[] {
  return pairRelations.filter((relation) => relation.pair.includes(family));
}
