import searchIndex from '../../data/generated/search.json';
import type { Family } from '../types';
import { terms } from './catalog';
import type { TermEntry } from './types';

/**
 * The popup's search: what people type (Simplified, Traditional, pinyin in full or initials with or without
 * tones and spaces, English, part of a title) → entries of data/terms.json, best first. Pinyin comes from
 * data/generated/search.json (npm run search-index, pinyin-pro at build time), never from code here.
 */

/** How well an entry matched; lower sorts first. */
export const MATCH = {
  /** A form, its pinyin or its pinyin's initials is the query (营運, yunying, yy, COO). */
  exact: 0,
  /** A Latin query is whole words of an English form, or its initials (sales → sales manager, coo → chief operating officer). */
  word: 1,
  /** A form, its pinyin or initials begins with the query (运营总 → 运营总监, sales rep → sales representative). */
  prefix: 2,
  /** The query inside a form, from a syllable's or a word's start (用户 → 用户运营, yunying → 用户运营). */
  within: 3,
  /** A core word inside the query (运营总监 also offers 运营, 运营商 the word it holds). */
  core: 4,
} as const;
export type MatchRank = (typeof MATCH)[keyof typeof MATCH];

export interface SearchHit {
  term: TermEntry;
  rank: MatchRank;
}

/** A word that holds a family word but is no job (运营商: a carrier): Role Lens does not mark it on pages. */
export interface FalseFriend {
  word: string;
  family: Family;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** Set when the query is a false friend: the answer to give before any entry. */
  falseFriend?: FalseFriend;
}

interface IndexedFalseFriend extends FalseFriend {
  forms: string[];
  pinyin: string[];
}

const pinyinByTerm = searchIndex.pinyin as Record<string, string[]>;
const falseFriends = searchIndex.falseFriends as IndexedFalseFriend[];

const HAN = /\p{Script=Han}/u;
/** What a pinyin query may hold: letters (tone marks taken off first), spaces, apostrophes, tone numbers. */
const PINYIN_QUERY = /^[a-z' 1-5]+$/;

/** Lower case, tone marks off (yùnyíng → yunying), one space between words. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A pinyin key as typed without separators: "yun ying" → "yunying"; tone numbers dropped (yun4ying2). */
const compactPinyin = (query: string) => query.replace(/[\s'1-5]/g, '');

interface Key {
  text: string;
  /** How the key is matched: a Chinese or English form, or pinyin syllables. */
  kind: 'han' | 'latin' | 'pinyin';
}

interface IndexedTerm {
  term: TermEntry;
  order: number;
  keys: Key[];
}

const indexed: IndexedTerm[] = terms.map((term, order) => {
  const keys: Key[] = [];
  for (const form of new Set([term.id, ...term.forms])) {
    keys.push({ text: form.toLowerCase(), kind: HAN.test(form) ? 'han' : 'latin' });
  }
  for (const pinyin of pinyinByTerm[term.id] ?? []) keys.push({ text: pinyin, kind: 'pinyin' });
  return { term, order, keys };
});

/** Where a query matches a Chinese form (or any form, for a query in Chinese). */
function matchForm(form: string, query: string): MatchRank | undefined {
  if (form === query) return MATCH.exact;
  if (form.startsWith(query)) return MATCH.prefix;
  if (form.includes(query)) return MATCH.within;
  return undefined;
}

/**
 * An English form against a Latin query: whole words before parts of words, so a short query finds the word
 * it spells (COO: the title, then chief operating officer by its initials) before one it begins
 * (coordinator). Inside a word it never matches (ing finds nothing).
 */
function matchLatin(form: string, query: string): MatchRank | undefined {
  if (form === query) return MATCH.exact;
  const words = form.split(/[\s-]+/);
  if (new RegExp(`(^|[\\s-])${escapeRegExp(query)}($|[\\s-])`).test(form)) return MATCH.word;
  if (words.length > 1 && !query.includes(' ') && words.map((word) => word[0]).join('') === query)
    return MATCH.word;
  if (form.startsWith(query)) return MATCH.prefix;
  if (new RegExp(`[\\s-]${escapeRegExp(query)}`).test(form)) return MATCH.within;
  return undefined;
}

/**
 * Pinyin syllables ("yong hu yun ying") against a query without separators: in full from the first syllable
 * (exact or prefix) or from a later one (within); or the syllables' initials (yy, yhyy).
 */
function matchPinyin(key: string, query: string): MatchRank | undefined {
  const syllables = key.split(' ');
  let best: MatchRank | undefined;
  const consider = (rank: MatchRank) => {
    if (best === undefined || rank < best) best = rank;
  };
  for (let start = 0; start < syllables.length; start++) {
    const rest = syllables.slice(start).join('');
    if (!rest.startsWith(query)) continue;
    consider(start > 0 ? MATCH.within : rest === query ? MATCH.exact : MATCH.prefix);
  }
  if (query.length >= 2) {
    const initials = syllables.map((syllable) => syllable[0]).join('');
    if (initials === query) consider(MATCH.exact);
    else if (initials.startsWith(query)) consider(MATCH.prefix);
    else if (initials.includes(query)) consider(MATCH.within);
  }
  return best;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function falseFriendFor(query: string, pinyinQuery: string | undefined): IndexedFalseFriend | undefined {
  return falseFriends.find(
    (friend) =>
      friend.forms.includes(query) ||
      (pinyinQuery !== undefined && friend.pinyin.some((key) => compactPinyin(key) === pinyinQuery)),
  );
}

/**
 * Every entry the query finds, best first: exact, then whole words, then prefix, then the rest, then the core
 * words inside the query; within a rank the shorter matched form, then data order (the core words first).
 */
export function search(query: string): SearchAnswer {
  const normalized = normalizeQuery(query);
  if (normalized === '') return { hits: [] };
  const pinyinQuery = PINYIN_QUERY.test(normalized) ? compactPinyin(normalized) : undefined;
  const latinQuery = /[a-z]/.test(normalized) && !HAN.test(normalized);

  const scored: { hit: SearchHit; length: number; order: number }[] = [];
  for (const { term, order, keys } of indexed) {
    let rank: MatchRank | undefined;
    let length = Number.POSITIVE_INFINITY;
    const consider = (candidate: MatchRank | undefined, key: string) => {
      if (candidate === undefined) return;
      if (rank === undefined || candidate < rank || (candidate === rank && key.length < length)) {
        rank = candidate;
        length = key.length;
      }
    };
    for (const key of keys) {
      if (key.kind === 'han') {
        consider(matchForm(key.text, normalized), key.text);
        // The family word inside what was typed (运营总监 → 运营), after the direct matches.
        if (term.kind === 'core' && normalized.includes(key.text)) consider(MATCH.core, key.text);
      } else if (key.kind === 'latin') {
        if (latinQuery) consider(matchLatin(key.text, normalized), key.text);
      } else if (pinyinQuery) {
        consider(matchPinyin(key.text, pinyinQuery), compactPinyin(key.text));
      }
    }
    if (rank !== undefined) scored.push({ hit: { term, rank }, length, order });
  }
  scored.sort((a, b) => a.hit.rank - b.hit.rank || a.length - b.length || a.order - b.order);
  const hits = scored.map(({ hit }) => hit);

  const friend = falseFriendFor(normalized, pinyinQuery);
  if (!friend) return { hits };
  // A false friend is no entry: its answer comes first, then the family word it holds, then the rest.
  const core = terms.find(
    (term) => term.kind === 'core' && 'family' in term && term.family === friend.family,
  );
  const rest = hits.filter((hit) => hit.term !== core);
  return {
    // Named as typed (營運商), or in Simplified when typed in pinyin.
    falseFriend: {
      word: friend.forms.includes(normalized) ? normalized : friend.word,
      family: friend.family,
    },
    hits: core ? [{ term: core, rank: MATCH.core }, ...rest] : rest,
  };
}

/** The entries a query finds, best first (search() without the ranks), at most `limit`. */
export function searchTerms(query: string, limit = Number.POSITIVE_INFINITY): TermEntry[] {
  if (limit <= 0) return [];
  return search(query)
    .hits.slice(0, limit)
    .map((hit) => hit.term);
}

/** How a result names its entry: the spelling of its id as the data writes it (COO, not coo). */
export function termLabel(term: TermEntry): string {
  return term.forms.find((form) => form.toLowerCase() === term.id) ?? term.id;
}

/** How many recent lookups the popup keeps (a handful: the list stays short enough to read at a glance). */
export const RECENT_LOOKUPS = 6;

/**
 * The recent lookups after `termId` was looked up: it first, no repeats, at most RECENT_LOOKUPS. Anything
 * stored that is not an id string is dropped, so a damaged item repairs itself on the next lookup.
 */
export function withRecentLookup(recent: unknown, termId: string): string[] {
  const kept = Array.isArray(recent) ? recent.filter((id): id is string => typeof id === 'string') : [];
  return [termId, ...kept.filter((id) => id !== termId)].slice(0, RECENT_LOOKUPS);
}
