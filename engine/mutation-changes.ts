import { isInlineElement, isInSkippedSubtree, isSkippedElement, UI_HOST_TAG } from './skip-rules';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What a batch of mutation records asks of the engine. */
export interface PageChanges {
  /** Subtrees whose runs must be read again (block elements or shadow roots); none inside another. */
  rescan: Node[];
  /** Nodes that left the page or are skipped now (hidden, editable): their marks go. */
  removed: Node[];
  /** Frames that arrived: their documents get scanned. */
  frames: Element[];
}

/**
 * A subtree that holds every run `node` takes part in: its nearest ancestor with a block tag (or the
 * shadow root / document element when there is none). Inline neighbours join runs, blocks do not.
 * Tags only, no style read: an inline element rendered as a box of its own (a chip, a flex item) ends runs
 * too (run-boundary.ts), but styles only ever split runs, never join them across a block tag, so the nearest
 * block tag still holds every run of `node`; reading a chip's whole row again costs less than a style read
 * per mutation record. The same holds for the block whose nearness to the viewport paints a run's marks.
 */
export function runContainer(node: Node): Node | null {
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (current) {
    if (current.nodeType === ELEMENT_NODE) {
      if (!isInlineElement(current as Element)) return current;
    } else if (current.nodeType === 11 /* shadow root or fragment */) {
      return current;
    } else if (current.nodeType === 9 /* document */) {
      return (current as Document).documentElement;
    }
    current = current.parentNode;
  }
  return null;
}

function isInlineContent(node: Node): boolean {
  return node.nodeType === TEXT_NODE || (node.nodeType === ELEMENT_NODE && isInlineElement(node as Element));
}

/**
 * Reads mutation records into work: what to scan again, which marks to drop. Work follows what changed:
 * an appended block card is scanned alone, text typed into a paragraph rescans that paragraph only, a
 * "read more" block that loses `hidden` is read then.
 */
export function changesFromRecords(records: readonly MutationRecord[]): PageChanges {
  const dirty = new Set<Node>();
  const removed: Node[] = [];
  const frames: Element[] = [];
  const addDirty = (node: Node | null) => {
    if (node) dirty.add(node);
  };
  for (const record of records) {
    if (record.type === 'characterData') {
      addDirty(runContainer(record.target));
      continue;
    }
    if (record.type === 'attributes') {
      // `hidden` or `contenteditable` (the only attributes observed) came or went: the subtree is read
      // again, with the runs around it (a hidden inline element ends a run). Skipped now, its marks go:
      // a rescan never reads a skipped subtree.
      const element = record.target as Element;
      if (isInSkippedSubtree(element)) removed.push(element);
      addDirty(runContainer(element));
      continue;
    }
    if (record.type !== 'childList') continue;
    let touchesRun = false;
    for (const node of record.addedNodes) {
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === UI_HOST_TAG) continue;
        if (element.localName === 'iframe' || element.localName === 'frame') frames.push(element);
        if (isSkippedElement(element)) continue;
      }
      if (isInlineContent(node)) touchesRun = true;
      else addDirty(node);
    }
    for (const node of record.removedNodes) {
      if (node.nodeType === ELEMENT_NODE && (node as Element).localName === UI_HOST_TAG) continue;
      // A moved node is still connected: its new place comes as an added node, read again there. Moved into
      // skipped content (a <script>, a hidden subtree), nothing reads it again: its marks go now.
      if (!node.isConnected || isInSkippedSubtree(node)) removed.push(node);
      if (isInlineContent(node)) touchesRun = true;
    }
    // Text or inline content came or went: the runs around it changed. A block that came or went between
    // two inline neighbours splits or joins their run, so that run is read again too.
    const before = record.previousSibling;
    const after = record.nextSibling;
    if (touchesRun || (before && after && isInlineContent(before) && isInlineContent(after))) {
      addDirty(runContainer(record.target));
    }
  }
  return { rescan: outermost(dirty), removed, frames };
}

/** Drops nodes that are inside another node of the set, that left the page, or whose text is never read. */
function outermost(nodes: Set<Node>): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected || isInSkippedSubtree(node)) continue;
    let ancestor = node.parentNode;
    let covered = false;
    while (ancestor) {
      if (nodes.has(ancestor)) {
        covered = true;
        break;
      }
      ancestor = ancestor.parentNode;
    }
    if (!covered) result.push(node);
  }
  return result;
}
