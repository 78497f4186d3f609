import { caretFromPoint } from './caret-position';
import { runContainer } from './mutation-changes';
import { isInSkippedSubtree } from './skip-rules';

/** Where in the viewport to look for text, as fractions of its width and height: the top edge first. */
const PROBE_POINTS: readonly (readonly [number, number])[] = [
  [0.5, 0.01],
  [0.25, 0.01],
  [0.75, 0.01],
  [0.5, 0.25],
  [0.25, 0.5],
  [0.5, 0.75],
];

/** How far up from a probed node to look for a fixed or sticky box (a site header or a toolbar). */
const PINNED_ANCESTOR_DEPTH = 12;

/**
 * True if `node` sits in a fixed or sticky box: such a box stays in view wherever the page is scrolled, so
 * it says nothing about which part of the page is in view (and it is usually at the top of the tree).
 */
function isPinned(node: Node): boolean {
  const win = node.ownerDocument?.defaultView;
  let element = node.parentElement;
  for (let depth = 0; win && element && depth < PINNED_ANCESTOR_DEPTH; depth++) {
    const position = win.getComputedStyle(element).position;
    if (position === 'fixed' || position === 'sticky') return true;
    element = element.parentElement;
  }
  return false;
}

/**
 * The block where the visible part of the page begins in tree order, so the scan can start there and mark
 * what the reader sees first; null when the page is scrolled to the top (tree order already starts there).
 * `evenAtTop`: probe anyway (after a scroll). A few caret probes, not an IntersectionObserver on every
 * block: the probes cost one layout, which the page needs anyway to paint, while observing tens of
 * thousands of blocks would cost every frame.
 */
export function viewportStart({
  doc,
  evenAtTop = false,
}: {
  doc: Document;
  evenAtTop?: boolean;
}): Node | null {
  const win = doc.defaultView;
  const root = doc.documentElement;
  if (!win || !root || (!evenAtTop && (win.scrollY ?? 0) < win.innerHeight / 2)) return null;
  let earliest: Node | null = null;
  for (const [fx, fy] of PROBE_POINTS) {
    const caret = caretFromPoint({ doc, x: win.innerWidth * fx, y: win.innerHeight * fy });
    if (!caret || caret.node.getRootNode() !== doc || isPinned(caret.node)) continue;
    if (!earliest || caret.node.compareDocumentPosition(earliest) & Node.DOCUMENT_POSITION_FOLLOWING) {
      earliest = caret.node;
    }
  }
  if (!earliest) return null;
  const block = runContainer(earliest);
  if (!block || block === root || isInSkippedSubtree(block)) return null;
  return block;
}
