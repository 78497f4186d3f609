import familiesData from '../data/families.json';
import titleNotesData from '../data/title-notes.json';
import viewpointsData from '../data/viewpoints.json';
import type {
  ExplainedEntry,
  FamilyInfo,
  TermExplanation,
  TitleNote,
  Viewpoint,
  ViewpointTake,
} from './knowledge-types';
import { FAMILIES, FAMILY_LABEL, type Family } from './types';

/**
 * Read-only queries over the hand-authored knowledge base in data/. The JSON files are checked against
 * data/schema/ by tests/unit/knowledge-base.test.ts, which is what makes these casts safe.
 */

export const viewpoints: readonly Viewpoint[] = viewpointsData as Viewpoint[];
export const families: readonly FamilyInfo[] = familiesData as FamilyInfo[];
export const titleNotes: readonly TitleNote[] = titleNotesData as TitleNote[];

/**
 * Shown until the user picks their own. Five viewpoints that together cover every position the text takes:
 * v01 营销 ⊃ 运营 (and the two have merged); v02 运营 ⊃ 营销; v06 运营 and 销售 both belong to 营销 (the only
 * viewpoint that puts 销售 under 营销); v11 the three are distinct, with a definition of
 * each; v12 the departments view (市场营销 outward, 业务运营 inward). The 运营 ⊃ 销售 direction (v04, v05)
 * still shows in every card's disagreement line.
 */
export const DEFAULT_VIEWPOINT_IDS: readonly string[] = ['v01', 'v02', 'v06', 'v11', 'v12'];

const familyByKey = new Map(families.map((info) => [info.family, info]));
const viewpointIndexById = new Map(viewpoints.map((viewpoint, index) => [viewpoint.id, index]));

export function getViewpoint(id: string): Viewpoint | undefined {
  const index = viewpointIndexById.get(id);
  return index === undefined ? undefined : viewpoints[index];
}

/** 1-based position of a viewpoint in the source text, as users see it ("观点 3"). */
export function viewpointNumber(id: string): number | undefined {
  const index = viewpointIndexById.get(id);
  return index === undefined ? undefined : index + 1;
}

export function getFamilyInfo(family: Family): FamilyInfo | undefined {
  return familyByKey.get(family);
}

export function titleNotesOf(termId: string): TitleNote[] {
  return titleNotes
    .filter((note) => note.term === termId)
    .sort((a, b) => (viewpointIndexById.get(a.viewpoint) ?? 0) - (viewpointIndexById.get(b.viewpoint) ?? 0));
}

// ---------------------------------------------------------------------------------------------------------
// Explanation (tooltip and popup card)

/** Whether a viewpoint says anything of its own about a family: a definition or a side in a distinction. */
function speaksAbout(viewpoint: Viewpoint, family: Family): boolean {
  return (
    viewpoint.definitions[family] !== undefined ||
    viewpoint.distinctions.some((distinction) => distinction.sides[family] !== undefined)
  );
}

function containmentLabel(outer: Family, inner: Family): string {
  return `${FAMILY_LABEL[outer]} ⊃ ${FAMILY_LABEL[inner]}`;
}

function listNumbers(ids: readonly string[]): string {
  return ids.map((id) => `#${viewpointNumber(id)}`).join('、');
}

/**
 * One line on how the viewpoints place a family: who puts it inside another family, who puts another inside
 * it, and how many keep them apart, e.g. "2 个观点认为营销 ⊃ 运营（#1、#6），3 个认为运营 ⊃ 营销（#2、#5、#9），…".
 */
export function disagreementLine(family: Family): string {
  let line = disagreementByFamily.get(family);
  if (line === undefined) {
    line = composeDisagreementLine(family);
    disagreementByFamily.set(family, line);
  }
  return line;
}

/** The data never changes at run time, so each family's line is composed once, on the first card that needs it. */
const disagreementByFamily = new Map<Family, string>();

function composeDisagreementLine(family: Family): string {
  // Containment claims touching this family, keyed "outer ⊃ inner": first those that put it inside, then
  // those that put others inside it, each in FAMILIES order so the line reads the same on every card.
  const keys: string[] = [];
  for (const outer of FAMILIES) if (outer !== family) keys.push(containmentLabel(outer, family));
  for (const inner of FAMILIES) if (inner !== family) keys.push(containmentLabel(family, inner));
  const idsByKey = new Map<string, string[]>(keys.map((key) => [key, []]));
  const distinct: string[] = [];
  const merged: string[] = [];

  for (const viewpoint of viewpoints) {
    const { kind, outer, inner = [] } = viewpoint.relationship;
    if (kind === 'contains' && outer) {
      for (const innerFamily of inner) {
        if (outer === family || innerFamily === family) {
          idsByKey.get(containmentLabel(outer, innerFamily))?.push(viewpoint.id);
        }
      }
    } else if (kind === 'distinct' && speaksAbout(viewpoint, family)) {
      distinct.push(viewpoint.id);
    } else if (kind === 'merged' && speaksAbout(viewpoint, family)) {
      merged.push(viewpoint.id);
    }
  }

  const clauses: string[] = [];
  for (const key of keys) {
    const ids = idsByKey.get(key) ?? [];
    if (ids.length > 0) clauses.push(`${ids.length} 个认为${key}（${listNumbers(ids)}）`);
  }
  if (distinct.length > 0) clauses.push(`${distinct.length} 个认为各自独立`);
  if (merged.length > 0) clauses.push(`${merged.length} 个认为已无区别（${listNumbers(merged)}）`);
  const [first, ...rest] = clauses;
  if (first === undefined) return '';
  return [first.replace(' 个认为', ' 个观点认为'), ...rest].join('，');
}

/** The passage that best carries a viewpoint's take on a family when it gives no definition of it. */
function mostRelevantQuote(viewpoint: Viewpoint, family: Family): string {
  const label = FAMILY_LABEL[family];
  const naming = viewpoint.quotes.find((quote) => quote.includes(label));
  if (naming) return naming;
  const comparing = viewpoint.distinctions.find((d) => d.sides[family] !== undefined && d.quote)?.quote;
  return comparing ?? viewpoint.quotes[0] ?? '';
}

function takeOf(viewpoint: Viewpoint, family: Family): ViewpointTake {
  const definition = viewpoint.definitions[family];
  return {
    id: viewpoint.id,
    index: (viewpointIndexById.get(viewpoint.id) ?? 0) + 1,
    title: viewpoint.title,
    claim: viewpoint.relationship.claim,
    ...(definition ? { definition: definition.text } : {}),
    quote: definition?.quote ?? mostRelevantQuote(viewpoint, family),
  };
}

/**
 * The card for any entry, including titles the detector builds from parts (快手运营) that have no line of
 * their own in data/terms.json: everything on the card follows from the entry's family and id.
 */
export function explainEntry(term: ExplainedEntry, selectedViewpointIds: readonly string[]): TermExplanation {
  const family = term.family;
  const info = getFamilyInfo(family);
  const selected = new Set(selectedViewpointIds);

  const contrasts: TermExplanation['contrasts'] = [];
  for (const other of FAMILIES) {
    const contrast = info?.contrasts[other];
    if (other === family || !contrast) continue;
    contrasts.push({ family: other, label: FAMILY_LABEL[other], ...contrast });
  }

  return {
    term,
    family,
    familyLabel: FAMILY_LABEL[family],
    definition: info?.definition ?? { text: '', viewpoints: [] },
    contrasts,
    titleNotes: titleNotesOf(term.id),
    disagreement: disagreementLine(family),
    takes: viewpoints.filter((viewpoint) => selected.has(viewpoint.id)).map((v) => takeOf(v, family)),
  };
}
