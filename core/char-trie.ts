/**
 * A trie over UTF-16 code units with a filter on a surface's first two units, so a scan skips the vast majority
 * of positions (where no surface starts) with one typed-array read each, in one tight loop.
 */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  value: T | undefined;
}

export interface LongestMatch<T> {
  value: T;
  end: number;
}

/** A slot for a surface's first two code units (collisions only let a position through to the trie). */
const pairSlot = (first: number, second: number) => (first * 31 + second) & 0xffff;

export class CharTrie<T> {
  private readonly root: TrieNode<T> = { next: undefined, value: undefined };
  /** 1 at the pairSlot of every surface's first two code units. */
  private readonly pairs = new Uint8Array(0x10000);
  /** Whether some surface is shorter than two units: then any position may start one. */
  private short = false;

  add(surface: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const unit = surface.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(unit);
      if (!child) {
        child = { next: undefined, value: undefined };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.value = value;
    if (surface.length > 1) this.pairs[pairSlot(surface.charCodeAt(0), surface.charCodeAt(1))] = 1;
    else this.short = true;
  }

  /**
   * The first position at or after `from` where a surface may start, or text.length: every position skipped
   * is one where longestAt finds nothing.
   */
  nextStart(text: string, from: number): number {
    let i = from;
    if (!this.short)
      while (i < text.length && this.pairs[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))] !== 1) i++;
    return i;
  }

  /** The longest surface that starts at `start`, or undefined. Allocates only for a hit. */
  longestAt(text: string, start: number): LongestMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: T | undefined;
    let bestEnd = -1;
    for (let i = start; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        best = node.value;
        bestEnd = i + 1;
      }
    }
    return best === undefined ? undefined : { value: best, end: bestEnd };
  }
}
