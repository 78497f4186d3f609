import type { Family } from '../core/types';
import type { PageHit } from './hit-test';
import type { MarkIndex } from './mark-index';
import { rectUnder, textHoldsPoint } from './mark-rect';
import { looksTransparent } from './transparent-layer';

/**
 * How many see-through layers the pointer may look beneath before giving up: a whole-card link is one, an
 * empty layer with a wrapper inside two. Past this many, what lies beneath counts as hidden.
 */
export const MAX_LAYERS_SEEN_THROUGH = 4;

/** An element with more child nodes than this is not searched for text under the point: it counts as visible. */
const MAX_CHILD_NODES_READ = 64;

/**
 * Text with something to see: whitespace between tags shows nothing, and measuring it costs as much as
 * measuring a title (a Range's client rects, about 4 µs in Chromium).
 */
const VISIBLE_CHARACTER = /\S/;

/** What one element of the stack does at the point. */
type Verdict = PageHit | typeof STOP | typeof SEE_THROUGH;
/** It shows something there (text without a mark, a background, an image): nothing beneath is seen. */
const STOP = 'stop';
/** It paints nothing there: look at the next element down. */
const SEE_THROUGH = 'see-through';

interface Walk {
  x: number;
  y: number;
  index: MarkIndex;
  isShown: (family: Family) => boolean;
  /** The hit inside a scanned frame element (null: none there), or undefined if `element` is no such frame. */
  enterFrame: (element: Element) => PageHit | null | undefined;
  /** Reused for measuring text nodes. */
  range: Range;
  seenThrough: number;
}

/**
 * The mark under (x, y) beneath layers the eye sees through. `elementsFromPoint` lists every element at the
 * point, topmost first (https://drafts.csswg.org/cssom-view/#dom-document-elementsfrompoint); walking down it
 * past elements that paint nothing there (no text of their own under the point, `looksTransparent`), the
 * first element with text under the point decides: the shown mark whose line box holds the point, or
 * nothing. An element that shows anything else there stops the walk. The caret cannot help here: it only
 * sees the topmost element.
 */
export function hitBeneathLayers({
  doc,
  x,
  y,
  index,
  isShown,
  enterFrame,
}: Omit<Walk, 'range' | 'seenThrough'> & { doc: Document }): PageHit | null {
  const walk: Walk = { x, y, index, isShown, enterFrame, range: doc.createRange(), seenThrough: 0 };
  const verdict = walkStack(doc.elementsFromPoint(x, y), null, walk);
  return typeof verdict === 'string' ? null : verdict;
}

/** The first verdict other than see-through in `stack`, keeping to the elements of `root` when given. */
function walkStack(stack: readonly Element[], root: ShadowRoot | null, walk: Walk): Verdict {
  for (let position = 0; position < stack.length; position++) {
    const element = stack[position] as Element;
    // A shadow root's list also holds its host and the host's ancestors (in Chromium): they come later.
    if (root && element.getRootNode() !== root) continue;
    const verdict = examine(element, walk);
    if (verdict !== SEE_THROUGH) return verdict;
  }
  return SEE_THROUGH;
}

function examine(element: Element, walk: Walk): Verdict {
  const framed = walk.enterFrame(element);
  if (framed !== undefined) return framed ?? STOP;
  // An open shadow root's elements paint over the host's own box; the document's list holds only the host.
  const shadow = element.shadowRoot;
  if (shadow) {
    const inner = walkStack(shadow.elementsFromPoint(walk.x, walk.y), shadow, walk);
    if (inner !== SEE_THROUGH) return inner;
  }
  const text = ownTextAt(element, walk);
  if (text !== SEE_THROUGH) return text;
  // The page's body and root are the bottom of the stack: everything drawn over them came before.
  const { body, documentElement } = element.ownerDocument;
  if (element === body || element === documentElement) return STOP;
  if (!looksTransparent(element) || ++walk.seenThrough > MAX_LAYERS_SEEN_THROUGH) return STOP;
  return SEE_THROUGH;
}

/**
 * What `element`'s own text nodes show at the point: a shown mark under it, or STOP for text without one
 * (the text is what the eye sees there), or SEE_THROUGH when none of its text lies under the point. Text
 * inside child elements is theirs: a child at the point comes earlier in the stack.
 */
function ownTextAt(element: Element, walk: Walk): Verdict {
  const { x, y, index, isShown, range } = walk;
  let read = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (++read > MAX_CHILD_NODES_READ) return STOP;
    if (child.nodeType !== 3 || !VISIBLE_CHARACTER.test((child as Text).data)) continue;
    if (!textHoldsPoint({ node: child as Text, range, x, y })) continue;
    if (!index.has(child as Text)) return STOP;
    for (const mark of index.marksIn(child as Text)) {
      if (!isShown(mark.detection.family)) continue;
      const rect = rectUnder({ mark, x, y });
      if (rect) return { detection: mark.detection, rect, doc: mark.doc };
    }
    return STOP;
  }
  return SEE_THROUGH;
}
