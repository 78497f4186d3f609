import type { HighlightSet } from './highlight-set';
import { liveRange, type Mark, paintRange } from './mark-index';

/** How far beyond the viewport marks are painted already: one viewport height above and below. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/**
 * A block with more marks than this (a log in one <pre>, 5,000 nested inline elements) paints only those of
 * its marks near the viewport, found by measuring a few of them: one block's thousands of ranges would
 * otherwise all be registered at once, and Chromium rebuilds every registered range's paint markers each
 * frame (a 90 KB <pre> with 20,000 terms froze Chromium for 12 s; a 1 MB one never recovered).
 */
const MANY = 64;
/** Marks of one such block painted at most at a time (a screen of dense text holds about 300). */
const MOST = 1000;

interface Box {
  marks: Set<Mark>;
  /** Whether the box is near the viewport (false until the observer first says). */
  near: boolean;
  /** Whether the observer has reported on the box yet. */
  reported: boolean;
  /**
   * A box with more than MANY marks: its marks in text order, of which order[from, to) are painted;
   * `stale` after a deletion (rebuilt from `marks` when next needed).
   */
  order?: Mark[];
  from?: number;
  to?: number;
  stale?: boolean;
}

/**
 * Which marks are handed to the highlights: those whose block is near the viewport. Whenever a registered
 * highlight changes, and after any change to the page's DOM or style, Chromium rebuilds the paint markers of
 * every registered range (a trace of a page with 11,500 marks showed frames of 150–270 ms), so the
 * registry holds the marks a reader can scroll to soon, not the whole page. Every mark stays in the mark
 * index (hit testing); an IntersectionObserver on each marked block (the element that holds a run) moves
 * its marks in and out as the page scrolls, and within a block of many marks a binary search over their
 * boxes (text order runs down the block) picks those near the viewport, again as the page scrolls.
 */
export class PaintWindow {
  readonly #boxes = new Map<Element, Box>();
  readonly #highlights: HighlightSet;
  readonly #observer: IntersectionObserver | undefined;
  readonly #onPaint: (() => void) | undefined;
  readonly #win: Window | null;
  /** The blocks of many marks, and those whose painted marks are to be chosen again in the next frame. */
  readonly #big = new Set<Box>();
  readonly #due = new Set<Box>();
  /** The viewport moved or changed size: the painted marks of big blocks near it may no longer cover it. */
  readonly #onViewportChange = () => {
    for (const box of this.#big) if (box.near) this.#redo(box);
  };
  /** Blocks observed whose first report has not come yet. */
  #unreported = 0;

  constructor({
    doc,
    highlights,
    onPaint,
  }: { doc: Document; highlights: HighlightSet; onPaint?: () => void }) {
    this.#highlights = highlights;
    this.#onPaint = onPaint;
    const win = doc.defaultView;
    this.#win = win;
    const Observer = (win as (Window & typeof globalThis) | null)?.IntersectionObserver;
    // Without an observer every mark is painted.
    this.#observer = Observer && new Observer((entries) => this.#moved(entries), { rootMargin: NEAR_MARGIN });
    win?.addEventListener('scroll', this.#onViewportChange, true); // inner scrollers too (capture)
    win?.addEventListener('resize', this.#onViewportChange);
  }

  /** Paints `mark` whenever its box (the element holding its run) is near the viewport; always if it has none. */
  add(mark: Mark): void {
    const box = mark.box;
    if (!box) {
      this.#paint(mark, true);
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
    if (entry.order) {
      entry.order.push(mark);
      // A long text is marked from its start: a mark added past those painted is further down still.
      if (entry.to === entry.order.length - 1) this.#redo(entry);
    } else if (entry.marks.size > MANY) {
      // From now on only the marks near the viewport: those painted so far (the first MANY, if the box was
      // near) stay until the next frame.
      entry.order = [...entry.marks];
      entry.from = 0;
      entry.to = MANY;
      this.#big.add(entry);
      this.#redo(entry);
    } else if (entry.near) this.#paint(mark, true);
  }

  delete(mark: Mark): void {
    const box = mark.box;
    const entry = box && this.#boxes.get(box);
    if (entry && !entry.marks.delete(mark)) return;
    this.#paint(mark, false);
    if (!box || !entry) return;
    if (entry.order) {
      entry.stale = true;
      this.#redo(entry);
    }
    if (entry.marks.size === 0) {
      this.#boxes.delete(box);
      this.#due.delete(entry);
      this.#big.delete(entry);
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
    this.#win?.removeEventListener('scroll', this.#onViewportChange, true);
    this.#win?.removeEventListener('resize', this.#onViewportChange);
    this.#boxes.clear();
    this.#big.clear();
    this.#due.clear();
    this.#unreported = 0;
  }

  /** Hands `mark` to the highlights (`on`) or takes it back (a no-op for a mark they do not hold). */
  #paint(mark: Mark, on: boolean): void {
    if (on) this.#highlights.add(mark.detection.family, paintRange(mark));
    else if (mark.range) this.#highlights.delete(mark.detection.family, mark.range);
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
      if (entry.order) this.#redo(entry);
      else for (const mark of entry.marks) this.#paint(mark, isIntersecting);
    }
    if (changed) this.#onPaint?.();
  }

  /** Chooses the painted marks of a block of many marks again, in the next frame (its layout is fresh then). */
  #redo(entry: Box): void {
    if (this.#due.size === 0) {
      this.#win?.requestAnimationFrame(() => {
        for (const due of this.#due) this.#choose(due);
        this.#due.clear();
        this.#onPaint?.();
      });
    }
    this.#due.add(entry);
  }

  /** The bottom of `mark`'s box now (-Infinity once its text changed under it: its rescan is queued). */
  #bottom(mark: Mark): number {
    return liveRange(mark)?.getBoundingClientRect().bottom ?? -Infinity;
  }

  /**
   * Paints the marks of `entry` from a viewport's height above the viewport to one below it (at most MOST
   * of them), found by binary search over their boxes: about 50 boxes measured, whatever the number of
   * marks. While those painted still reach half a viewport beyond both edges (two boxes measured), nothing
   * changes: each change makes Chromium paint the block's highlights anew.
   */
  #choose(entry: Box): void {
    const height = this.#win?.innerHeight ?? 0;
    let order = entry.order as Mark[];
    let from = entry.from as number;
    let to = entry.to as number;
    if (
      !entry.stale &&
      entry.near &&
      to > from &&
      (!from || this.#bottom(order[from] as Mark) < -height / 2) &&
      (to === order.length || this.#bottom(order[to - 1] as Mark) > 1.5 * height)
    ) {
      return;
    }
    for (let at = from; at < to; at++) this.#paint(order[at] as Mark, false);
    if (entry.stale) {
      order = entry.order = [...entry.marks];
      entry.stale = false;
    }
    // The first mark whose box ends below `y` (marks in text order run down the block).
    const firstBelow = (y: number, low = 0) => {
      let high = order.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (this.#bottom(order[middle] as Mark) < y) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    from = to = 0;
    if (entry.near) {
      const above = firstBelow(-height);
      const inView = firstBelow(0, above);
      from = Math.max(above, inView - (MOST >> 2));
      to = Math.min(firstBelow(2 * height, inView), from + MOST);
    }
    for (let at = from; at < to; at++) this.#paint(order[at] as Mark, true);
    entry.from = from;
    entry.to = to;
  }
}
