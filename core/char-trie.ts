/**
 * A trie over UTF-16 code units with a first-unit filter, so a scan skips the vast majority of characters
 * (anything no surface starts with) with one typed-array read.
 */
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  value: T | undefined;
}

export interface LongestMatch<T> {
  value: T;
  end: number;
}

export class CharTrie<T> {
  private readonly root: TrieNode<T> = { next: undefined, value: undefined };
  /** 1 where some surface starts with that code unit. */
  private readonly starts = new Uint8Array(0x10000);

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
    this.starts[surface.charCodeAt(0)] = 1;
  }

  /** Whether any surface starts with the code unit at `text[at]`. */
  mayStartAt(text: string, at: number): boolean {
    return this.starts[text.charCodeAt(at)] === 1;
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
