import { FAMILIES, type Family } from '../core/types';

/** The registry names of the marks, documented in the README for `::highlight(...)` restyling. */
export const HIGHLIGHT_NAME: Record<Family, string> = {
  operations: 'role-lens-operations',
  marketing: 'role-lens-marketing',
  sales: 'role-lens-sales',
};

type HighlightWindow = Window & typeof globalThis;

/**
 * One Highlight per family for one document. Ranges inside open shadow roots paint from the document's
 * registry (seen in Chromium 156), but a frame's ranges only paint from the frame's own registry, so each
 * frame gets its own set. Families not shown stay filled but unregistered, so switching them is instant.
 *
 * Ranges wait in `pending` until `flush()`: whenever a registered highlight changes, Chromium's next
 * rendering update revisits every range of every highlight (seen in traces as PrePaint of 100–200 ms per
 * frame on a page with 10,000 marks), so ranges are handed over in a few batches, not slice by slice.
 */
export class HighlightSet {
  readonly #registry: HighlightRegistry | undefined;
  readonly #highlights: Record<Family, Highlight> | undefined;
  /** Ranges added since the last flush, in order (a Set: a range can leave again before it is painted). */
  readonly #pending: Record<Family, Set<AbstractRange>> = {
    operations: new Set(),
    marketing: new Set(),
    sales: new Set(),
  };
  #shown: readonly Family[] = [];

  constructor({ doc }: { doc: Document }) {
    const win = doc.defaultView as HighlightWindow | null;
    // Without the CSS Custom Highlight API nothing paints, but hit-testing still works.
    if (!win?.CSS?.highlights || typeof win.Highlight !== 'function') return;
    this.#registry = win.CSS.highlights;
    const HighlightClass = win.Highlight;
    this.#highlights = {
      operations: new HighlightClass(),
      marketing: new HighlightClass(),
      sales: new HighlightClass(),
    };
  }

  /** Adds a range, painted from the next flush() on. */
  add(family: Family, range: AbstractRange): void {
    if (this.#highlights) this.#pending[family].add(range);
  }

  delete(family: Family, range: AbstractRange): void {
    if (!this.#pending[family].delete(range)) this.#highlights?.[family].delete(range);
  }

  /** Hands the pending ranges to the highlights (one rendering update paints them all); false if none. */
  flush(): boolean {
    const highlights = this.#highlights;
    if (!highlights) return false;
    let flushed = false;
    for (const family of FAMILIES) {
      const pending = this.#pending[family];
      if (pending.size === 0) continue;
      const highlight = highlights[family];
      for (const range of pending) highlight.add(range);
      pending.clear();
      flushed = true;
    }
    return flushed;
  }

  /** How many ranges each family holds (shown or not), pending ones left out: what paints. */
  sizes(): Record<Family, number> {
    const highlights = this.#highlights;
    return {
      operations: highlights?.operations.size ?? 0,
      marketing: highlights?.marketing.size ?? 0,
      sales: highlights?.sales.size ?? 0,
    };
  }

  /** Registers the highlights of `families` and unregisters the others. */
  show(families: readonly Family[]): void {
    this.#shown = families;
    const registry = this.#registry;
    const highlights = this.#highlights;
    if (!registry || !highlights) return;
    for (const family of FAMILIES) {
      const name = HIGHLIGHT_NAME[family];
      if (families.includes(family)) {
        if (registry.get(name) !== highlights[family]) registry.set(name, highlights[family]);
      } else if (registry.get(name) === highlights[family]) {
        registry.delete(name);
      }
    }
  }

  isShown(family: Family): boolean {
    return this.#shown.includes(family);
  }

  /** Unregisters and empties every highlight. */
  clear(): void {
    this.show([]);
    if (!this.#highlights) return;
    for (const family of FAMILIES) {
      this.#pending[family].clear();
      this.#highlights[family].clear();
    }
  }
}
