import { FAMILIES, FAMILY_LABEL, type Family } from '../types';
import { markdownPieces } from './card-markdown';
import {
  CARD_LABEL_KEYS,
  type Card,
  type CardLabels,
  type PairView,
  type PlaceGroup,
  type RoleLine,
  type TakeView,
} from './card-model';
import { type CardWriter, SIMPLIFIED_WRITER, wording } from './card-writer';
import { pairSummary } from './pair-summary';
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
  /** The script the card is written in: Simplified as the source, unless a converted writer is given. */
  writer?: CardWriter;
}

/**
 * The card for any entry: a curated term, a title the detector built from parts (快手运营), or a related role
 * (产品经理). The first screen, in order: the title's own note (or the source's silence, or the word's
 * overview), what each of the three words does, one disagreement line, and the pairs for the diagram; the
 * notes and the viewpoints' takes wait behind "more".
 */
export function buildCard({
  entry,
  viewpoints: chosen,
  surface,
  writer = SIMPLIFIED_WRITER,
}: CardRequest): Card {
  const family = entry.family;
  const text = writer.text;
  const title = titleInfo(entry.id);
  const sense = family === 'operations' && entry.kind !== 'core' ? senseOf(entry) : undefined;
  const senseInfo = sense ? familyInfo('operations').senses.find((info) => info.sense === sense) : undefined;
  const pairs = family ? pairsOf(family) : [...pairRelations];
  const takes = family ? takesOf(family, writer) : [];
  const chosenNumbers = new Set(chosen.flatMap((id) => (isViewpointId(id) ? [viewpointNumber(id)] : [])));
  const parts = describeParts(entry, surface, writer);
  const name = writer.name(entry.id);

  const card: Omit<Card, 'markdown'> = {
    entry: family ? { id: entry.id, family, kind: entry.kind } : { id: entry.id, kind: entry.kind },
    script: writer.script,
    headword: surface ?? name,
    name,
    ...(family ? { familyLabel: text(FAMILY_LABEL[family]) } : {}),
    ...(senseInfo
      ? { sense: { label: text(senseInfo.label), note: text(familyInfo('operations').senseNote ?? '') } }
      : {}),
    ...(parts ? { parts } : {}),
    lead: title
      ? { kind: 'note', text: text(title.brief) }
      : entry.kind === 'core' && family
        ? { kind: 'overview', text: text(familyInfo(family).overview) }
        : { kind: 'silence', text: silenceLine(entry.id, family, senseInfo?.label, writer) },
    roles: FAMILIES.map((other) =>
      roleLine(
        other,
        other === family,
        other === family ? (title?.role ?? senseInfo?.role) : undefined,
        writer,
      ),
    ),
    disagreement: disagreementLine(pairs, writer),
    pairs: pairs.map((relation) => pairView(relation, writer)),
    notes: (title?.notes ?? []).map((note) => ({
      viewpoint: viewpointNumber(note.viewpoint),
      text: text(note.text),
      quote: quoteView(note.viewpoint, note.quote, writer),
    })),
    takes,
    shown: takes.map((take) => take.viewpoint).filter((number) => chosenNumbers.has(number)),
    labels: buildCardLabels(writer),
    ...(writer.script === SIMPLIFIED_WRITER.script
      ? {}
      : {
          quoteLabels: {
            converted: wording(writer, 'converted'),
            showOriginal: wording(writer, 'showOriginal'),
            showConverted: wording(writer, 'showConverted'),
          },
        }),
  };
  return { ...card, markdown: markdownPieces(card, writer) };
}

/** The card's own words in its script, their places left for the components to fill. */
export function buildCardLabels(writer: CardWriter): CardLabels {
  return Object.fromEntries(CARD_LABEL_KEYS.map((key) => [key, writer.phrase(key)])) as CardLabels;
}

/** The sense a 运营 title carries: the curated one, else the job (titles built from parts name a job's object or channel). */
function senseOf(entry: ExplainedEntry): Sense {
  return entry.sense ?? 'job';
}

function isViewpointId(id: string): boolean {
  return viewpoints.some((viewpoint) => viewpoint.id === id);
}

/** What the card says first when the source never names the title: placed before anything else. */
export function silenceLine(
  termId: string,
  family: Family | undefined,
  senseLabel?: string,
  writer = SIMPLIFIED_WRITER,
): string {
  const term = writer.name(termId);
  if (!family) return wording(writer, 'silence', { term });
  const word = writer.text(FAMILY_LABEL[family]);
  return senseLabel
    ? wording(writer, 'silenceInSense', { term, sense: writer.text(senseLabel), word })
    : wording(writer, 'silenceOnWord', { term, word });
}

function roleLine(
  family: Family,
  own: boolean,
  override: CitedLine | undefined,
  writer: CardWriter,
): RoleLine {
  const line = override ?? familyInfo(family).role;
  return {
    family,
    label: writer.text(FAMILY_LABEL[family]),
    text: writer.text(line.text),
    viewpoints: line.viewpoints.map(viewpointNumber),
    own,
  };
}

const cite = (numbers: readonly number[]) => numbers.map((number) => `#${number}`).join(' ');

/**
 * "谁包含谁，原文没有共识：运营包含营销 #2 #5 #9；营销包含运营 #1 #6；运营包含销售 #4 #5。" Built from the same
 * placements as the diagram, in the order of the data's pairs, so every card words a claim the same way.
 */
export function disagreementLine(pairs: readonly PairRelation[], writer = SIMPLIFIED_WRITER): string {
  const claims: string[] = [];
  for (const view of pairs.map((relation) => pairView(relation, writer))) {
    for (const group of view.groups) {
      if (group.place !== 'contains' || group.members.length === 0) continue;
      claims.push(`${group.label} ${cite(group.members.map((member) => member.viewpoint))}`);
    }
  }
  const briefs = pairs.flatMap((relation) => (relation.brief ? [writer.text(relation.brief)] : []));
  const head =
    claims.length > 0
      ? wording(writer, 'disagreement', { claims: claims.join(wording(writer, 'claimJoiner')) })
      : '';
  return head + briefs.join('');
}

/**
 * Each group of viewpoints a pair places, with all fourteen counted. The second argument is optional and
 * never an index: `pairRelations.map(pairView)` (the comparison table) passes one, hence the check.
 */
export function pairView(relation: PairRelation, writer?: CardWriter | number): PairView {
  const write = typeof writer === 'object' ? writer : SIMPLIFIED_WRITER;
  const label = (family: Family) => write.text(FAMILY_LABEL[family]);
  const [first, second] = relation.pair;
  const group = (place: PlaceGroup['place'], outer?: Family): PlaceGroup => {
    const inner = outer === first ? second : outer === second ? first : undefined;
    const members = viewpoints.flatMap((viewpoint) => {
      const placement = relation.placements[viewpoint.id];
      if (!placement || placement.place !== place || (outer && placement.outer !== outer)) return [];
      const number = viewpointNumber(viewpoint.id);
      return [
        placement.caveat
          ? { viewpoint: number, caveat: write.text(placement.caveat) }
          : { viewpoint: number },
      ];
    });
    const name =
      place === 'contains' && outer && inner
        ? wording(write, 'contains', { outer: label(outer), inner: label(inner) })
        : wording(write, place as Exclude<PlaceGroup['place'], 'contains'>);
    return outer && inner ? { place, outer, inner, label: name, members } : { place, label: name, members };
  };
  const view: Omit<PairView, 'summary'> = {
    families: [first, second],
    labels: [label(first), label(second)],
    groups: [
      group('contains', first),
      group('contains', second),
      group('merged'),
      group('divides'),
      group('silent'),
    ],
    notes: relation.notes.map(write.text),
  };
  return { ...view, summary: pairSummary(view, write) };
}

/** What a viewpoint says of a family, if anything: its definition, else a remark, else its side of a distinction. */
function wordsOn(viewpoint: Viewpoint, family: Family, writer: CardWriter): Definition | undefined {
  const own = viewpoint.definitions[family] ?? viewpoint.remarks?.[family];
  if (own) return { text: writer.text(own.text), quote: own.quote };
  const distinction = viewpoint.distinctions.find((candidate) => candidate.sides[family] !== undefined);
  if (!distinction) return undefined;
  return {
    text: wording(writer, 'distinction', {
      dimension: writer.text(distinction.dimension),
      side: writer.text(distinction.sides[family] ?? ''),
    }),
    quote: distinction.quote ?? viewpoint.quotes[0] ?? '',
  };
}

const takesByFamily = new Map<string, TakeView[]>();

/**
 * Every viewpoint's take on a family; the data never changes at run time, so each family's list is built
 * once per script.
 */
function takesOf(family: Family, writer: CardWriter): TakeView[] {
  const key = `${writer.script}:${family}`;
  let takes = takesByFamily.get(key);
  if (takes) return takes;
  const said = viewpoints.flatMap((viewpoint) => {
    const words = wordsOn(viewpoint, family, writer);
    return words ? [{ viewpoint, words }] : [];
  });
  takes = said.map(({ viewpoint, words }) => ({
    viewpoint: viewpointNumber(viewpoint.id),
    text: words.text,
    quote: quoteView(viewpoint.id, words.quote, writer),
    sameAs: said
      .filter((other) => other.viewpoint !== viewpoint && other.words.text === words.text)
      .map((other) => viewpointNumber(other.viewpoint.id)),
  }));
  takesByFamily.set(key, takes);
  return takes;
}
