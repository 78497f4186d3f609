// Bundled (esbuild) and evaluated in a plain Chromium page by engine-fuzz.test.ts: builds a random tree, runs
// the real page engine with the real detector on it, changes the tree, and reports what the marks look like.

import { pageDetector } from '../../core/detector';
import type { Family } from '../../core/types';
import { HIGHLIGHT_NAME } from '../../engine/highlight-set';
import { type PageMarker, startPageMarker } from '../../engine/page-marker';

/** A random page, as the test describes it. */
export type FuzzNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; attribute: string; children: FuzzNode[]; shadow: FuzzNode[] | null }
  | { kind: 'frame'; children: FuzzNode[] };

/** One change to the page; `at`, `to` pick nodes by index (modulo), `offset` a place in a text. */
export type FuzzChange =
  | { kind: 'setText'; at: number; text: string }
  | { kind: 'appendText'; at: number; text: string }
  | { kind: 'splitText'; at: number; offset: number }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'insert'; at: number; node: FuzzNode }
  | { kind: 'attachShadow'; at: number; node: FuzzNode }
  | { kind: 'toggleHidden'; at: number };

/** What the checks found wrong (empty: nothing), and what was marked. */
export interface FuzzReport {
  problems: string[];
  marks: string[];
}

/** Text the engine must never mark: the skip rules (engine/skip-rules.ts), as far as one tree shows them. */
const SKIPPED =
  'script, style, textarea, noscript, template, [hidden], [contenteditable]:not([contenteditable="false" i])';

let marker: PageMarker | undefined;
const frames: HTMLIFrameElement[] = [];
/** The document each frame was built with (a frame moved in the page loads a new, empty one). */
const builtDocuments = new Map<HTMLIFrameElement, Document>();

/**
 * Without an IntersectionObserver the engine paints every mark at once (engine/paint-window.ts), so the
 * highlights hold all marks, not only those near the viewport, and can be checked against the mark index.
 */
function paintEverything(win: Window): void {
  (win as unknown as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
}

function build(doc: Document, parent: Node, node: FuzzNode): void {
  if (node.kind === 'text') {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  if (node.kind === 'frame') {
    const frame = doc.createElement('iframe');
    parent.appendChild(frame);
    const inner = frame.contentDocument;
    if (!inner?.body || !frame.contentWindow) return; // not attached to the page: nothing to read
    paintEverything(frame.contentWindow);
    for (const child of node.children) build(inner, inner.body, child);
    frames.push(frame);
    builtDocuments.set(frame, inner);
    return;
  }
  const element = doc.createElement(node.tag);
  // Code in a <script> never runs here, but the engine still sees a script element.
  if (node.tag === 'script') element.setAttribute('type', 'text/plain');
  if (node.attribute) {
    const [name, value = ''] = node.attribute.split('=');
    element.setAttribute(name as string, value);
  }
  parent.appendChild(element);
  for (const child of node.children) build(doc, element, child);
  if (node.shadow) attachShadow(doc, element, node.shadow);
}

function attachShadow(doc: Document, element: Element, children: FuzzNode[]): void {
  if (element.shadowRoot) return;
  let shadow: ShadowRoot;
  try {
    shadow = element.attachShadow({ mode: 'open' });
  } catch {
    return; // an element that cannot host a shadow root (a, p? no: a, li, td, script…)
  }
  for (const child of children) build(doc, shadow, child);
}

/** Every node of the page in tree order, open shadow roots and frames included (not the roots themselves). */
function allNodes(): Node[] {
  const nodes: Node[] = [];
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
      const shadow = (node as Element).shadowRoot;
      if (shadow) visit(shadow);
      const inner = node.nodeName === 'IFRAME' ? (node as HTMLIFrameElement).contentDocument?.body : null;
      if (inner) visit(inner);
    }
  };
  visit(document.body);
  return nodes;
}

function pick<T>(list: T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

/** Whether `target` is `node` or inside it, through shadow roots too. */
function holds(node: Node, target: Node): boolean {
  for (
    let at: Node | null = target;
    at;
    at = at.parentNode ?? (at.nodeType === 11 ? (at as ShadowRoot).host : null)
  ) {
    if (at === node) return true;
  }
  return false;
}

function change(step: FuzzChange): void {
  const nodes = allNodes();
  const texts = nodes.filter((node): node is Text => node.nodeType === 3);
  const elements = nodes.filter((node): node is Element => node.nodeType === 1 && node.nodeName !== 'IFRAME');
  const parents: Node[] = [document.body, ...elements];
  switch (step.kind) {
    case 'setText': {
      const text = pick(texts, step.at);
      if (text) text.data = step.text;
      break;
    }
    case 'appendText': {
      const parent = pick(parents, step.at);
      parent?.appendChild((parent.ownerDocument ?? document).createTextNode(step.text));
      break;
    }
    case 'splitText': {
      const text = pick(texts, step.at);
      if (text && text.data.length > 0) text.splitText(step.offset % (text.data.length + 1));
      break;
    }
    case 'remove':
      pick(nodes, step.at)?.parentNode?.removeChild(pick(nodes, step.at) as Node);
      break;
    case 'move': {
      const node = pick(nodes, step.at);
      const target = pick(parents, step.to);
      // Within one document only, and never into itself.
      if (node && target && node.ownerDocument === target.ownerDocument && !holds(node, target)) {
        target.appendChild(node);
      }
      break;
    }
    case 'insert': {
      const parent = pick(parents, step.at);
      if (parent && step.node.kind !== 'frame') build(parent.ownerDocument ?? document, parent, step.node);
      break;
    }
    case 'attachShadow': {
      const element = pick(elements, step.at);
      if (element && step.node.kind !== 'frame') attachShadow(element.ownerDocument, element, [step.node]);
      break;
    }
    case 'toggleHidden':
      pick(elements, step.at)?.toggleAttribute('hidden');
      break;
  }
}

function idleCount(): number {
  return performance.getEntriesByName('role-lens:idle', 'mark').length;
}

/** Position of (nodeB, offsetB) against (nodeA, offsetA): -1 before, 0 same, 1 after (same tree only). */
function compare(a: [Node, number], b: [Node, number]): number {
  const range = (a[0].ownerDocument ?? document).createRange();
  range.setStart(a[0], a[1]);
  return range.comparePoint(b[0], b[1]);
}

/** The marks as the index knows them: each shown mark's claimed text and family, in reading order. */
function claims(doc: Document): { family: Family; text: string; hasBox: boolean }[] {
  const found: { family: Family; text: string; hasBox: boolean }[] = [];
  let handle = marker?.adjacent({ from: null, direction: 1, doc }) ?? null;
  while (handle && found.length < 100_000) {
    found.push({
      family: handle.detection.family,
      text: handle.detection.text,
      hasBox: handle.bounds() !== null,
    });
    handle = marker?.adjacent({ from: handle.detection, direction: 1 }) ?? null;
  }
  return found;
}

/** Checks every mark of every document the engine reads. */
function check(): FuzzReport {
  const problems: string[] = [];
  const marks: string[] = [];
  const docs = [document, ...frames.map((frame) => frame.contentDocument).filter((doc) => doc !== null)];
  let painted = 0;
  for (const doc of docs) {
    const registry = (doc.defaultView as Window & typeof globalThis).CSS.highlights;
    const byRoot = new Map<Node, [Node, number, Node, number][]>();
    const claimed = claims(doc);
    for (const { hasBox, text } of claimed) if (!hasBox) problems.push(`the mark "${text}" has no range`);
    for (const family of ['operations', 'marketing', 'sales'] as Family[]) {
      const highlight = registry.get(HIGHLIGHT_NAME[family]);
      const texts: string[] = [];
      for (const range of (highlight ?? []) as Iterable<AbstractRange>) {
        painted++;
        const { startContainer: start, startOffset, endContainer: end, endOffset } = range;
        const where = `a ${family} mark`;
        if (start.nodeType !== 3 || end.nodeType !== 3)
          problems.push(`${where} does not start and end in text`);
        if (!start.isConnected || !end.isConnected) problems.push(`${where} lies in text the page removed`);
        if (startOffset > (start as Text).length || endOffset > (end as Text).length) {
          problems.push(`${where} has offsets ${startOffset}–${endOffset} beyond its text`);
          continue;
        }
        const live = doc.createRange();
        live.setStart(start, startOffset);
        live.setEnd(end, endOffset);
        const text = live.toString();
        if (live.collapsed || text === '') problems.push(`${where} is empty`);
        if (start.parentElement?.closest(SKIPPED)) problems.push(`"${text}" is marked in skipped content`);
        texts.push(text);
        const root = start.getRootNode();
        const list = byRoot.get(root) ?? [];
        list.push([start, startOffset, end, endOffset]);
        byRoot.set(root, list);
      }
      const claimedTexts = claimed.filter((mark) => mark.family === family).map((mark) => mark.text);
      const sorted = (list: string[]) => JSON.stringify([...list].sort());
      if (sorted(texts) !== sorted(claimedTexts)) {
        problems.push(
          `${family}: the page shows ${sorted(texts)} where the marks claim ${sorted(claimedTexts)}`,
        );
      }
      marks.push(...texts.map((text) => `${family}:${text}`));
    }
    for (const ranges of byRoot.values()) {
      for (let i = 0; i < ranges.length; i++) {
        for (let j = i + 1; j < ranges.length; j++) {
          const [aStart, aStartOffset, aEnd, aEndOffset] = ranges[i] as [Node, number, Node, number];
          const [bStart, bStartOffset, bEnd, bEndOffset] = ranges[j] as [Node, number, Node, number];
          const aBeforeBEnd = compare([aStart, aStartOffset], [bEnd, bEndOffset]) > 0;
          const bBeforeAEnd = compare([bStart, bStartOffset], [aEnd, aEndOffset]) > 0;
          if (aBeforeBEnd && bBeforeAEnd) problems.push('two marks share text: something is marked twice');
        }
      }
    }
  }
  const found = marker?.found();
  const total = found ? found.operations + found.marketing + found.sales : 0;
  // Known and left alone: when a frame leaves the page or gets a new document (moved, it loads anew), the
  // engine drops the old document's highlights but found() still counts its marks (page-marker.ts,
  // disposeScan). Only the count is off; nothing is painted or hit there.
  const frameLeft = frames.some(
    (frame) => !frame.isConnected || frame.contentDocument !== builtDocuments.get(frame),
  );
  if (frameLeft ? total < painted : total !== painted) {
    problems.push(`the engine counts ${total} marks and paints ${painted}`);
  }
  return { problems, marks: marks.sort() };
}

function start(): void {
  marker = startPageMarker({
    doc: document,
    detect: (text, context) => pageDetector.detect(text, context),
    mayHold: (text) => pageDetector.mayHold(text),
    recordSlices: true,
  });
}

const api = {
  /** Replaces the page with `tree` and starts the engine; returns the idle count before it started. */
  open(tree: FuzzNode[]): number {
    marker?.stop();
    marker = undefined;
    frames.length = 0;
    builtDocuments.clear();
    document.body.replaceChildren();
    paintEverything(window);
    for (const node of tree) build(document, document.body, node);
    const before = idleCount();
    start();
    return before;
  },
  /** Makes the changes now (while the engine may still be at work); returns the idle count before them. */
  change(steps: FuzzChange[]): number {
    const before = idleCount();
    for (const step of steps) change(step);
    // One change the engine always hears of (an empty text node marks nothing), so that it goes idle again.
    document.body.appendChild(document.createTextNode(''));
    return before;
  },
  idleCount,
  check,
  /** The marks a fresh engine gives the page as it is now (the old one stopped). */
  restart(): number {
    marker?.stop();
    const before = idleCount();
    start();
    return before;
  },
};

(globalThis as unknown as { RoleLensFuzz: typeof api }).RoleLensFuzz = api;
