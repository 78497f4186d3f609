import type { CardLanguage } from '../card-request';
import type { Family } from '../types';
import type { Place, TermEntry } from './types';

/**
 * A card, ready to draw: everything the tooltip, the popup and the copy button show for one entry. Plain
 * data (no functions, no shared objects) because the content script receives it in a message from the
 * extension, which keeps the knowledge base out of the script that loads on every page. Viewpoints appear as
 * their numbers in the source (#3); text meant for readers cites them inline as "#3".
 */
export interface Card {
  /** The entry explained: its id (用户运营), its family if it has one, its kind. */
  entry: { id: string; family?: Family; kind: TermEntry['kind'] };
  /** The language its text is written in: Simplified as the source, converted to Traditional (Taiwan), or English. */
  script: CardLanguage;
  /** What the card is headed by: the text as it stands on the page (營運專員), else the entry's name. */
  headword: string;
  /** The entry's id as written in the card's script (营运专员 → 營運專員); the id itself stays Simplified. */
  name: string;
  /** The family word (运营), absent for a related role (产品经理), which carries no family badge. */
  familyLabel?: string;
  /** The sense of 运营 the card explains, and where the source tells the two apart. */
  sense?: { label: string; note: string };
  /** How the title is built, where a part is truly one ("对象：用户 · 职级：专员"). */
  parts?: string;
  /**
   * The first thing said: what the source says of this very title (note), that it says nothing of it
   * (silence), or, for 运营, 营销 and 销售 themselves, the overview.
   */
  lead: { kind: 'note' | 'silence' | 'overview'; text: string };
  /** What 运营, 营销 and 销售 each do, one line each; `own` marks the card's family (its headline). */
  roles: RoleLine[];
  /** Where the viewpoints disagree about who contains whom, in one plain line. */
  disagreement: string;
  /** Each pair of words the card's family belongs to (all three for a related role), every viewpoint placed. */
  pairs: PairView[];
  /** The source's passages on this title, with their quotes (expanded card). */
  notes: NoteView[];
  /** Every viewpoint that says something about the card's family, in source order (expanded card). */
  takes: TakeView[];
  /** The takes shown until the reader picks others: the chosen viewpoints that speak about this family. */
  shown: number[];
  /** The card as Markdown in pieces, for the copy button (core/knowledge/markdown-join.ts puts them together). */
  markdown: CardMarkdown;
  /** The card's own words, in its script; `{count}` and `{word}` places filled where shown (places.ts). */
  labels: CardLabels;
  /** On a card whose quotes are converted: what the marker and the toggle to the original say. */
  quoteLabels?: { converted: string; showOriginal: string; showConverted: string };
}

/** The words the card shows besides its content (card-wording.ts), built with it in the background. */
export const CARD_LABEL_KEYS = [
  'related',
  'more',
  'less',
  'copy',
  'copied',
  'copyFailed',
  'silentCount',
  'silentShort',
  'pinHint',
  'pinnedHint',
  'notesTitle',
  'takesTitle',
  'pairsTitle',
  'sameWording',
  'notSaid',
  'answer',
  'pickViewpoints',
  'rolesLabel',
  'diagramLabel',
  'pairTitle',
  'typo',
  'appName',
] as const;

export type CardLabels = Record<(typeof CARD_LABEL_KEYS)[number], string>;

/** Markdown of each part of a card, made where the card is built (core/knowledge/card-markdown.ts). */
export interface CardMarkdown {
  /** Headword, badges, parts, lead, the three lines and the disagreement line. */
  firstScreen: string;
  /** The title's notes with their quotes, under a heading ('' when the source has none). */
  notes: string;
  takesHeading: string;
  /** Each viewpoint's take with its quote, by viewpoint number. */
  takes: { viewpoint: number; text: string }[];
  /** Every pair with its groups, caveats and notes, under a heading. */
  pairs: string;
  footer: string;
}

export interface RoleLine {
  family: Family;
  label: string;
  text: string;
  viewpoints: number[];
  own: boolean;
}

export interface PairView {
  families: [Family, Family];
  labels: [string, string];
  /** contains (each direction), merged, divides, silent: always all five, so the members add up to 14. */
  groups: PlaceGroup[];
  notes: string[];
  /** "运营与营销：运营包含营销（3）#2 #5 #9 · …", every group with its count (core/knowledge/pair-summary.ts). */
  summary: string;
}

export interface PlaceGroup {
  place: Place;
  /** With `contains`: who holds whom. */
  outer?: Family;
  inner?: Family;
  /** How the group is named to readers: 运营包含营销, 只讲分工, … */
  label: string;
  members: { viewpoint: number; caveat?: string }[];
}

/** A verbatim quote, with the source's misprints located so a marker can follow them (提现〔体现〕). */
export interface QuoteView {
  text: string;
  typos: { start: number; end: number; fix: string }[];
  /** When `text` is converted from the source's Simplified: the quote as the source has it, byte for byte. */
  original?: QuoteView;
  /** On an English card: the quote's meaning in English, shown beside the Chinese (data/english/). */
  gloss?: string;
}

export interface NoteView {
  viewpoint: number;
  text: string;
  quote: QuoteView;
}

export interface TakeView {
  viewpoint: number;
  /** What the viewpoint says of the family, in its own terms. */
  text: string;
  quote: QuoteView;
  /** Other viewpoints whose take has the very same words (the textbook sentence #3 #11 #14 share). */
  sameAs: number[];
}
