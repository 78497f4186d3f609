import { liveRange, type Mark } from './mark-index';

/** True if viewport point (x, y) lies in `rect` (edges included: a pointer on a line's edge is on it). */
export function holdsPoint(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The line box of `mark` that contains (x, y), or null. The caret snaps to the nearest character even when
 * the pointer is past the end of a line or between lines, so the caret alone would claim hits that are not
 * on the mark.
 */
export function rectUnder({ mark, x, y }: { mark: Mark; x: number; y: number }): DOMRect | null {
  const live = liveRange(mark);
  if (!live) return null; // the text changed under the mark; the pending rescan will replace it
  for (const rect of live.getClientRects()) {
    if (holdsPoint(rect, x, y)) return rect;
  }
  return null;
}

/**
 * True if some line of `node`'s text lies under (x, y). `range` is reused between calls (a Range is made
 * through the bindings); it only ever reads, never changes the page.
 */
export function textHoldsPoint({ node, range, x, y }: { node: Text; range: Range; x: number; y: number }) {
  range.selectNodeContents(node);
  for (const rect of range.getClientRects()) {
    if (holdsPoint(rect, x, y)) return true;
  }
  return false;
}
