import { HIGHLIGHT_NAME } from '../core/contract';
import { FAMILIES, type Family } from '../core/types';

export { HIGHLIGHT_NAME };

type HighlightWindow = Window & typeof globalThis;

/**
 * One Highlight per family for one document. Ranges inside open shadow roots paint from the document's
 * registry (seen in Chromium 156), but a frame's ranges only paint from the frame's own registry, so each
 * frame gets its own set. Families not shown stay filled but unregistered, so switching them is instant.
 * Which ranges it holds at a time is the PaintWindow's choice (the marks near the viewport).
 */
export class HighlightSet {
  readonly #registry: HighlightRegistry | undefined;
  readonly #highlights: Record<Family, Highlight> | undefined;

  constructor({ doc }: { doc: Document }) {
    const win = doc.defaultView as HighlightWindow | null;
    // Without the CSS Custom Highlight API nothing paints, but hit-testing still works.
    if (!win?.CSS?.highlights || typeof win.Highlight !== 'function') return;
    this.#registry = win.CSS.highlights;
    const HighlightClass = win.Highlight;
    this.#highlights = Object.fromEntries(FAMILIES.map((family) => [family, new HighlightClass()])) as Record<
      Family,
      Highlight
    >;
  }

  add(family: Family, range: AbstractRange): void {
    this.#highlights?.[family].add(range);
  }

  delete(family: Family, range: AbstractRange): void {
    this.#highlights?.[family].delete(range);
  }

  /** How many ranges each family holds (shown or not). */
  sizes(): Record<Family, number> {
    return Object.fromEntries(
      FAMILIES.map((family) => [family, this.#highlights?.[family].size ?? 0]),
    ) as Record<Family, number>;
  }

  /** Registers the highlights of `families` and unregisters the others. */
  show(families: readonly Family[]): void {
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

  /** Unregisters and empties every highlight. */
  clear(): void {
    this.show([]);
    if (!this.#highlights) return;
    for (const family of FAMILIES) this.#highlights[family].clear();
  }
}
