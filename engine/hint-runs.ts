import { isHeadingName } from './nearest-heading';
import { runAround } from './run-around';
import type { RunBreak } from './run-boundary';
import { SKIPPED_BY_ATTRIBUTE_ONLY_SELECTOR, SKIPPED_SELECTOR, SKIPPED_TAGS } from './skip-rules';
import type { TextRun } from './text-runs';

/** What the walk meets besides runs: places that need their own scan, and text it passes by. */
export interface HintWalkerHooks {
  /** An open shadow root outside skipped content (its text is walked on its own, not inline with the host's). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** An <iframe>/<frame> outside skipped content (its document, if same-origin, is scanned on its own). */
  onFrame?: (frame: HTMLIFrameElement | HTMLFrameElement) => void;
  /** A text node the walk passed without handing out its run: it may still carry marks from before. */
  onPassedText?: (node: Text) => void;
  /** A heading (h1–h6) the walk passed: the text after it sits under it (engine/nearest-heading.ts). */
  onHeading?: (heading: Element) => void;
}

/** A walk over a subtree that can stop between nodes when its time is up (see createHintRunWalker). */
export interface HintRunWalker {
  /**
   * The next run that may hold a word; null when the walk is done; undefined when `timeUp` said so first
   * (asked every PAUSE_CHECK_NODES nodes: a long stretch of text without hints is a long walk too).
   */
  next(timeUp?: () => boolean): TextRun | null | undefined;
  /** False if the page removed the node the walk would go on from, so it cannot go on. */
  canResume(): boolean;
  /** True if `node` is still ahead of the walk (after where it stands, before where it stops). */
  isAhead(node: Node): boolean;
  /** Ends the walk on reaching `node` (a block boundary), which another walk will take from there. */
  stopAt(node: Node): void;
  /** Where the walk ends (undefined: at the end of `root`). */
  readonly end: Node | undefined;
}

/** Nodes walked between two looks at the clock. */
const PAUSE_CHECK_NODES = 256;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4 | 0x8; // elements, text, CDATA sections
/** Longest run of letters kept from each side when a word may be split by a tag (Mar<b>keting</b>). */
const SPLIT_WORD_REACH = 24;

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** The letters `text` ends with (at most SPLIT_WORD_REACH) followed by the letters `next` starts with. */
function wordAcross(text: string, next: string): string {
  let from = text.length;
  while (from > 0 && text.length - from < SPLIT_WORD_REACH && isAsciiLetter(text.charCodeAt(from - 1)))
    from--;
  let to = 0;
  while (to < next.length && to < SPLIT_WORD_REACH && isAsciiLetter(next.charCodeAt(to))) to++;
  return text.slice(from) + next.slice(0, to);
}

/**
 * Walks the subtree of `root` in tree order like text-runs.ts does, but hands out only the runs that may hold a
 * detection: those with a text node `mayHold` accepts. Most of a page holds none of the words, so the walk
 * reads each text node once with one native test and builds a run (from the node's neighbours) only where
 * a word may be. The runs it hands out are exactly the full walk's runs, so detections are the same.
 *
 * `mayHold` must accept every text that holds a detection's text; its hints are single characters or ASCII
 * words. A word split by tags (Mar<b>keting</b>) is caught by testing the letters on both sides of the cut.
 * `startAt` (a block boundary inside `root`) begins the walk there; `stopAt` ends it on reaching that node.
 * `breaks` is the rule for inline elements that still end a run (run-boundary.ts), the
 * same the full walk is given: the page engine passes the browser's rendered rule, read only in runAround,
 * so only inline elements beside a hint node cost a style read.
 */
export function createHintRunWalker({
  root,
  mayHold,
  hooks = {},
  startAt,
  stopAt: initialStop,
  breaks,
}: {
  root: Node;
  mayHold: (text: string) => boolean;
  hooks?: HintWalkerHooks;
  startAt?: Node;
  stopAt?: Node;
  breaks: RunBreak;
}): HintRunWalker {
  const { onShadowRoot, onFrame, onPassedText, onHeading } = hooks;
  let stopAt = initialStop;
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  if (startAt) walker.currentNode = startAt;
  let pending: Node | null = startAt ?? walker.nextNode();
  /** The nodes of the run handed out last that lie ahead of the walk: passed over, not read again. */
  let covered: Set<Node> | null = null;
  let previousText = '';
  let framesFound = !onFrame;

  function findFrames(): void {
    framesFound = true;
    // A document without child frames (most pages: its window's frame count is 0) needs no query at all.
    if (doc.defaultView?.length === 0) return;
    // Frames are rare: one native query, not a look at every element the walk passes.
    for (const frame of (root as ParentNode).querySelectorAll?.('iframe, frame') ?? []) {
      if (!frame.parentElement?.closest(SKIPPED_SELECTOR)) onFrame?.(frame as HTMLIFrameElement);
    }
  }

  /**
   * Moves the walker past the subtree of the node it stands on (a skipped element): its text is never read,
   * and a script or style can hold more text than the page shows. False if the walk ended there.
   */
  function skipSubtree(skipped: Node): boolean {
    // The node where this walk hands over to another may lie inside: then this walk ends here.
    if (stopAt && skipped.contains(stopAt)) return false;
    for (;;) {
      pending = walker.nextSibling();
      if (pending) return true;
      if (!walker.parentNode()) return false;
    }
  }

  function next(timeUp?: () => boolean): TextRun | null | undefined {
    if (!framesFound) findFrames();
    let untilCheck = PAUSE_CHECK_NODES;
    while (pending) {
      if (--untilCheck === 0) {
        if (timeUp?.()) return undefined;
        untilCheck = PAUSE_CHECK_NODES;
      }
      const node: Node = pending;
      if (node === stopAt) {
        pending = null;
        break;
      }
      // Elements have a localName, text and CDATA nodes none: one read tells them apart (the walk shows no
      // other kind), and a DOM call saved per node is measurable on a page of 100,000 nodes.
      const name = (node as Element).localName;
      if (name !== undefined) {
        if (SKIPPED_TAGS.has(name)) {
          if (!skipSubtree(node)) pending = null;
          continue;
        }
        pending = walker.nextNode();
        if (onHeading && isHeadingName(name)) onHeading(node as Element);
        // All the walk needs of any other element is whether it hosts a shadow root (read unless the host is
        // hidden or editable: skipped tags were walked around, as for text below).
        const shadow = (node as Element).shadowRoot;
        if (shadow && onShadowRoot && !(node as Element).closest(SKIPPED_BY_ATTRIBUTE_ONLY_SELECTOR)) {
          onShadowRoot(shadow);
        }
        continue;
      }
      pending = walker.nextNode();
      if (covered) {
        if (covered.has(node)) continue;
        covered = null;
      }
      onPassedText?.(node as Text);
      const data = (node as Text).data;
      const candidate =
        mayHold(data) ||
        (previousText.length > 0 &&
          data.length > 0 &&
          isAsciiLetter(data.charCodeAt(0)) &&
          isAsciiLetter(previousText.charCodeAt(previousText.length - 1)) &&
          mayHold(wordAcross(previousText, data)));
      previousText = data;
      if (!candidate) continue;
      // Skipped tags were walked around; an element hidden or editable (attributes) may still hold it.
      const parent = node.parentNode as Node | null;
      if (parent?.nodeType === 1 && (parent as Element).closest(SKIPPED_BY_ATTRIBUTE_ONLY_SELECTOR)) continue;
      const run = runAround(node as Text, root, breaks);
      if (run.nodes[run.nodes.length - 1] !== node) covered = new Set(run.nodes);
      return run;
    }
    return null;
  }

  return {
    next,
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
