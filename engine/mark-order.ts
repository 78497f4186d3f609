import type { Mark, MarkIndex } from './mark-index';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The marks of one document in reading order: text nodes in tree order, an open shadow root's content read
 * where its host stands (before the host's light children, which it usually slots). Read on demand (a
 * keypress, a command), never while marking: the index is keyed by node and knows no order.
 */
export function marksInOrder({
  doc,
  index,
  isShown,
}: {
  doc: Document;
  index: MarkIndex;
  isShown: (mark: Mark) => boolean;
}): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<Mark>();
  const visit = (root: Node) => {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === ELEMENT_NODE) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) visit(shadow);
      } else if (node.nodeType === TEXT_NODE && index.has(node as Text)) {
        for (const mark of index.marksIn(node as Text)) {
          // A mark over several nodes (<b>运</b><b>营</b>) is listed under each of them: take it once.
          if (seen.has(mark) || !isShown(mark)) continue;
          seen.add(mark);
          marks.push(mark);
        }
      }
    }
  };
  if (doc.documentElement) visit(doc.documentElement);
  return marks;
}

/** Where a mark starts, as a boundary point. */
function startOf(mark: Mark): [Node, number] {
  return [mark.nodes[0] as Text, mark.startOffset];
}

/**
 * The mark after (direction 1) or before (-1) `from` in `ordered`: `from` is a mark of the list, or a node
 * (the focused element: a mark inside it counts as after it), or null for the start (end) of the document.
 */
export function adjacentMark({
  ordered,
  from,
  direction,
}: {
  ordered: readonly Mark[];
  from: Mark | Node | null;
  direction: 1 | -1;
}): Mark | undefined {
  if (ordered.length === 0) return undefined;
  if (from === null) return direction === 1 ? ordered[0] : ordered[ordered.length - 1];
  if (!(from instanceof Node)) {
    const at = ordered.indexOf(from);
    return at === -1 ? undefined : ordered[at + direction];
  }
  // Marks inside `from`, or after it in the tree, are "after" it.
  const isAfter = (mark: Mark) => {
    const [node] = startOf(mark);
    if (from === node || from.contains(node)) return true;
    const position = from.compareDocumentPosition(node);
    return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  };
  if (direction === 1) return ordered.find(isAfter);
  for (let at = ordered.length - 1; at >= 0; at--) {
    const mark = ordered[at] as Mark;
    if (!isAfter(mark)) return mark;
  }
  return undefined;
}

/** The marks that share at least one character with `range` (a selection), in reading order. */
export function marksInRange(ordered: readonly Mark[], range: Range): Mark[] {
  return ordered.filter((mark) => {
    const [first, startOffset] = startOf(mark);
    const last = mark.nodes[mark.nodes.length - 1] as Text;
    try {
      // comparePoint: -1 before the range, 0 inside it (its ends included), 1 after it.
      const endsInOrAfter = range.comparePoint(last, mark.endOffset) >= 0;
      const startsInOrBefore = range.comparePoint(first, startOffset) <= 0;
      // A mark that only touches the range (ends where it starts, or starts where it ends) shares nothing.
      const touchesStart = range.startContainer === last && range.startOffset === mark.endOffset;
      const touchesEnd = range.endContainer === first && range.endOffset === startOffset;
      return endsInOrAfter && startsInOrBefore && !touchesStart && !touchesEnd;
    } catch {
      return false; // another document or a shadow tree the range cannot compare with
    }
  });
}
