import { caretFromPoint } from './caret-position';
import { runContainer } from './mutation-changes';
import { isInSkippedSubtree } from './skip-rules';

/** Where in the viewport to look for text, as fractions of its width and height. */
const PROBE_POINTS: readonly (readonly [number, number])[] = [
  [0.5, 0.1],
  [0.25, 0.3],
  [0.5, 0.5],
  [0.75, 0.7],
];

/**
 * The block where the visible part of the page begins in tree order, so the scan can start there and mark
 * what the reader sees first; null when the page is scrolled to the top (tree order already starts there).
 * A few caret probes, not an IntersectionObserver on every block: the probes cost one layout, which the
 * page needs anyway to paint, while observing tens of thousands of blocks would cost every frame.
 */
export function viewportStart({ doc }: { doc: Document }): Node | null {
  const win = doc.defaultView;
  const root = doc.documentElement;
  if (!win || !root || (win.scrollY ?? 0) < win.innerHeight / 2) return null;
  let earliest: Node | null = null;
  for (const [fx, fy] of PROBE_POINTS) {
    const caret = caretFromPoint({ doc, x: win.innerWidth * fx, y: win.innerHeight * fy });
    if (!caret || caret.node.getRootNode() !== doc) continue;
    if (!earliest || caret.node.compareDocumentPosition(earliest) & Node.DOCUMENT_POSITION_FOLLOWING) {
      earliest = caret.node;
    }
  }
  if (!earliest) return null;
  const block = runContainer(earliest);
  if (!block || block === root || isInSkippedSubtree(block)) return null;
  return block;
}
