import type { Detection, Family } from '../core/types';
import { caretFromPoint } from './caret-position';
import type { Mark, MarkIndex } from './mark-index';

export interface PageHit {
  detection: Detection;
  /** The box of the mark's line under the pointer, in the viewport coordinates of `doc`. */
  rect: DOMRect;
  /** The document the hit is in (top or a same-origin iframe). */
  doc: Document;
}

/**
 * The mark under viewport point (x, y) of `doc`: caret position → that text node's marks (a binary search
 * in the index, never a scan of all marks) → the mark whose line box really holds the point. A point over a
 * scanned frame is looked up in the frame's document, in the frame's own coordinates.
 */
export function hitTestPage({
  doc,
  x,
  y,
  index,
  isShown,
  frameDocument,
}: {
  doc: Document;
  x: number;
  y: number;
  index: MarkIndex;
  isShown: (family: Family) => boolean;
  /** The scanned document shown by a frame element, if any. */
  frameDocument: (element: Element) => Document | undefined;
}): PageHit | null {
  const element = doc.elementFromPoint(x, y);
  const inner = element && frameDocument(element);
  if (element && inner) {
    // The frame's viewport starts at its content box (inside border and padding-free by default).
    const box = element.getBoundingClientRect();
    const frameX = x - box.left - element.clientLeft;
    const frameY = y - box.top - element.clientTop;
    return hitTestPage({ doc: inner, x: frameX, y: frameY, index, isShown, frameDocument });
  }
  const caret = caretFromPoint({ doc, x, y, element });
  if (caret?.node.nodeType !== 3) return null;
  for (const mark of index.marksAt(caret.node as Text, caret.offset)) {
    if (!isShown(mark.detection.family)) continue;
    const rect = rectUnder({ mark, x, y });
    if (rect) return { detection: mark.detection, rect, doc: mark.doc };
  }
  return null;
}

/**
 * The line box of `mark` that contains (x, y), or null. The caret snaps to the nearest character even when
 * the pointer is past the end of a line or between lines, so the caret alone would claim hits that are not
 * on the mark.
 */
function rectUnder({ mark, x, y }: { mark: Mark; x: number; y: number }): DOMRect | null {
  const { doc, nodes } = mark;
  const live = doc.createRange();
  try {
    live.setStart(nodes[0] as Text, mark.startOffset);
    live.setEnd(nodes[nodes.length - 1] as Text, mark.endOffset);
  } catch {
    return null; // the text changed under the mark; the pending rescan will replace it
  }
  for (const rect of live.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}
