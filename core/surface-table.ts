/**
 * The Chinese surfaces of the lexicon, for reading text longest match first, in a form the detector reads as
 * `JSON.parse` gives it: `npm run lexicon` builds it (`buildSurfaceTable`) and the content script builds
 * nothing, since every page would pay for it in code V8 has not optimised yet (filling a Map of 1,300 surfaces
 * cost about 1.1 ms there, measured in Chromium 156).
 *
 * A bitset of every surface's first two code units lets a scan skip the vast majority of positions (and, when
 * given, a search for the hint characters every surface holds skips most of the text); at the few positions
 * left, the surfaces are looked up by their first two code units, then their third, leaving one to three
 * candidates to test with `startsWith`.
 */
export interface LongestMatch<T> {
  value: T;
  end: number;
}

/**
 * The surfaces sharing their first two code units. Most groups are few: [rest, value, rest, value, …], each
 * surface's rest after those two units, longest first (the two-unit surface itself last, as ""). A group of
 * more than FLAT_GROUP surfaces is split by the third code unit: [value of the two-unit surface or null,
 * the third code units (a character each), then for each in that order a list [rest, value, …] of the rest
 * after it, longest first]. The first element tells them apart: a string only in the first kind.
 */
export type SurfaceGroup<T> = (string | T)[] | [T | null, string, ...(string | T)[][]];

export interface SurfaceTableData<T> {
  /** Groups by the surfaces' first two code units. Values (T) are never strings. */
  groups: Record<string, SurfaceGroup<T>>;
  /**
   * Bit pairSlot(first two code units) is set for every surface, BITS_PER_CHAR bits in each character
   * (its code minus BITSET_ZERO): a test of a position without a string or a property lookup.
   */
  pairs: string;
  /** Length of the longest surface. */
  maxLength: number;
}

/** The most surfaces a group lists in one list; more are split by their third code unit. */
const FLAT_GROUP = 8;
const SLOT_BITS = 13;
const BITS_PER_CHAR = 4;
/** '0': the bitset's characters are 0-9 and :;<=>?, written as they are in JSON. */
const BITSET_ZERO = 0x30;
/** A slot for a surface's first two code units (collisions only let a position through to the lookup). */
const pairSlot = (first: number, second: number) => (first * 31 + second) & ((1 << SLOT_BITS) - 1);

/**
 * The table of `entries` ([surface, value], a later value for the same surface replacing an earlier one).
 * Deterministic: groups by first two code units in code-unit order, third code units in code-unit order,
 * each list longest first. Every surface must be at least two code units long.
 */
export function buildSurfaceTable<T>(entries: readonly (readonly [string, T])[]): SurfaceTableData<T> {
  const values = new Map<string, T>();
  for (const [surface, value] of entries) {
    if (surface.length < 2) throw new Error(`surface "${surface}" is shorter than two code units`);
    values.set(surface, value);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const surfaces = [...values.keys()].sort(order);
  const groups: Record<string, SurfaceGroup<T>> = {};
  const bits = new Uint8Array(1 << SLOT_BITS);
  let maxLength = 0;
  const longestFirst = (a: string, b: string) => b.length - a.length || order(a, b);
  /** [rest after `from` units, value, …] of `members`, longest first. */
  const list = (members: string[], from: number) =>
    [...members].sort(longestFirst).flatMap((surface) => [surface.slice(from), values.get(surface) as T]);
  for (const pair of unique(surfaces.map((surface) => surface.slice(0, 2)))) {
    const members = surfaces.filter((surface) => surface.startsWith(pair));
    if (members.length <= FLAT_GROUP) groups[pair] = list(members, 2);
    else {
      const longer = members.filter((surface) => surface.length > 2);
      const thirds = unique(longer.map((surface) => surface[2] ?? ''));
      const lists = thirds.map((third) =>
        list(
          longer.filter((surface) => surface[2] === third),
          3,
        ),
      );
      groups[pair] = [values.has(pair) ? (values.get(pair) as T) : null, thirds.join(''), ...lists];
    }
    bits[pairSlot(pair.charCodeAt(0), pair.charCodeAt(1))] = 1;
    for (const surface of members) maxLength = Math.max(maxLength, surface.length);
  }
  let pairs = '';
  for (let slot = 0; slot < bits.length; slot += BITS_PER_CHAR) {
    let char = 0;
    for (let bit = 0; bit < BITS_PER_CHAR; bit++) char |= (bits[slot + bit] ?? 0) << bit;
    pairs += String.fromCharCode(BITSET_ZERO + char);
  }
  return { groups, pairs, maxLength };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

export class SurfaceTable<T> {
  private readonly groups: Record<string, SurfaceGroup<T>>;
  private readonly pairs: string;
  private readonly maxLength: number;
  /** `everySurfaceHolds` as a global search. */
  private readonly hintSearch: RegExp | undefined;

  /**
   * `everySurfaceHolds`: a RegExp that every surface matches (the lexicon's hint characters: the lexicon
   * build guarantees it and a unit test checks it). With it, a scan jumps from hint to hint: no surface can
   * start more than maxLength − 1 units before the next hint, so the text between is skipped with one native
   * search instead of a JavaScript loop.
   */
  constructor(data: SurfaceTableData<T>, everySurfaceHolds?: RegExp) {
    this.groups = data.groups;
    this.pairs = data.pairs;
    this.maxLength = data.maxLength;
    this.hintSearch =
      everySurfaceHolds &&
      new RegExp(everySurfaceHolds.source, `${everySurfaceHolds.flags.replace('g', '')}g`);
  }

  /** Whether some surface starts with the two code units at `at` (or a pair in the same slot). */
  private mayStart(text: string, at: number): boolean {
    // pairSlot and BITS_PER_CHAR (4) written out: this runs at every position a scan does not skip.
    const slot = (text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) & ((1 << SLOT_BITS) - 1);
    return ((this.pairs.charCodeAt(slot >> 2) - BITSET_ZERO) & (1 << (slot & 3))) !== 0;
  }

  /**
   * The first position at or after `from` where a surface may start, or text.length: every position skipped
   * is one where longestAt finds nothing.
   */
  nextStart(text: string, from: number): number {
    const hintSearch = this.hintSearch;
    if (!hintSearch) {
      let i = from;
      while (i < text.length && !this.mayStart(text, i)) i++;
      return i;
    }
    const reach = this.maxLength - 1;
    for (let i = from; ; ) {
      hintSearch.lastIndex = i;
      const hint = hintSearch.exec(text);
      if (!hint) return text.length;
      // A surface holding this hint starts at most `reach` units before it (and not before `i`).
      for (let start = Math.max(i, hint.index - reach); start <= hint.index; start++) {
        if (this.mayStart(text, start)) return start;
      }
      i = hint.index + 1;
    }
  }

  /** The longest surface that starts at `start`, or undefined. */
  longestAt(text: string, start: number): LongestMatch<T> | undefined {
    const group = this.groups[text.slice(start, start + 2)];
    if (group === undefined) return undefined;
    if (typeof group[0] === 'string') return longestIn(group as (string | T)[], text, start + 2);
    if (start + 2 < text.length) {
      const third = (group[1] as string).indexOf(text.charAt(start + 2));
      const match = third >= 0 && longestIn(group[2 + third] as (string | T)[], text, start + 3);
      if (match) return match;
    }
    return group[0] === null ? undefined : { value: group[0] as T, end: start + 2 };
  }
}

/** The first (longest) rest of `list` ([rest, value, …]) that `text` holds at `at`, as a match. */
function longestIn<T>(list: (string | T)[], text: string, at: number): LongestMatch<T> | undefined {
  for (let index = 0; index < list.length; index += 2) {
    const rest = list[index] as string;
    if (text.startsWith(rest, at)) return { value: list[index + 1] as T, end: at + rest.length };
  }
  return undefined;
}
