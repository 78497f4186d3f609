import type { HighlightSet } from './highlight-set';
import { type Mark, paintRange } from './mark-index';

/** How far beyond the viewport marks are painted already: one viewport height above and below. */
const NEAR_MARGIN = '100% 0px 100% 0px';

interface Box {
  marks: Set<Mark>;
  /** Whether the box is near the viewport (false until the observer first says). */
  near: boolean;
  /** Whether the observer has reported on the box yet. */
  reported: boolean;
}

/**
 * Which marks are handed to the highlights: those whose block is near the viewport. Whenever a registered
 * highlight changes, and after any change to the page's DOM or style, Chromium rebuilds the paint markers of
 * every registered range (a trace of a page with 11,500 marks showed frames of 150–270 ms), so the
 * registry holds the marks a reader can scroll to soon, not the whole page. Every mark stays in the mark
 * index (hit testing); an IntersectionObserver on each marked block (the element that holds a run) moves
 * its marks in and out as the page scrolls.
 */
export class PaintWindow {
  readonly #boxes = new Map<Element, Box>();
  readonly #highlights: HighlightSet;
  readonly #observer: IntersectionObserver | undefined;
  readonly #onPaint: (() => void) | undefined;
  /** Blocks observed whose first report has not come yet. */
  #unreported = 0;

  constructor({
    doc,
    highlights,
    onPaint,
  }: { doc: Document; highlights: HighlightSet; onPaint?: () => void }) {
    this.#highlights = highlights;
    this.#onPaint = onPaint;
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.IntersectionObserver;
    // Without an observer every mark is painted.
    this.#observer = Observer && new Observer((entries) => this.#moved(entries), { rootMargin: NEAR_MARGIN });
  }

  /** Paints `mark` whenever its box (the element holding its run) is near the viewport; always if it has none. */
  add(mark: Mark): void {
    const box = mark.box;
    if (!box) {
      this.#highlights.add(mark.detection.family, paintRange(mark));
      return;
    }
    let entry = this.#boxes.get(box);
    if (!entry) {
      entry = { marks: new Set(), near: !this.#observer, reported: !this.#observer };
      this.#boxes.set(box, entry);
      if (this.#observer) {
        this.#observer.observe(box);
        this.#unreported++;
      }
    }
    entry.marks.add(mark);
    if (entry.near) this.#highlights.add(mark.detection.family, paintRange(mark));
  }

  delete(mark: Mark): void {
    const box = mark.box;
    if (!box) {
      if (mark.range) this.#highlights.delete(mark.detection.family, mark.range);
      return;
    }
    const entry = this.#boxes.get(box);
    if (!entry?.marks.delete(mark)) return;
    if (entry.near && mark.range) this.#highlights.delete(mark.detection.family, mark.range);
    if (entry.marks.size === 0) {
      this.#boxes.delete(box);
      this.#observer?.unobserve(box);
      if (!entry.reported) this.#unreported--;
    }
  }

  /**
   * Whether a report on newly marked blocks is due: the observer's reports are ordinary tasks, so work that
   * keeps going ahead of the queue (scheduler.yield) would hold back the painting of what is in view.
   */
  get awaitingReport(): boolean {
    return this.#unreported > 0;
  }

  clear(): void {
    this.#observer?.disconnect();
    this.#boxes.clear();
    this.#unreported = 0;
  }

  #moved(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const { target, isIntersecting } of entries) {
      const entry = this.#boxes.get(target);
      if (!entry) continue;
      if (!entry.reported) {
        entry.reported = true;
        this.#unreported--;
      }
      if (entry.near === isIntersecting) continue;
      entry.near = isIntersecting;
      changed = true;
      for (const mark of entry.marks) {
        if (isIntersecting) this.#highlights.add(mark.detection.family, paintRange(mark));
        else if (mark.range) this.#highlights.delete(mark.detection.family, mark.range);
      }
    }
    if (changed) this.#onPaint?.();
  }
}
