import type { RunBreak } from './run-boundary';
import { isInlineTag, isSkippedByAttribute, SKIPPED_BY_ATTRIBUTE_SELECTOR, SKIPPED_TAGS } from './skip-rules';

/**
 * A run: text nodes that read as one line of text (no block boundary between them), so that
 * `<b>运营</b>总监` is matched as 运营总监, while two chips side by side (`<span>产品</span><span>运营</span>`
 * in a flex row) are two runs (run-boundary.ts). `text` is their data joined; `starts[i]` is where `nodes[i]` begins.
 */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Hands out a subtree's runs one at a time, in tree order; null when the walk is done. */
export interface RunWalker {
  next(): TextRun | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4 | 0x8; // elements, text, CDATA sections

/** A character other than white space: space, \t \n \v \f \r, no-break space, ideographic space. */
const VISIBLE_CHARACTER = /[^ \t\n\v\f\r\u00a0\u3000]/;

/** True if `text` has a character other than white space (a native search: runs can hold long blank text). */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE_CHARACTER.test(text);
}

/**
 * Walks the subtree of `root` in tree order and hands out every run, one at a time. The tools read pages with
 * it (visible-text.ts); the page engine reads only the runs that may hold a word (hint-runs.ts), which are
 * exactly these runs, built from a hint node's neighbours (a unit test compares the two on the corpus).
 * `onShadowRoot` hears of each open shadow root met outside skipped content (its text is walked on its own).
 * `breaks` says which elements with an inline tag still end a run (run-boundary.ts): by default what the
 * markup declares, as the Node tools read pages; the page engine passes the browser's rendered rule.
 *
 * It keeps the stack of open elements as it goes (leaving a block ends the run): the browser's TreeWalker
 * moves through the tree, an element costs a `localName` and a `shadowRoot` read, a node a `parentNode` read,
 * and elements skipped for an attribute are found by one querySelectorAll up front.
 */
export function createRunWalker({
  root,
  onShadowRoot,
  breaks,
}: {
  root: Node;
  onShadowRoot?: (root: ShadowRoot) => void;
  breaks: RunBreak;
}): RunWalker {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  const skippedByAttribute = new Set<Node>();
  for (const element of (root as ParentNode).querySelectorAll?.(SKIPPED_BY_ATTRIBUTE_SELECTOR) ?? []) {
    if (isSkippedByAttribute(element)) skippedByAttribute.add(element);
  }
  // The open elements from `root` down to the last node visited, and whether each is a block: a stack
  // whose top is `top` (entries above it are stale; setting an array's length is slow in V8).
  const open: (Node | null)[] = [root];
  const openIsBlock: boolean[] = [true];
  let top = 0;
  let pending: Node | null = walker.nextNode();
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';

  function takeRun(): TextRun | null {
    // Only text from the first visible character on enters `nodes`, so a run here is never blank.
    if (nodes.length === 0) return null;
    const run: TextRun = { nodes, starts, text };
    nodes = [];
    starts = [];
    text = '';
    return run;
  }

  /** Moves the walker past the current node's subtree (for skipped elements). */
  function skipSubtree(): Node | null {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  return {
    next() {
      while (pending) {
        const node: Node = pending;
        // Close the elements this node is not inside; leaving a block ends the run.
        const parent = node.parentNode;
        let boundary = false;
        while (top > 0 && open[top] !== parent) {
          if (openIsBlock[top]) boundary = true;
          top--;
        }

        const type = node.nodeType;
        let finished: TextRun | null = null;
        if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
          if (boundary && nodes.length > 0) finished = takeRun();
          const data = (node as Text).data;
          // White space before the first visible character adds nothing to a run: leave it out.
          if (nodes.length > 0 || hasVisibleCharacter(data)) {
            nodes.push(node as Text);
            starts.push(text.length);
            text += data;
          }
          pending = walker.nextNode();
        } else if (type === ELEMENT_NODE) {
          const name = (node as Element).localName;
          if (SKIPPED_TAGS.has(name) || skippedByAttribute.has(node)) {
            boundary = true;
            pending = skipSubtree();
          } else {
            const shadow = (node as Element).shadowRoot;
            if (shadow) onShadowRoot?.(shadow);
            const isBlock = !isInlineTag(name) || breaks(node as Element);
            if (isBlock) boundary = true;
            top++;
            open[top] = node;
            openIsBlock[top] = isBlock;
            pending = walker.nextNode();
          }
          if (boundary && nodes.length > 0) finished = takeRun();
        } else {
          pending = walker.nextNode();
        }
        if (finished) return finished;
      }
      return takeRun();
    },
  };
}
