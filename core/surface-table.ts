/**
 * The Chinese surfaces of the lexicon, for reading text longest match first. Built when the content script
 * starts, so building is a Map fill, not a trie of thousands of nodes. A filter on a surface's first two code
 * units (and, when given, a search for the hint characters every surface holds) lets a scan skip the vast
 * majority of positions; at the few left, the longest surface is found by looking up each length.
 *
 * Building is on every page's path in code V8 has not optimised yet, where each operation costs about half a
 * microsecond: `add` does the least it can per surface (a Map entry, a byte, a length), measured in Chromium.
 */
export interface LongestMatch<T> {
  value: T;
  end: number;
}

/** A slot for a surface's first two code units (collisions only let a position through to the lookup). */
const pairSlot = (first: number, second: number) => (first * 31 + second) & 0xffff;

export class SurfaceTable<T> {
  private readonly values = new Map<string, T>();
  /** Length of the longest surface. */
  private maxLength = 0;
  /** `everySurfaceHolds` as a global search. */
  private readonly hintSearch: RegExp | undefined;

  /**
   * `everySurfaceHolds`: a RegExp that every surface added matches (the lexicon's hint characters: the
   * lexicon build guarantees it and a unit test checks it; testing 1,300 surfaces here would cost each page
   * load). With it, a scan jumps from hint to hint: no surface can start more than maxLength − 1 units
   * before the next hint, so the text between is skipped with one native search instead of a JavaScript loop.
   */
  constructor(everySurfaceHolds?: RegExp) {
    this.hintSearch =
      everySurfaceHolds &&
      new RegExp(everySurfaceHolds.source, `${everySurfaceHolds.flags.replace('g', '')}g`);
  }

  /** 1 at the pairSlot of every surface's first two code units. */
  private readonly pairs = new Uint8Array(0x10000);
  /** Whether some surface is one unit long: then any position may start one. */
  private short = false;

  add(surface: string, value: T): void {
    const length = surface.length;
    if (length === 0) return;
    this.values.set(surface, value);
    if (length > this.maxLength) this.maxLength = length;
    // pairSlot, written out: a call per surface is a measurable part of this cold loop.
    if (length > 1) this.pairs[(surface.charCodeAt(0) * 31 + surface.charCodeAt(1)) & 0xffff] = 1;
    else this.short = true;
  }

  /**
   * The first position at or after `from` where a surface may start, or text.length: every position skipped
   * is one where longestAt finds nothing.
   */
  nextStart(text: string, from: number): number {
    if (this.short) return from;
    const pairs = this.pairs;
    const hintSearch = this.hintSearch;
    if (!hintSearch) {
      let i = from;
      while (i < text.length && pairs[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))] !== 1) i++;
      return i;
    }
    const reach = this.maxLength - 1;
    for (let i = from; ; ) {
      hintSearch.lastIndex = i;
      const hint = hintSearch.exec(text);
      if (!hint) return text.length;
      // A surface holding this hint starts at most `reach` units before it (and not before `i`).
      for (let start = Math.max(i, hint.index - reach); start <= hint.index; start++) {
        if (pairs[pairSlot(text.charCodeAt(start), text.charCodeAt(start + 1))] === 1) return start;
      }
      i = hint.index + 1;
    }
  }

  /** The longest surface that starts at `start`, or undefined. */
  longestAt(text: string, start: number): LongestMatch<T> | undefined {
    for (let length = Math.min(this.maxLength, text.length - start); length > 0; length--) {
      const value = this.values.get(text.slice(start, start + length));
      if (value !== undefined) return { value, end: start + length };
    }
    return undefined;
  }
}
