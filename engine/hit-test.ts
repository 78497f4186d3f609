import type { Detection, Family } from '../core/types';
import { caretFromPoint } from './caret-position';
import { hitBeneathLayers } from './hit-beneath';
import type { MarkIndex } from './mark-index';
import { rectUnder, textHoldsPoint } from './mark-rect';

export interface PageHit {
  detection: Detection;
  /** The box of the mark's line under the pointer, in the viewport coordinates of `doc`. */
  rect: DOMRect;
  /** The document the hit is in (top or a same-origin iframe). */
  doc: Document;
}

interface HitTestOptions {
  doc: Document;
  x: number;
  y: number;
  index: MarkIndex;
  isShown: (family: Family) => boolean;
  /** The scanned document shown by a frame element, if any. */
  frameDocument: (element: Element) => Document | undefined;
}

/**
 * The mark under viewport point (x, y) of `doc`. First and fast: caret position → that text node's marks (a
 * binary search in the index, never a scan of all marks) → the mark whose line box really holds the point.
 * When the caret finds no mark and the pointer is not on the caret's text, the topmost element may be a
 * layer the eye sees through (a whole-card link over the title): the marks beneath it are looked up
 * (`hitBeneathLayers`). A point over a scanned frame is looked up in the frame's document, in the frame's
 * own coordinates.
 */
export function hitTestPage(options: HitTestOptions): PageHit | null {
  const { doc, x, y, index, isShown } = options;
  const element = doc.elementFromPoint(x, y);
  if (!element) return null;
  const framed = hitInFrame(element, options);
  if (framed !== undefined) return framed;
  const caret = caretFromPoint({ doc, x, y, element });
  if (caret?.node.nodeType === 3) {
    const node = caret.node as Text;
    for (const mark of index.marksAt(node, caret.offset)) {
      if (!isShown(mark.detection.family)) continue;
      const rect = rectUnder({ mark, x, y });
      if (rect) return { detection: mark.detection, rect, doc: mark.doc };
    }
    // The pointer rests on the topmost text, and it holds no mark there: nothing beneath it shows.
    if (textHoldsPoint({ node, range: doc.createRange(), x, y })) return null;
  }
  return hitBeneathLayers({
    doc,
    x,
    y,
    index,
    isShown,
    enterFrame: (layer) => hitInFrame(layer, options),
  });
}

/** The hit inside `element` if it is a scanned frame (null: none there), else undefined. */
function hitInFrame(element: Element, options: HitTestOptions): PageHit | null | undefined {
  const inner = options.frameDocument(element);
  if (!inner) return undefined;
  // The frame's viewport starts at its content box (inside border and padding-free by default).
  const box = element.getBoundingClientRect();
  const x = options.x - box.left - element.clientLeft;
  const y = options.y - box.top - element.clientTop;
  return hitTestPage({ ...options, doc: inner, x, y });
}
