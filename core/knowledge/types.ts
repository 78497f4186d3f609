import type { Family, TitleParts } from '../types';

/**
 * Shapes of the hand-authored knowledge base in data/. The JSON Schemas in data/schema/ say the same for
 * editors and for the integrity test; keep the two in step. Text meant for readers cites viewpoints inline as
 * "#N" (N = the answer's place in the source), the one notation the cards use.
 */

/** The two senses the source gives 运营: the internet-industry job, and enterprise operations management. */
export const SENSES = ['job', 'management'] as const;
export type Sense = (typeof SENSES)[number];

/** A line of text with the viewpoints ("v03") it rests on. */
export interface CitedLine {
  text: string;
  viewpoints: string[];
}

/** A viewpoint's words on one family: a faithful paraphrase and the verbatim passage behind it. */
export interface Definition {
  text: string;
  quote: string;
}

/** One axis on which a viewpoint compares the words: dimension → what each side is. */
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
  /** Its own definition of a word, where it gives one. */
  definitions: Partial<Record<Family, Definition>>;
  /** What it says of a word it does not define (v06: 运营和销售都属于营销). */
  remarks?: Partial<Record<Family, Definition>>;
  distinctions: Distinction[];
  /** Passages that occur verbatim (byte for byte) in the source text. */
  quotes: string[];
}

/** What the source as a whole says of one family (data/families.json). */
export interface FamilyInfo {
  family: Family;
  /** 运营 / 营销 / 销售 */
  label: string;
  /** What the family does, in a line a reader takes in at a glance: one of the card's three contrasts. */
  role: CitedLine;
  /** What the core word's card says before anything else (#N cited inline). */
  overview: string;
  /** Where the source uses the word in more than one sense (运营 only), each sense's own contrast line. */
  senses: SenseInfo[];
  /** Where to read about the senses' difference (#N cited inline); with `senses` only. */
  senseNote?: string;
}

export interface SenseInfo {
  sense: Sense;
  /** 互联网岗位 / 企业经营管理 */
  label: string;
  role: CitedLine;
}

/**
 * Where a viewpoint places one pair of words. Exactly one per viewpoint and pair:
 * contains: `outer` holds the other word; merged: the difference no longer matters; divides: the two do
 * different work, and the viewpoint says nothing of which contains which; silent: nothing about this pair.
 */
export const PLACES = ['contains', 'merged', 'divides', 'silent'] as const;
export type Place = (typeof PLACES)[number];

export interface Placement {
  place: Place;
  /** With `contains`: the word that holds the other. */
  outer?: Family;
  /** The passage that places it (all but `silent`). */
  quote?: string;
  /** What the viewpoint adds that its place alone hides (#1: 又说两者已融合). */
  caveat?: string;
  caveatQuote?: string;
}

export interface PairRelation {
  pair: [Family, Family];
  /** A plain sentence for the card's disagreement line, when the pair needs one (#N cited inline). */
  brief?: string;
  /** Further disagreements over this pair, for the expanded card and the comparison (#N cited inline). */
  notes: string[];
  /** Viewpoint id → its place. Holds all fourteen. */
  placements: Record<string, Placement>;
}

/** What one viewpoint says of a title (data/title-notes.json). */
export interface TitleNote {
  viewpoint: string;
  /** Opens with "#N" (#N cited inline). */
  text: string;
  quote: string;
  /** False when the passage bears on the title without naming it; the text then says so. */
  namesTitle?: boolean;
}

/** What the source says of one title: a first-screen line and the notes behind it. */
export interface TitleInfo {
  term: string;
  /** The card's first line about this title (#N cited inline). */
  brief: string;
  /** Replaces the family's contrast line on this title's card, where the family's line would contradict the notes. */
  role?: CitedLine;
  notes: TitleNote[];
}

/** A misprint in the source: shown in quotes with a marker, while the quote itself stays byte for byte. */
export interface SourceTypo {
  viewpoint: string;
  /** A passage of that viewpoint's answer holding the misprint once: it says which occurrence is meant. */
  context: string;
  typo: string;
  fix: string;
}

/** A named set of viewpoints the options page offers (data/viewpoint-presets.json). */
export interface ViewpointPreset {
  preset: string;
  label: string;
  description: string;
  viewpoints: string[];
}

/** An entry of one of the three families (data/terms.json). */
export interface FamilyTermEntry {
  /** Stable id: the Simplified Chinese form (用户运营), or the lower-case English form (sales manager). */
  id: string;
  family: Family;
  /** core: 运营/营销/销售 themselves; title: a job title or role; function: a department, field or activity. */
  kind: 'core' | 'title' | 'function';
  /** Which sense of 运营 the title carries (operations titles only). */
  sense?: Sense;
  /**
   * false for a title that holds no family word (电销, SDR, COO): explained when looked up, never marked on
   * pages, where such a string is as often something else.
   */
  onPages?: false;
  /** Every surface form that is matched: Simplified, Traditional, English (English matched ignoring case). */
  forms: string[];
  /** How a title is built from its family word. */
  parts?: TitleParts;
}

/**
 * A role the source names only beside a family (产品经理, 商务拓展): explained when looked up, never badged
 * with a family nor marked on pages as one.
 */
export interface RelatedTermEntry {
  id: string;
  kind: 'related';
  forms: string[];
}

export type TermEntry = FamilyTermEntry | RelatedTermEntry;

export function isFamilyTerm(term: TermEntry): term is FamilyTermEntry {
  return term.kind !== 'related';
}

/** What a card needs of an entry: a term of data/terms.json, or a title the detector built from parts (快手运营). */
export interface ExplainedEntry {
  id: string;
  family?: Family;
  kind: TermEntry['kind'];
  sense?: Sense;
  parts?: TitleParts;
}
