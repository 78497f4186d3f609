// Only the keys the detector reads, by name: the bundler leaves the lexicon's other keys (its readable lists)
// out of the content script.
import {
  blockAfter,
  clauseBlock,
  conditional,
  detectorTerms,
  english,
  hints,
  joiners,
  levelsByFirst,
  measuredBy,
  notLevels,
  ownedBy,
  scriptChars,
  surfaces,
  termFamilies,
} from '../data/generated/lexicon.json';
import { createEnglishMatcher, type EnglishMatch, type EnglishMatcher } from './english-roles';
import {
  AFTER_BUSINESS,
  AFTER_DEPARTMENT,
  AFTER_PERSON,
  AFTER_ROLE,
  BLOCK,
  CONDITIONAL,
  type ConditionalForm,
  type DetectorLexicon,
  type DetectorTerm,
  type SurfaceValue,
} from './lexicon-types';
import { inOrganisationName } from './organisation-names';
import { createSignalReader, NO_SIGNALS, type PageContext, type PageSignals } from './page-context';
import { SurfaceTable } from './surface-table';
import { termRef } from './term-ref';
import { type Detection, FAMILIES } from './types';

/**
 * Finds 运营 / 营销 / 销售, their Traditional and English forms and the titles built on them.
 *
 * Chinese is read left to right taking the longest surface at each position, the way a dictionary
 * segmenter does: blocking words (运营商, 销售额) are consumed without a detection. Where a family form is a
 * false join across words (进行|销售 holds 行销), the word before it (进行) is consumed alone, so the false join
 * is never read and the real word behind it (销售) is read as if it stood alone. A detected family word or
 * title then takes a following level word (运营 + 专员).
 */
export interface Detector {
  /**
   * Detections sorted by start, never overlapping. `context`: the page's title and the heading nearest
   * before the text (core/page-context.ts), whose script decides how 業務 is read.
   */
  detect(text: string, context?: PageContext): Detection[];
  /**
   * False when `text` cannot hold a detection, nor any text it is part of: it has none of the hint
   * characters (single Chinese characters) or words (ASCII) that every surface holds. One or two native
   * tests, so a page engine can pass over text nodes without reading them.
   */
  mayHold(text: string): boolean;
  /** The entry behind a detection's `term` (its id and family), or undefined for an unknown id. */
  term(id: string): DetectorTerm | undefined;
}

/**
 * The detector of a lexicon. Building it reads the lexicon's tables as they are (npm run lexicon built them):
 * it runs on every page load, in code V8 has not optimised yet, so it sorts, fills and compiles nothing up
 * front; the English matcher and the terms by id are made on first need.
 */
export function createDetector(lexicon: DetectorLexicon): Detector {
  const zhHint = new RegExp(lexicon.hints.zh);
  const enHint = new RegExp(lexicon.hints.en, 'i');
  // Either hint in one native test, for mayHold (a page engine asks it of every text node). Case classes
  // instead of the i flag: V8 scans an alternation of [xX] classes about twice as fast cold as the same
  // words ignoring case (measured on the corpus postings).
  const anyHint = new RegExp(`${lexicon.hints.zh}|${caseClasses(lexicon.hints.en)}`);
  const table = new SurfaceTable<SurfaceValue>(
    lexicon.surfaces,
    lexicon.hints.zhInEverySurface ? zhHint : undefined,
  );
  const levels = lexicon.levelsByFirst;
  let englishMatcher: EnglishMatcher | undefined;
  let termsById: Map<string, DetectorTerm> | undefined;

  /**
   * The end of a level word right after `end` (运营 + 经理), or `end` itself: also where the level word only
   * begins a longer word (销售 + 岗位, 销售 + 员工), since a mark never ends inside a word.
   */
  const extendByLevel = (text: string, end: number): number => {
    const candidates = levels[text.charAt(end)];
    const level = candidates && wordAt(text, candidates, end);
    return level && !wordAt(text, lexicon.notLevels, end) ? end + level.length : end;
  };

  const blockForms = Object.keys(lexicon.blockAfter);
  const blockWords = blockForms.map((form) => lexicon.blockAfter[form] ?? []);
  /** Whether the family form in a surface is followed by a word that makes it a figure (大客户销售 + 额, 销售 + 业绩). */
  const followedByBlocker = (text: string, start: number, end: number): boolean => {
    for (let index = 0; index < blockForms.length; index++) {
      const form = blockForms[index] as string;
      // The last occurrence of the form inside [start, end); lastIndexOf alone would search back to 0.
      let at = end - form.length;
      while (at >= start && !text.startsWith(form, at)) at--;
      if (at >= start && wordAt(text, blockWords[index] as string[], at + form.length)) return true;
    }
    return false;
  };

  const clauseFamilies = new Set(lexicon.clauseBlock.families);
  const { markers: clauseMarkers, maintenance } = lexicon.clauseBlock;
  /**
   * Whether the detection's sentence names a technical object that makes it another sense (rule F: 安全运营,
   * Hadoop…平台运营 are IT work); after 运营维护 weaker markers do too (网络运营维护).
   */
  const inBlockedClause = (text: string, start: number, end: number, termIndex: number): boolean => {
    const family = lexicon.detectorTerms[termIndex]?.family;
    if (!family || !clauseFamilies.has(family)) return false;
    // Search a copy of the clause: a search of the whole text would scan to its end on every miss. One native
    // search for all markers, ignoring case (Hadoop), made on first need.
    const clause = clauseAround(text, start, end);
    clausePattern ??= new RegExp(clauseMarkers.map(escapeRegExp).join('|'), 'i');
    if (clausePattern.test(clause)) return true;
    return wordAt(text, maintenance.after, end) !== undefined && includesAny(clause, maintenance.markers);
  };
  let clausePattern: RegExp | undefined;

  const { forms: ownedForms, owners, between: ownerLinks } = lexicon.ownedBy;
  /**
   * Whether a detection at [start, end) is a form the whole organisation owns (rule E: 公司营运, 公司的整體營運):
   * an owner word ends right before it, past at most two linking words, and no level word ends it.
   */
  const ownedByCompany = (text: string, start: number, end: number): boolean => {
    if (!wordAt(text, ownedForms, start)) return false;
    let at = start;
    for (let links = 0; links < 2; links++) {
      const link = wordBefore(text, ownerLinks, at);
      if (link === undefined) break;
      at -= link.length;
    }
    return wordBefore(text, owners, at) !== undefined && !endsWithLevel(text, end);
  };

  const measuredFamilies = new Set(lexicon.measuredBy.families);
  const { verbs: measuringVerbs, reach: measureReach, raising } = lexicon.measuredBy;
  /** The first characters of all those verbs: a position starting none of them is passed over unread. */
  const verbFirsts = [...measuringVerbs, ...raising.verbs].map((verb) => verb.charAt(0)).join('');
  /**
   * Whether a family word at [start, end) closes the object of a measuring verb (监测电商平台 + 销售), or of a
   * verb of increase when it also ends the phrase (rule H: 推动新品销售，), read back over Chinese characters
   * only, and not past 等 (安防监控等领域: the verb is a list item there). A surface ending in a level word
   * (销售人员) names people, never a figure.
   */
  const measured = (text: string, start: number, end: number, termIndex: number): boolean => {
    const family = lexicon.detectorTerms[termIndex]?.family;
    if (!family || !measuredFamilies.has(family)) return false;
    const raisingReach = end < text.length && isHan(text.charCodeAt(end)) ? 0 : raising.reach;
    const limit = Math.max(0, start - Math.max(measureReach, raisingReach));
    for (let at = start - 1; at >= limit; at--) {
      const unit = text.charCodeAt(at);
      if (!isHan(unit) || unit === LIST_END) return false;
      if (!verbFirsts.includes(text.charAt(at))) continue;
      const verb =
        (at >= start - measureReach && wordAt(text, measuringVerbs, at)) ||
        (at >= start - raisingReach && wordAt(text, raising.verbs, at));
      if (verb && at + verb.length <= start) return !endsWithLevel(text, end);
    }
    return false;
  };

  /** Whether a level word ends at `end` (rare: only after a measuring verb). */
  const endsWithLevel = (text: string, end: number): boolean => {
    for (const first in levels) {
      const words = levels[first] as string[];
      for (let index = 0; index < words.length; index++) {
        const level = words[index] as string;
        if (text.startsWith(level, end - level.length)) return true;
      }
    }
    return false;
  };

  const emit = (out: Detection[], text: string, start: number, end: number, termIndex: number) => {
    const term = lexicon.detectorTerms[termIndex];
    // A family word inside an organisation's name (某某销售服务有限公司, Acme Marketing Ltd.) is not marked.
    if (term && !inOrganisationName(text, start, end))
      out.push({ start, end, text: text.slice(start, end), term: term.id, family: term.family });
  };

  const detectChinese = (text: string, out: Detection[], signals: PageSignals) => {
    /** Where the last surface read ends: a conditional form starting there heads a compound. */
    let wordEnd = -1;
    for (let i = table.nextStart(text, 0); i < text.length; ) {
      const match = table.longestAt(text, i);
      if (!match) {
        i = table.nextStart(text, i + 1);
        continue;
      }
      let next = match.end;
      const value = match.value;
      if (typeof value !== 'number' && value[0] < 0) {
        // A word consumed alone (进行 of 进行销): the real word behind the false join starts where it ends.
        next = i + value[2];
      } else if (typeof value !== 'number' || value >= 0) {
        const term = typeof value === 'number' ? value : value[0];
        const start = typeof value === 'number' ? i : i + value[1];
        const spanEnd = typeof value === 'number' ? match.end : i + value[2];
        // A span that stops inside its surface was chosen over a blocking word (运营商家): its surface has
        // already decided what follows. Otherwise the family word may take a level or meet a figure word.
        const reachesEnd = spanEnd === match.end;
        const end = reachesEnd ? extendByLevel(text, spanEnd) : spanEnd;
        const blocked =
          reachesEnd &&
          (followedByBlocker(text, start, spanEnd) ||
            (end === spanEnd && measured(text, start, end, term)) ||
            ownedByCompany(text, start, end));
        if (!blocked && !inBlockedClause(text, start, end, term)) emit(out, text, start, end, term);
        // Continue right after the detection: in 業務銷售 the span is 業務 and 銷售 is read next.
        next = end;
      } else if (value !== BLOCK) {
        const rule = lexicon.conditional[CONDITIONAL - value] as ConditionalForm;
        // Right where the word before ends (销售|业务, 主营|业务), the form is the head of a compound.
        // A title ending in 業務 is the role in Taiwan's usage, not on a page whose title or heading is Simplified.
        const titleEnd = rule.titleEnd && signals.script !== 'zh-Hans';
        const holds = conditionalHolds(
          rule,
          titleEnd,
          lexicon.joiners,
          levels,
          text,
          i,
          match.end,
          i === wordEnd,
        );
        if (holds && !inBlockedClause(text, i, match.end, rule.term)) {
          const end = extendByLevel(text, match.end);
          emit(out, text, i, end, rule.term);
          next = end;
        }
      }
      // Otherwise a blocking word: consumed without a detection.
      wordEnd = next;
      i = table.nextStart(text, next);
    }
  };

  const detect = (text: string, signals: PageSignals): Detection[] => {
    // Most runs hold no surface that can yield a detection: one native test each rejects them unread.
    const found: Detection[] = [];
    if (zhHint.test(text)) detectChinese(text, found, signals);
    if (!enHint.test(text)) return found;
    englishMatcher ??= createEnglishMatcher(lexicon.english);
    const englishMatches = englishMatcher.find(text);
    for (let index = 0; index < englishMatches.length; index++) {
      const { start, end, term } = englishMatches[index] as EnglishMatch;
      emit(found, text, start, end, term);
    }
    // Chinese and English surfaces share no characters, so merging is a sort, never a conflict.
    return found.sort((a, b) => a.start - b.start);
  };
  /** A context's signals, remembered per context. */
  let signalsOf: ((context: PageContext | undefined) => PageSignals) | undefined;

  return {
    mayHold: (text) => anyHint.test(text),
    detect(text, context) {
      if (!context) return detect(text, NO_SIGNALS);
      signalsOf ??= createSignalReader(lexicon.scriptChars);
      return detect(text, signalsOf(context));
    },
    term(id) {
      termsById ??= new Map(lexicon.detectorTerms.map((term) => [term.id, term]));
      return termsById.get(id);
    },
  };
}

/** `source` with each ASCII letter that is not escaped written as a class of both cases (sales → [sS][aA]…). */
function caseClasses(source: string): string {
  return source.replace(/(\\?)([A-Za-z])/g, (whole, backslash: string, letter: string) =>
    backslash ? whole : `[${letter.toLowerCase()}${letter.toUpperCase()}]`,
  );
}

/** How far a sentence is followed on each side of a detection when looking for clause markers. */
const CLAUSE_REACH = 60;
const SENTENCE_ENDS = new Set([...'。；;！!？?\n'].map((character) => character.charCodeAt(0)));
const isSentenceEnd = (unit: number) => SENTENCE_ENDS.has(unit);

/** The sentence around [start, end), at most CLAUSE_REACH characters on each side. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  const fromLimit = Math.max(0, start - CLAUSE_REACH);
  while (from > fromLimit && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  const toLimit = Math.min(text.length, end + CLAUSE_REACH);
  while (to < toLimit && !isSentenceEnd(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** The first of `words` that ends in `text` right before `at`, or undefined. */
function wordBefore(text: string, words: readonly string[], at: number): string | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (at >= word.length && text.startsWith(word, at - word.length)) return word;
  }
  return undefined;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Whether `text` holds one of `words`. */
function includesAny(text: string, words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) if (text.includes(words[index] as string)) return true;
  return false;
}

/** The first of `words` that `text` holds at `at`, or undefined. */
function wordAt(text: string, words: readonly string[], at: number): string | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (text.startsWith(word, at)) return word;
  }
  return undefined;
}

/**
 * Whether a conditional form at [start, end) is the role (ConditionalForm). At the head of a compound only a
 * person word after it makes it so; otherwise the word after it decides first, then the words around it.
 */
function conditionalHolds(
  rule: ConditionalForm,
  titleEnd: boolean,
  joiners: string,
  levels: Record<string, string[]>,
  text: string,
  start: number,
  end: number,
  compound: boolean,
): boolean {
  const after = afterKind(rule.after, levels, text, end);
  if (compound) return after === AFTER_PERSON;
  if (after === AFTER_PERSON || after === AFTER_ROLE) return true;
  if (after === AFTER_BUSINESS) return false;
  return (
    conditionHolds(rule, text, start) ||
    coordinated(rule.partners, joiners, text, start, end) ||
    closedByTeam(rule.closers, joiners, text, end) ||
    (titleEnd && endsTitle(text, start, end))
  );
}

/**
 * The kind of the first (longest) word of `after` at `at`, spaces allowed before and inside it, or -1. A
 * department word is the role when a level word follows it (業務部助理: a title), else business (業務部門).
 */
function afterKind(
  after: [string, number][],
  levels: Record<string, string[]>,
  text: string,
  at: number,
): number {
  let first = at;
  while (isSpace(text.charCodeAt(first))) first++;
  const unit = text.charCodeAt(first);
  for (let index = 0; index < after.length; index++) {
    // Indexed, not destructured: destructuring runs the iteration protocol in code not yet optimised.
    const entry = after[index] as [string, number];
    const word = entry[0];
    const kind = entry[1];
    // Most words are ruled out by their first character, without a call.
    if (word.charCodeAt(0) !== unit) continue;
    const end = spacedEnd(text, word, first);
    if (end < 0) continue;
    if (kind !== AFTER_DEPARTMENT) return kind;
    const level = levels[text.charAt(end)];
    return level && wordAt(text, level, end) ? AFTER_ROLE : AFTER_BUSINESS;
  }
  return -1;
}

/** Where `word` ends if `text` holds it at `at`, spaces allowed before and between its characters (主 管), or -1. */
function spacedEnd(text: string, word: string, at: number): number {
  let from = at;
  for (let index = 0; index < word.length; index++) {
    while (isSpace(text.charCodeAt(from))) from++;
    if (text.charCodeAt(from) !== word.charCodeAt(index)) return -1;
    from++;
  }
  return from;
}

const isSpace = (unit: number) => unit === 0x20 || unit === 0x3000 || unit === 0xa0 || unit === 0x09;

/** How far a list closed by a team word is followed (配合业务、产品、技术等团队). */
const LIST_REACH = 24;

/**
 * Whether a form ending at `end` is an item of a list of departments closed by a team word: a joiner after it,
 * then Chinese characters and joiners only, then the team word, with at least one item between.
 */
function closedByTeam(closers: string[], joiners: string, text: string, end: number): boolean {
  if (closers.length === 0 || !joiners.includes(text.charAt(end))) return false;
  const limit = Math.min(text.length, end + LIST_REACH);
  for (let at = end + 2; at < limit; at++) {
    if (wordAt(text, closers, at)) return true;
    if (!isHan(text.charCodeAt(at)) && !joiners.includes(text.charAt(at))) return false;
  }
  return false;
}

/** How long a title ending in the form may be before it (國外業務, 【CC】南區業務). */
const TITLE_REACH = 8;
/** What may follow a title: its end, a line break, brackets, a dash, a slash or a space (國外業務(外派)). */
const AFTER_TITLE = '\n\r(（【[-－–/／ ';
/** What a title starts after: a line break or a closing bracket (【CC】南區業務). */
const BEFORE_TITLE = '\n\r】]）)';
/** Punctuation inside a sentence: a form after it ends a clause, not a title. */
const IN_SENTENCE = '，。、；：！？,;:';

/** The numbers of a list, closed by a bracket: (三), 3). */
const LIST_NUMBERS = '0123456789０１２３４５６７８９一二三四五六七八九十';
/** What opens an item of a list (1. 臨床業務, ◆ 文書業務): a line so opened is a duty, not a title. */
const LIST_MARKS = `${LIST_NUMBERS.slice(0, 20)}-－—•◆●・★※*`;

/**
 * Whether a form at [start, end) ends a short title: a line or a bracket opens at most TITLE_REACH before it,
 * with no punctuation of a sentence between and no list mark opening it.
 */
function endsTitle(text: string, start: number, end: number): boolean {
  if (end < text.length && !AFTER_TITLE.includes(text.charAt(end))) return false;
  for (let at = start - 1; at >= start - TITLE_REACH - 1; at--) {
    const character = text.charAt(at);
    if (at < 0 || BEFORE_TITLE.includes(character)) {
      // A bracket closing a number is a list mark itself (3) 執行…業務, (三)…業務).
      if (at > 0 && LIST_NUMBERS.includes(text.charAt(at - 1)) && !'\n\r'.includes(character)) return false;
      let first = at + 1;
      while (isSpace(text.charCodeAt(first))) first++;
      return !LIST_MARKS.includes(text.charAt(first));
    }
    if (IN_SENTENCE.includes(character)) return false;
  }
  return false;
}

/** Whether a role word (業務 as sales) comes right after a word that makes it the role (擔任業務). */
function conditionHolds(rule: ConditionalForm, text: string, start: number): boolean {
  for (let index = 0; index < rule.before.length; index++) {
    const word = rule.before[index] as string;
    if (start >= word.length && text.startsWith(word, start - word.length)) return true;
  }
  return false;
}

/** Whether a form at [start, end) is joined to a partner word on either side (業務與行銷, 行銷/業務). */
function coordinated(partners: string[], joiners: string, text: string, start: number, end: number): boolean {
  if (end < text.length && joiners.includes(text.charAt(end)) && wordAt(text, partners, end + 1)) return true;
  if (start > 0 && joiners.includes(text.charAt(start - 1)))
    for (let index = 0; index < partners.length; index++) {
      const partner = partners[index] as string;
      const at = start - 1 - partner.length;
      if (at >= 0 && text.startsWith(partner, at)) return true;
    }
  return false;
}

/** 等, which closes a list ("A、B等"). */
const LIST_END = 0x7b49;
/** CJK ideographs (extension A and the unified block). */
const isHan = (unit: number) => unit >= 0x3400 && unit <= 0x9fff;

/** The lexicon's tables, all but its terms, as the detector reads them. */
const tables = {
  conditional,
  blockAfter,
  clauseBlock,
  ownedBy,
  joiners,
  measuredBy,
  notLevels,
  scriptChars,
  hints,
  surfaces,
  levelsByFirst,
  english,
};

/**
 * The detector the tools and the background use, its terms named by id, built from the bundled lexicon on
 * first use. Marked pure so that a bundle that never uses it (the content script) leaves it and the ids out.
 */
export const detector: Detector = /* @__PURE__ */ lazyDetector(() =>
  createDetector({ detectorTerms, ...tables } as unknown as DetectorLexicon),
);

/**
 * The content script's detector: the same, its terms named by reference (core/term-ref.ts) with their
 * families. Built on first use, not in the content script's start-up task (which every page pays), but in the
 * engine's first slice of work.
 */
export const pageDetector: Detector = /* @__PURE__ */ lazyDetector(() =>
  createDetector({
    detectorTerms: [...termFamilies].map((family, index) => ({
      id: termRef(index),
      family: FAMILIES[Number(family)],
    })),
    ...tables,
  } as unknown as DetectorLexicon),
);

function lazyDetector(build: () => Detector): Detector {
  let built: Detector | undefined;
  const get = () => {
    built ??= build();
    return built;
  };
  return {
    detect: (text, context) => get().detect(text, context),
    mayHold: (text) => get().mayHold(text),
    term: (id) => get().term(id),
  };
}
