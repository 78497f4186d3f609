import type { SurfaceTableData } from './surface-table';
import type { Family, TitleParts } from './types';

/**
 * Shape of data/generated/lexicon.json, written by `npm run lexicon`. It holds the lexicon twice over where the
 * detector needs another form: readable lists (`zh`, `levels`, `en`: for review, the tools and the tests) and
 * the tables the detector reads as `JSON.parse` gives them (`surfaces`, `levelsByFirst`, `english`), so that
 * building the detector on a page costs nothing. The content script imports only the keys of DetectorLexicon
 * (the bundler drops the others). Kept compact (arrays, term indices) because that part ships on every page.
 */
export interface LexiconTerm {
  id: string;
  family: Family;
  kind: 'core' | 'title' | 'function';
  parts?: TitleParts;
}

/** A blocking word: its surface is consumed and nothing is detected in it (运营商, 销售额). */
export const BLOCK = -1;

/**
 * One Chinese surface: [surface, term index] or, when only part of the surface is the term,
 * [surface, term index, start, end] (运营商家 → 运营 at 0..2). Term index BLOCK marks a blocking word; a
 * blocking word with a span [surface, BLOCK, 0, end] consumes only up to `end`, where the scan goes on (进行销:
 * 进行 is consumed, and the 销售 behind the false join 行销 is read next).
 */
export type ZhItem = [string, number] | [string, number, number, number];

/**
 * A form that is the role only where its context says so (業務經驗, 擔任業務, 業務與行銷); elsewhere it means
 * "business". Right after a word that ends there (a detected family word: 销售业务; a compound head: 主营业务)
 * only a person word after it makes it the role; otherwise the word after it decides first, then the rest.
 */
export interface ConditionalForm {
  forms: string[];
  term: number;
  /** Words right after the form, longest first, with what each makes of it (AFTER_PERSON …). */
  after: [string, number][];
  /** Words right before the form that make it the role (擔任 + 業務). */
  before: string[];
  /**
   * Sister functions: the form joined to one of them by a joiner, on either side, is a department beside
   * another (業務與行銷, 行銷/業務, 與業務、技術團隊), so it is the role too.
   */
  partners: string[];
  /** Team words that close a list of departments the form is an item of (配合业务、产品、技术等团队). */
  closers: string[];
  /** Whether the form ending a short title is the role (國外業務(外派)). */
  titleEnd: boolean;
}

/** A person word after the form: the role, even at the head of a compound (销售业务员, 保险业务员). */
export const AFTER_PERSON = 0;
/** A word after the form that makes it the role, except at the head of a compound (业务团队; 销售业务团队). */
export const AFTER_ROLE = 1;
/** A word after the form that makes it business (业务计划, 业务单位, 业务量). */
export const AFTER_BUSINESS = 2;
/** A word after the form that decides nothing (目标客群): the words around it do. */
export const AFTER_OPEN = 3;
/** A department after the form: business (業務部門), but the role in a title, before a level word (業務部助理). */
export const AFTER_DEPARTMENT = 4;

/**
 * What a Chinese surface yields in the detector's table: a term index (the whole surface is the term), BLOCK,
 * [term index, start, end] (only that part of the surface is the term: a ZhItem's span), [BLOCK, 0, end] (only
 * that much is consumed, without a detection), or, at most CONDITIONAL, the conditional form
 * lexicon.conditional[CONDITIONAL − value].
 */
export type SurfaceValue = number | [number, number, number];
export const CONDITIONAL = -2;

export interface EnglishRules {
  /** [phrase in lower case, term index], e.g. ["sales manager", 12]. */
  forms: [string, number][];
  /** Words that end a noun phrase when they follow a family word (boost sales through…), in lower case. */
  phraseEnd: string[];
  /** Words that continue a compound after "and", "or" or "&" (sales and marketing team). */
  partners: string[];
  /** Words right before "sales" that name a kind of selling (channel sales), for `notAfterChannel`. */
  channels: string[];
  /** The context classes, from data/lexicon-rules.json without their comments (see its `english` section). */
  rules: EnglishRule[];
}

/**
 * A class of contexts in which a family word is a figure, another sense or part of a name, not the role. Every
 * list and condition given must hold; words are in lower case, with their inflections where the data asks.
 */
export interface EnglishRule {
  /** The family word it applies to; absent: every family word. */
  family?: string;
  /** Words ending right before the family word, with at most `reach` other words between. */
  before?: string[];
  /** Verbs read as `before` words with their regular forms (drive, drives, driving, drived). */
  verbs?: string[];
  reach?: number;
  /** Words right after it. */
  after?: string[];
  /** Words anywhere in its clause. */
  near?: string[];
  /** Only the family word alone, not a title that starts or ends with it. */
  bare?: boolean;
  /** Only when nothing but the end of its noun phrase follows it (see `phraseEnd`). */
  endsPhrase?: boolean;
  /** Only when written in lower case. */
  lowerCase?: boolean;
  /** Not right after a word of `channels`. */
  notAfterChannel?: boolean;
  /** Only when it and the word after it are capitalised. */
  capitalised?: boolean;
}

/** The English forms and rules as the matcher reads them (core/english-roles.ts), built by `npm run lexicon`. */
export interface EnglishTables {
  /**
   * RegExp source (flags gi) of every form, longest first, each in a group of its own, a space matching any
   * run of spaces and tabs.
   */
  pattern: string;
  /** The term index of each form, in the order of the pattern's groups. */
  terms: number[];
  /** RegExp source: the text after a family word (lower case) starts with the end of its noun phrase. */
  phraseEnd: string;
  /**
   * One per rule: [the term indices of the forms it reads, flags (LOWER_CASE, CAPITALISED,
   * ENDS_PHRASE of core/english-roles.ts), RegExp sources tested on the line before the match, after it (both in lower case,
   * the channel words already in them) and on its clause, each "" when it has none].
   */
  rules: [number[], number, string, string, string][];
}

/** What a detection names: its entry's id and family (the card's other facts are the extension's, not the page's). */
export type DetectorTerm = Pick<LexiconTerm, 'id' | 'family'>;

/** The tables the detector reads ready-made: built by `npm run lexicon` from the lists (detectorTables). */
export interface DetectorTables {
  /** `terms` without what only cards need (kind, parts): the content script bundles this, not `terms`. */
  detectorTerms: DetectorTerm[];
  /**
   * Each term's family as one character, in `terms` order: the index in FAMILIES, "-" for none. The content
   * script's detector names terms by reference (core/term-ref.ts) and carries only this.
   */
  termFamilies: string;
  /** Every surface of `zh` and every conditional form (as CONDITIONAL − its index). */
  surfaces: SurfaceTableData<SurfaceValue>;
  /** `levels` by their first character, longest first. */
  levelsByFirst: Record<string, string[]>;
  english: EnglishTables;
}

/** What the detector reads: the parts of the lexicon it uses as they are, and its tables. */
export type DetectorLexicon = Pick<
  Lexicon,
  | 'conditional'
  | 'blockAfter'
  | 'clauseBlock'
  | 'ownedBy'
  | 'joiners'
  | 'measuredBy'
  | 'notLevels'
  | 'scriptChars'
  | 'hints'
> &
  DetectorTables;

/** The lexicon as lists, as `npm run lexicon` derives it from data/ before building the detector's tables. */
export interface LexiconLists {
  terms: LexiconTerm[];
  zh: ZhItem[];
  conditional: ConditionalForm[];
  /** Family form → words right after it that make it a figure or another word (销售 + 额, 營運 + 績效). */
  blockAfter: Record<string, string[]>;
  /**
   * Families whose detections are dropped when their sentence holds a marker (安全运营: IT, not the role), in
   * lower case; or, when the detection is followed by a maintenance word (运营维护), one of the weaker markers.
   */
  clauseBlock: {
    families: Family[];
    markers: string[];
    maintenance: { after: string[]; markers: string[] };
  };
  /**
   * Forms (营运) that are company business right after an owner word (公司营运), with at most two `between`
   * words allowed between (公司的整體營運), unless the detection ends in a level word.
   */
  ownedBy: { forms: string[]; owners: string[]; between: string[] };
  /** Single characters that join coordinated words (、 / 與 及 和 或), for ConditionalForm.partners. */
  joiners: string;
  /** The commonest characters each script writes its own way, pairwise (个/個): a page context's script. */
  scriptChars: { hans: string; hant: string };
  /**
   * A bare family word (no level after it) in the object of a measuring verb is a figure (监测电商平台销售,
   * 预测销售): the verb must start within `reach` characters before it, with only CJK characters between.
   */
  measuredBy: {
    families: Family[];
    verbs: string[];
    reach: number;
    raising: { verbs: string[]; reach: number };
  };
  /** Rank or post words that extend a detected family word or title to the right (运营 + 专员), longest first. */
  levels: string[];
  /** Words that start with a level word and go on past it (员工, 岗位): where one starts, no level is taken. */
  notLevels: string[];
  /** The levels that are a rank (职级), in both scripts, longest first: the only ones a card labels. */
  ranks: string[];
  en: EnglishRules;
  /**
   * RegExp sources of substrings (single characters, written as one class; words) one of which every surface that can yield a detection holds: zh for the
   * Chinese surfaces and conditional forms, en (matched ignoring case) for the English forms. A text matching
   * neither is rejected without being read character by character.
   */
  hints: {
    zh: string;
    en: string;
    /**
     * True when every Chinese surface (blocking words and conditional forms included) holds a match of `zh`,
     * as `npm run lexicon` makes sure: the detector then skips from hint to hint (core/surface-table.ts).
     */
    zhInEverySurface?: boolean;
  };
}

export type Lexicon = LexiconLists & DetectorTables;
