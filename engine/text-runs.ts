import {
  FRAME_TAGS,
  isInlineTag,
  isSkippedByAttribute,
  SKIPPED_BY_ATTRIBUTE_SELECTOR,
  SKIPPED_TAGS,
} from './skip-rules';

/**
 * A run: text nodes that read as one line of text (no block boundary between them), so that
 * `<b>运营</b>总监` is matched as 运营总监. `text` is their data joined; `starts[i]` is where `nodes[i]` begins.
 */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** What the walker found besides text: places that need their own scan and their own observers. */
export interface RunWalkerHooks {
  /** An open shadow root (its content is walked by its own walker, not inline with the host's). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** An <iframe>/<frame> element (its document, if same-origin, is scanned on its own). */
  onFrame?: (frame: HTMLIFrameElement | HTMLFrameElement) => void;
  /** Text nodes left out of every run (only white space); they may still carry stale marks to drop. */
  onBlankNodes?: (nodes: readonly Text[]) => void;
}

export interface RunWalker {
  /** The next run with visible characters, or null when the walk is done. */
  next(): TextRun | null;
  /** False if the page removed the node the walk would go on from, so it cannot go on. */
  canResume(): boolean;
  /** True if `node` is still ahead of the walk (after where it stands, before where it stops). */
  isAhead(node: Node): boolean;
  /** Ends the walk on reaching `node` (a block boundary), which another walk will take from there. */
  stopAt(node: Node): void;
  /** Where the walk ends (undefined: at the end of `root`). */
  readonly end: Node | undefined;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

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
 * Walks the subtree of `root` in tree order and hands out runs one at a time, so callers can stop between
 * runs when their time slice is used up and carry on later. `startAt` (a block boundary inside `root`)
 * begins the walk there; `stopAt` ends it on reaching that node.
 *
 * This walk is most of what marking a big page costs, so it keeps DOM calls to a minimum (measured in
 * Chromium 156 on a 70,000-text-node page): the browser's TreeWalker moves through the tree (one call per
 * node), an element costs a `localName` and a `shadowRoot` read, a node a `parentNode` read to keep the
 * stack of open elements (leaving a block ends the run), elements skipped for an attribute are found by one
 * querySelectorAll up front, and nothing is stored per element (a Map keyed by nodes cost more than the walk).
 */
export function createRunWalker({
  root,
  hooks = {},
  startAt,
  stopAt: initialStop,
}: {
  root: Node;
  hooks?: RunWalkerHooks;
  startAt?: Node;
  stopAt?: Node;
}): RunWalker {
  const onBlankNodes = hooks.onBlankNodes;
  let stopAt = initialStop;
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
  const push = (node: Node, isBlock: boolean) => {
    top++;
    open[top] = node;
    openIsBlock[top] = isBlock;
  };
  if (startAt) {
    // Starting inside the tree: its ancestors are already open.
    const ancestors: Node[] = [];
    for (let node = startAt.parentNode; node && node !== root; node = node.parentNode) ancestors.push(node);
    for (let index = ancestors.length - 1; index >= 0; index--) {
      const node = ancestors[index] as Element;
      push(node, !isInlineTag(node.localName));
    }
    walker.currentNode = startAt;
  }
  let pending: Node | null = startAt ?? walker.nextNode();
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let blank: Text[] = [];

  function takeRun(): TextRun | null {
    if (blank.length > 0) {
      onBlankNodes?.(blank);
      blank = [];
    }
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
        if (node === stopAt) {
          pending = null;
          break;
        }
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
          } else if (onBlankNodes && data.length > 0) {
            blank.push(node as Text);
          }
          pending = walker.nextNode();
        } else if (type === ELEMENT_NODE) {
          const name = (node as Element).localName;
          if (SKIPPED_TAGS.has(name) || skippedByAttribute.has(node)) {
            if (FRAME_TAGS.has(name)) hooks.onFrame?.(node as HTMLIFrameElement);
            boundary = true;
            pending = skipSubtree();
          } else {
            const shadow = (node as Element).shadowRoot;
            if (shadow) hooks.onShadowRoot?.(shadow);
            const isBlock = !isInlineTag(name);
            if (isBlock) boundary = true;
            push(node, isBlock);
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
    canResume() {
      return pending === null || pending.isConnected === root.isConnected;
    },
    isAhead(node) {
      if (!pending || node === pending || !root.contains(node)) return false;
      if (!(pending.compareDocumentPosition(node) & FOLLOWING)) return false;
      return !stopAt || (node !== stopAt && (node.compareDocumentPosition(stopAt) & FOLLOWING) !== 0);
    },
    stopAt(node) {
      stopAt = node;
    },
    get end() {
      return stopAt;
    },
  };
}
