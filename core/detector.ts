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
  surfaces,
} from '../data/generated/lexicon.json';
import { createEnglishMatcher, type EnglishMatch, type EnglishMatcher } from './english-roles';
import {
  BLOCK,
  CONDITIONAL,
  type ConditionalForm,
  type DetectorLexicon,
  type DetectorTerm,
  type SurfaceValue,
} from './lexicon-types';
import { inOrganisationName } from './organisation-names';
import { SurfaceTable } from './surface-table';
import type { Detection } from './types';

/**
 * Finds 运营 / 营销 / 销售, their Traditional and English forms and the titles built on them.
 *
 * Chinese is read left to right taking the longest surface at each position, the way a dictionary
 * segmenter does: blocking words (运营商, 销售额) are consumed without a detection. A false join across words
 * (进行|销售 holds 行销) is a blocking word up to the end of the broken form (进行销), so that ambiguous spot is
 * left unmarked: neither 行销 nor the 销售 overlapping it. A detected family word or title then takes a
 * following level word (运营 + 专员).
 */
export interface Detector {
  /** Detections sorted by start, never overlapping. */
  detect(text: string): Detection[];
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

  /** The end of a level word right after `end` (运营 + 经理), or `end` itself. */
  const extendByLevel = (text: string, end: number): number => {
    const candidates = levels[text.charAt(end)];
    const level = candidates && wordAt(text, candidates, end);
    return level ? end + level.length : end;
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
  const clauseMarkers = lexicon.clauseBlock.markers;
  /** Whether the detection's sentence holds a marker that makes it another sense (安全运营 is IT work). */
  const inBlockedClause = (text: string, start: number, end: number, termIndex: number): boolean => {
    const family = lexicon.detectorTerms[termIndex]?.family;
    if (!family || !clauseFamilies.has(family)) return false;
    // Search a copy of the clause: indexOf on the whole text would scan to its end on every miss.
    const clause = clauseAround(text, start, end);
    for (let index = 0; index < clauseMarkers.length; index++)
      if (clause.includes(clauseMarkers[index] as string)) return true;
    return false;
  };

  const measuredFamilies = new Set(lexicon.measuredBy.families);
  const { verbs: measuringVerbs, reach: measureReach } = lexicon.measuredBy;
  /**
   * Whether a family word at [start, end) closes the object of a measuring verb (监测电商平台 + 销售), read
   * back over Chinese characters only, and not past 等 (安防监控等领域: the verb is a list item there). A
   * surface ending in a level word (销售人员) names people, never a figure.
   */
  const measured = (text: string, start: number, end: number, termIndex: number): boolean => {
    const family = lexicon.detectorTerms[termIndex]?.family;
    if (!family || !measuredFamilies.has(family)) return false;
    const limit = Math.max(0, start - measureReach);
    for (let at = start - 1; at >= limit; at--) {
      const unit = text.charCodeAt(at);
      if (!isHan(unit) || unit === LIST_END) return false;
      for (let index = 0; index < measuringVerbs.length; index++) {
        const verb = measuringVerbs[index] as string;
        if (at + verb.length <= start && text.startsWith(verb, at)) return !endsWithLevel(text, end);
      }
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

  const detectChinese = (text: string, out: Detection[]) => {
    for (let i = table.nextStart(text, 0); i < text.length; ) {
      const match = table.longestAt(text, i);
      if (!match) {
        i = table.nextStart(text, i + 1);
        continue;
      }
      let next = match.end;
      const value = match.value;
      if (typeof value !== 'number' || value >= 0) {
        const term = typeof value === 'number' ? value : value[0];
        const start = typeof value === 'number' ? i : i + value[1];
        const spanEnd = typeof value === 'number' ? match.end : i + value[2];
        // A span that stops inside its surface was chosen over a blocking word (运营商家): its surface has
        // already decided what follows. Otherwise the family word may take a level or meet a figure word.
        const reachesEnd = spanEnd === match.end;
        const end = reachesEnd ? extendByLevel(text, spanEnd) : spanEnd;
        const blocked =
          reachesEnd &&
          (followedByBlocker(text, start, spanEnd) || (end === spanEnd && measured(text, start, end, term)));
        if (!blocked && !inBlockedClause(text, start, end, term)) emit(out, text, start, end, term);
        // Continue right after the detection: in 業務銷售 the span is 業務 and 銷售 is read next.
        next = end;
      } else if (value !== BLOCK) {
        const rule = lexicon.conditional[CONDITIONAL - value] as ConditionalForm;
        const holds =
          conditionHolds(rule, text, i) || coordinated(rule.partners, lexicon.joiners, text, i, match.end);
        if (holds && !inBlockedClause(text, i, match.end, rule.term)) {
          const end = extendByLevel(text, match.end);
          emit(out, text, i, end, rule.term);
          next = end;
        }
      }
      // Otherwise a blocking word: consumed without a detection.
      i = table.nextStart(text, next);
    }
  };

  return {
    mayHold: (text) => anyHint.test(text),
    detect(text: string): Detection[] {
      // Most runs hold no surface that can yield a detection: one native test each rejects them unread.
      const found: Detection[] = [];
      if (zhHint.test(text)) detectChinese(text, found);
      if (!enHint.test(text)) return found;
      englishMatcher ??= createEnglishMatcher(lexicon.english);
      const englishMatches = englishMatcher.find(text);
      for (let index = 0; index < englishMatches.length; index++) {
        const { start, end, term } = englishMatches[index] as EnglishMatch;
        emit(found, text, start, end, term);
      }
      // Chinese and English surfaces share no characters, so merging is a sort, never a conflict.
      return found.sort((a, b) => a.start - b.start);
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

/** The first of `words` that `text` holds at `at`, or undefined. */
function wordAt(text: string, words: readonly string[], at: number): string | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (text.startsWith(word, at)) return word;
  }
  return undefined;
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

/**
 * The detector the extension and the tools use, built from the bundled lexicon on first use: not in the
 * content script's start-up task (which every page pays), but in the engine's first slice of work.
 */
export const detector: Detector = lazyDetector(() =>
  createDetector({
    detectorTerms,
    conditional,
    blockAfter,
    clauseBlock,
    joiners,
    measuredBy,
    hints,
    surfaces,
    levelsByFirst,
    english,
  } as unknown as DetectorLexicon),
);

function lazyDetector(build: () => Detector): Detector {
  let built: Detector | undefined;
  const get = () => {
    built ??= build();
    return built;
  };
  return {
    detect: (text) => get().detect(text),
    mayHold: (text) => get().mayHold(text),
    term: (id) => get().term(id),
  };
}
