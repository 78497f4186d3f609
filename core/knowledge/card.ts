import { FAMILIES, FAMILY_LABEL, type Family } from '../types';
import { markdownPieces } from './card-markdown';
import type { Card, PairView, PlaceGroup, RoleLine, TakeView } from './card-model';
import { familyInfo, pairRelations, pairsOf, titleInfo, viewpointNumber, viewpoints } from './queries';
import { quoteView } from './quote-typos';
import { describeParts } from './title-parts';
import type { CitedLine, Definition, ExplainedEntry, PairRelation, Sense, Viewpoint } from './types';

export interface CardRequest {
  entry: ExplainedEntry;
  /** The viewpoints the reader chose (settings), as ids; the card shows those of them that speak to its word. */
  viewpoints: readonly string[];
  /** The text as it stands on the page, when it differs from the entry's id (營運專員 for 运营专员). */
  surface?: string;
}

/**
 * The card for any entry: a curated term, a title the detector built from parts (快手运营), or a related role
 * (产品经理). The first screen, in order: the title's own note (or the source's silence, or the word's
 * overview), what each of the three words does, one disagreement line, and the pairs for the diagram; the
 * notes and the viewpoints' takes wait behind "more".
 */
export function buildCard({ entry, viewpoints: chosen, surface }: CardRequest): Card {
  const family = entry.family;
  const title = titleInfo(entry.id);
  const sense = family === 'operations' && entry.kind !== 'core' ? senseOf(entry) : undefined;
  const senseInfo = sense ? familyInfo('operations').senses.find((info) => info.sense === sense) : undefined;
  const pairs = family ? pairsOf(family) : [...pairRelations];
  const takes = family ? takesOf(family) : [];
  const chosenNumbers = new Set(chosen.flatMap((id) => (isViewpointId(id) ? [viewpointNumber(id)] : [])));
  const parts = describeParts(entry, surface);

  const card: Omit<Card, 'markdown'> = {
    entry: family ? { id: entry.id, family, kind: entry.kind } : { id: entry.id, kind: entry.kind },
    headword: surface ?? entry.id,
    ...(family ? { familyLabel: FAMILY_LABEL[family] } : {}),
    ...(senseInfo
      ? { sense: { label: senseInfo.label, note: familyInfo('operations').senseNote ?? '' } }
      : {}),
    ...(parts ? { parts } : {}),
    lead: title
      ? { kind: 'note', text: title.brief }
      : entry.kind === 'core' && family
        ? { kind: 'overview', text: familyInfo(family).overview }
        : { kind: 'silence', text: silenceLine(entry.id, family, senseInfo?.label) },
    roles: FAMILIES.map((other) =>
      roleLine(other, other === family, other === family ? (title?.role ?? senseInfo?.role) : undefined),
    ),
    disagreement: disagreementLine(pairs),
    pairs: pairs.map(pairView),
    notes: (title?.notes ?? []).map((note) => ({
      viewpoint: viewpointNumber(note.viewpoint),
      text: note.text,
      quote: quoteView(note.viewpoint, note.quote),
    })),
    takes,
    shown: takes.map((take) => take.viewpoint).filter((number) => chosenNumbers.has(number)),
  };
  return { ...card, markdown: markdownPieces(card) };
}

/** The sense a 运营 title carries: the curated one, else the job (titles built from parts name a job's object or channel). */
function senseOf(entry: ExplainedEntry): Sense {
  return entry.sense ?? 'job';
}

function isViewpointId(id: string): boolean {
  return viewpoints.some((viewpoint) => viewpoint.id === id);
}

/** What the card says first when the source never names the title: placed before anything else. */
export function silenceLine(termId: string, family: Family | undefined, senseLabel?: string): string {
  if (!family) return `原文没有提到“${termId}”。`;
  const label = FAMILY_LABEL[family];
  return senseLabel
    ? `原文没有提到“${termId}”；下面按${senseLabel}上的“${label}”来解释。`
    : `原文没有提到“${termId}”；下面是原文对“${label}”整体的说法。`;
}

function roleLine(family: Family, own: boolean, override: CitedLine | undefined): RoleLine {
  const line = override ?? familyInfo(family).role;
  return {
    family,
    label: FAMILY_LABEL[family],
    text: line.text,
    viewpoints: line.viewpoints.map(viewpointNumber),
    own,
  };
}

const cite = (numbers: readonly number[]) => numbers.map((number) => `#${number}`).join(' ');

/**
 * "谁包含谁，原文没有共识：运营包含营销 #2 #5 #9；营销包含运营 #1 #6；运营包含销售 #4 #5。" Built from the same
 * placements as the diagram, in the order of the data's pairs, so every card words a claim the same way.
 */
export function disagreementLine(pairs: readonly PairRelation[]): string {
  const claims: string[] = [];
  for (const view of pairs.map(pairView)) {
    for (const group of view.groups) {
      if (group.place !== 'contains' || group.members.length === 0) continue;
      claims.push(`${group.label} ${cite(group.members.map((member) => member.viewpoint))}`);
    }
  }
  const briefs = pairs.flatMap((relation) => (relation.brief ? [relation.brief] : []));
  const head = claims.length > 0 ? `谁包含谁，原文没有共识：${claims.join('；')}。` : '';
  return head + briefs.join('');
}

const GROUP_LABEL: Record<Exclude<PlaceGroup['place'], 'contains'>, string> = {
  merged: '已融合，区别不重要',
  divides: '只讲分工',
  silent: '没有谈到',
};

export function pairView(relation: PairRelation): PairView {
  const [first, second] = relation.pair;
  const group = (place: PlaceGroup['place'], outer?: Family): PlaceGroup => {
    const inner = outer === first ? second : outer === second ? first : undefined;
    const members = viewpoints.flatMap((viewpoint) => {
      const placement = relation.placements[viewpoint.id];
      if (!placement || placement.place !== place || (outer && placement.outer !== outer)) return [];
      const number = viewpointNumber(viewpoint.id);
      return [placement.caveat ? { viewpoint: number, caveat: placement.caveat } : { viewpoint: number }];
    });
    const label =
      place === 'contains' && outer && inner
        ? `${FAMILY_LABEL[outer]}包含${FAMILY_LABEL[inner]}`
        : GROUP_LABEL[place as keyof typeof GROUP_LABEL];
    return outer && inner ? { place, outer, inner, label, members } : { place, label, members };
  };
  return {
    families: [first, second],
    labels: [FAMILY_LABEL[first], FAMILY_LABEL[second]],
    groups: [
      group('contains', first),
      group('contains', second),
      group('merged'),
      group('divides'),
      group('silent'),
    ],
    notes: relation.notes,
  };
}

/** What a viewpoint says of a family, if anything: its definition, else a remark, else its side of a distinction. */
function wordsOn(viewpoint: Viewpoint, family: Family): Definition | undefined {
  const own = viewpoint.definitions[family] ?? viewpoint.remarks?.[family];
  if (own) return own;
  const distinction = viewpoint.distinctions.find((candidate) => candidate.sides[family] !== undefined);
  if (!distinction) return undefined;
  return {
    text: `${distinction.dimension}：${distinction.sides[family]}`,
    quote: distinction.quote ?? viewpoint.quotes[0] ?? '',
  };
}

const takesByFamily = new Map<Family, TakeView[]>();

/** Every viewpoint's take on a family; the data never changes at run time, so each family's list is built once. */
function takesOf(family: Family): TakeView[] {
  let takes = takesByFamily.get(family);
  if (takes) return takes;
  const said = viewpoints.flatMap((viewpoint) => {
    const words = wordsOn(viewpoint, family);
    return words ? [{ viewpoint, words }] : [];
  });
  takes = said.map(({ viewpoint, words }) => ({
    viewpoint: viewpointNumber(viewpoint.id),
    text: words.text,
    quote: quoteView(viewpoint.id, words.quote),
    sameAs: said
      .filter((other) => other.viewpoint !== viewpoint && other.words.text === words.text)
      .map((other) => viewpointNumber(other.viewpoint.id)),
  }));
  takesByFamily.set(family, takes);
  return takes;
}
