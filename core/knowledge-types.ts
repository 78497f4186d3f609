import type { Family, TitleParts } from './types';

/**
 * Shapes of the hand-authored knowledge base in data/. The JSON Schemas in data/schema/ say the same for
 * editors and for the integrity test; keep the two in step.
 */

/** What a viewpoint claims about how 运营, 营销 and 销售 relate. */
export interface Relationship {
  /**
   * contains: `outer` holds every family in `inner` (营销 ⊃ 运营);
   * distinct: separate jobs (possibly with a stated division of labour);
   * merged: the viewpoint says the difference no longer matters.
   */
  kind: 'contains' | 'distinct' | 'merged';
  outer?: Family;
  inner?: Family[];
  /** One line, in the viewpoint's own terms, e.g. "营销 ⊃ 运营；如今两者已大量融合". */
  claim: string;
}

/** A viewpoint's own definition of one term: a faithful paraphrase and the verbatim passage behind it. */
export interface Definition {
  text: string;
  quote: string;
}

/** One axis on which a viewpoint compares the terms: dimension → what each side is. */
export interface Distinction {
  dimension: string;
  sides: Partial<Record<Family, string>>;
  quote?: string;
}

export interface Viewpoint {
  /** "v01" … "v14", in the order of the source text. */
  id: string;
  /** A short label for lists, e.g. "营销大于运营". */
  title: string;
  relationship: Relationship;
  definitions: Partial<Record<Family, Definition>>;
  distinctions: Distinction[];
  /** Passages that occur verbatim (byte for byte) in the source text. */
  quotes: string[];
}

/** What the source text as a whole says of one family (data/families.json). */
export interface FamilyInfo {
  family: Family;
  /** 运营 / 营销 / 销售 */
  label: string;
  /** One-line definition built only from what the viewpoints say, with the viewpoints it rests on. */
  definition: { text: string; viewpoints: string[] };
  /** How this family differs from each of the other two, with the viewpoints it rests on. */
  contrasts: Partial<Record<Family, { text: string; viewpoints: string[] }>>;
}

/** One entry the extension can detect and explain (data/terms.json). */
export interface TermEntry {
  /** Stable id: the Simplified Chinese form (用户运营), or the lower-case English form (sales manager). */
  id: string;
  family: Family;
  /** core: 运营/营销/销售 themselves; title: a job title or role; function: a department, field or activity. */
  kind: 'core' | 'title' | 'function';
  /** Every surface form that is matched: Simplified, Traditional, English (English matched ignoring case). */
  forms: string[];
  /** How a title is built from its family word. */
  parts?: TitleParts;
}

/** What the source text itself says of a title (data/title-notes.json), keyed by term id. */
export interface TitleNote {
  term: string;
  viewpoint: string;
  text: string;
  quote: string;
}

/** One selected viewpoint's take on a family, as the tooltip and popup show it. */
export interface ViewpointTake {
  id: string;
  /** 1-based position in the source text. */
  index: number;
  title: string;
  /** The viewpoint's relationship claim (Relationship.claim). */
  claim: string;
  /** The viewpoint's own definition of the family, where it gives one. */
  definition?: string;
  /** A verbatim passage: the one behind `definition`, else the one that best carries the claim. */
  quote: string;
}

/** What a card needs of an entry: a TermEntry, or a title the detector built from parts. */
export type ExplainedEntry = Pick<TermEntry, 'id' | 'family' | 'kind' | 'parts'>;

/** Everything a card needs to explain one term: built by core/knowledge.ts, rendered by components/. */
export interface TermExplanation {
  term: ExplainedEntry;
  family: Family;
  familyLabel: string;
  definition: FamilyInfo['definition'];
  /** How this family differs from the other two, in FAMILIES order. */
  contrasts: { family: Family; label: string; text: string; viewpoints: string[] }[];
  /** What the text says of this title itself; empty when the text does not describe it. */
  titleNotes: TitleNote[];
  /** Where the viewpoints disagree about this family, one line, e.g. "3 个观点认为营销 ⊃ 运营，2 个认为运营 ⊃ 营销". */
  disagreement: string;
  /** The selected viewpoints, in source order. */
  takes: ViewpointTake[];
}
