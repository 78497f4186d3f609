import type { PageContext } from '../core/page-context';
import { type Detection, FAMILIES, type Family } from '../core/types';
import { AdoptedStyles } from './adopted-styles';
import { detectPiece, pieceEnd } from './detect-in-pieces';
import { HighlightSet } from './highlight-set';
import { createHintRunWalker, type HintRunWalker } from './hint-runs';
import { hitTestPage, type PageHit } from './hit-test';
import { liveRange, type Mark, MarkIndex } from './mark-index';
import { adjacentMark, marksInOrder, marksInRange } from './mark-order';
import { changesFromRecords, runContainer } from './mutation-changes';
import { createHeadingFinder, type HeadingFinder } from './nearest-heading';
import { PaintWindow } from './paint-window';
import { hasItemRole, type RunBreak, renderedBreak } from './run-boundary';
import { marksForRun, type RunMark } from './run-marks';
import { SKIP_ATTRIBUTES } from './skip-rules';
import { createSliceRecorder } from './slice-recorder';
import { createSliceScheduler } from './slice-scheduler';
import type { TextRun } from './text-runs';
import { viewportStart } from './viewport-start';

export type { PageHit } from './hit-test';

export interface PageMarkerOptions {
  doc: Document;
  /** Detections in a run's text; `context`: the document's title and the heading the run sits under. */
  detect: (text: string, context: PageContext) => Detection[];
  /**
   * False for a text that cannot hold a detection (a quick native test: hints are single characters or
   * ASCII words). Only runs with a text node it accepts are read and handed to `detect`, so most of a page
   * is passed over at the cost of reading it. Default: every text may.
   */
  mayHold?: (text: string) => boolean;
  /**
   * Work to do once before the first text is read (e.g. building the detector), in a slice of its own so
   * that it does not lengthen the first slice of reading.
   */
  prepare?: () => void;
  /** The families to mark (default: all); detections of other families are ignored. */
  families?: readonly Family[];
  /**
   * Also mark same-origin frames from this document (default true). Leave it on when the content script
   * runs in the top frame only; turn it off when a copy of the engine runs in every frame.
   */
  scanFrames?: boolean;
  /**
   * CSS with the `::highlight(role-lens-…)` rules, adopted into each scanned frame's document: a frame's
   * marks paint only with styles of its own document. Adopted sheets are not DOM nodes, so the frame's DOM
   * stays untouched.
   */
  frameStyles?: string;
  /**
   * CSS adopted into every document the engine marks, the top one included, after `frameStyles`: a look
   * that changes while the page is open (a setting), replaced in place by `setStyles`. Empty (the
   * default): no sheet is adopted.
   */
  styles?: string;
  /**
   * Where runs end besides block tags (run-boundary.ts). Default: also at inline elements the browser renders
   * as boxes of their own (chips, flex and grid items, inline-blocks), by their computed display. Benchmarks
   * and tests pass declared-display.ts's markupBreak, the rule of the Node `detect` command, to compare.
   */
  runBreak?: (view: Window | null) => RunBreak;
  /** Record each slice as a `role-lens:slice` performance measure (default: only if the page asked, see slice-recorder). */
  recordSlices?: boolean;
  /**
   * Called with each same-origin frame's document when the engine starts marking it (again after the frame
   * navigates), so the caller can follow the pointer in there too: frames do not pass their events up.
   */
  onFrameDocument?: (doc: Document) => void;
}

/** A mark the page UI can move to and point at: its detection, its document and its geometry now. */
export interface MarkHandle {
  detection: Detection;
  doc: Document;
  /** The element holding the mark's first character: the one to scroll into view. */
  element: Element | null;
  /** The mark's first line box now, in its document's viewport; null once the text has changed. */
  box(): DOMRect | null;
  /** The box around all of the mark's line boxes (a word the wrap splits over two lines), or null likewise. */
  bounds(): DOMRect | null;
}

export interface PageMarker {
  /** The mark under viewport point (x, y) of `doc` (default: the top document), or null. */
  hitTest(x: number, y: number, doc?: Document): PageHit | null;
  /**
   * The shown mark after (direction 1) or before (-1) `from` in reading order: `from` is the detection of a
   * mark (the card on screen), a node (the focused element: marks inside it count as after it), 'viewport'
   * (the first mark in or below view; the last above it) or null (the start or end of `doc`, default the top
   * document).
   */
  adjacent(options: {
    from: Detection | Node | 'viewport' | null;
    direction: 1 | -1;
    doc?: Document;
  }): MarkHandle | null;
  /** The shown marks that share text with `range` (a selection), in reading order. */
  marksInRange(range: Range): MarkHandle[];
  /** The mark behind a detection while the page still shows it (a card on screen follows it as the page moves). */
  handleOf(detection: Detection): MarkHandle | null;
  /**
   * The first `limit` detections of the top document in reading order with a term and spelling of their
   * own (each 运营总监 once): the cards a reader of this page may ask for, to get ready ahead.
   */
  distinctDetections(limit: number): Detection[];
  /** How many marks of each family the engine holds (painted or not: only those near the viewport paint). */
  found(): Record<Family, number>;
  /** Shows only these families from now on (no rescan: every family is kept, only registration changes). */
  setFamilies(families: readonly Family[]): void;
  /** Replaces the `styles` CSS in every marked document ('' removes it). */
  setStyles(css: string): void;
  /** Removes all highlights and stops observing. */
  stop(): void;
}

/** Text, nodes, and the attributes that skip a subtree: a page that unhides a "read more" gets it marked. */
const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: SKIP_ATTRIBUTES,
};

/** The element whose nearness to the viewport decides whether a run's marks paint (its block, or the host). */
function paintBox(node: Text): Element | null {
  const container = runContainer(node);
  if (!container) return null;
  return container.nodeType === 1 ? (container as Element) : ((container as ShadowRoot).host ?? null);
}

/** One document being marked: the top one or a same-origin frame's. */
interface DocumentScan {
  doc: Document;
  highlights: HighlightSet;
  paint: PaintWindow;
  observer: MutationObserver;
  seenShadowRoots: WeakSet<ShadowRoot>;
  /** Which inline elements end a run, with this document's own computed styles. */
  breaks: RunBreak;
  /** The headings runs sit under, read again after the document changes. */
  headings: HeadingFinder;
  /** The document's title as last read (null: to read again after a change). */
  title: string | null;
  /** The marks the engine holds in this document, per family (they go with it when a frame leaves). */
  found: Record<Family, number>;
}

type Task =
  | {
      kind: 'walk';
      scan: DocumentScan;
      root: Node;
      walker: HintRunWalker;
      fresh: boolean;
      /** The run being marked piece by piece, and where its next piece starts. */
      current?: { run: TextRun; from: number };
      /**
       * The heading the walk stands under: the last one it passed, else looked up for its first run
       * (undefined: not yet known; null: none).
       */
      heading?: Element | null;
    }
  | { kind: 'changes'; scan: DocumentScan; records: MutationRecord[] };

/**
 * Marks every detection in the page with CSS highlights, keeps the marks in step with the page, and finds
 * the mark under the pointer. Never changes the page's DOM.
 */
export function startPageMarker({
  doc: topDoc,
  detect,
  mayHold = () => true,
  prepare,
  families: initialFamilies = FAMILIES,
  scanFrames = true,
  frameStyles,
  styles,
  runBreak = (view) => (view ? renderedBreak(view) : hasItemRole),
  recordSlices,
  onFrameDocument,
}: PageMarkerOptions): PageMarker {
  const win = topDoc.defaultView as Window;
  const index = new MarkIndex();
  /** Detection → its mark, for the page UI, which holds detections (hit tests, cards) and asks about them. */
  const markOf = new WeakMap<Detection, Mark>();
  const scans = new Map<Document, DocumentScan>();
  const frameScans = new Map<Element, DocumentScan>();
  const frameListeners = new Map<Element, () => void>();
  const queue: Task[] = [];
  /** Roots with a rescan queued that has not started (a root whose walk starts leaves the set). */
  const unstartedRescans = new Set<Node>();
  const frameSheets = new AdoptedStyles(frameStyles);
  const liveSheets = new AdoptedStyles(styles);
  let families: readonly Family[] = initialFamilies;
  let stopped = false;

  /** The marks held in every document scanned now, per family. */
  const found = (): Record<Family, number> => {
    const total: Record<Family, number> = { operations: 0, marketing: 0, sales: 0 };
    for (const scan of scans.values()) for (const family of FAMILIES) total[family] += scan.found[family];
    return total;
  };

  const recorder = createSliceRecorder({ win, enabled: recordSlices });
  const painted = () => scans.get(topDoc)?.highlights.sizes();
  const scheduler = createSliceScheduler({
    win,
    work,
    onSlice: (timing) => recorder.slice({ ...timing, found: found(), painted: painted() }),
    onIdle: () => recorder.idle(),
    // Newly marked blocks wait for the viewport observer's report before they paint: let it run.
    letOthersFirst: () => {
      for (const scan of scans.values()) if (scan.paint.awaitingReport) return true;
      return false;
    },
  });

  /**
   * A walk over `root`. `fresh`: nothing in it was marked before (first read of a document or shadow root),
   * so the per-node lookups for old marks are skipped: on a big page that is tens of thousands of lookups.
   */
  function walkTask(
    scan: DocumentScan,
    root: Node,
    { fresh, startAt, stopAt }: { fresh: boolean; startAt?: Node; stopAt?: Node },
  ): Task {
    const task: Task & { kind: 'walk' } = {
      kind: 'walk',
      scan,
      root,
      fresh,
      walker: createHintRunWalker({
        root,
        mayHold,
        startAt,
        stopAt,
        breaks: scan.breaks,
        hooks: {
          onShadowRoot: (shadow) => addShadowRoot(scan, shadow),
          onFrame: (frame) => attachFrame(frame),
          onPassedText: fresh ? undefined : unmarkNode,
          onHeading: (heading) => {
            task.heading = heading;
          },
        },
      }),
    };
    return task;
  }

  function addShadowRoot(scan: DocumentScan, shadow: ShadowRoot): void {
    if (scan.seenShadowRoots.has(shadow)) return;
    scan.seenShadowRoots.add(shadow);
    // A document's observer does not see into shadow trees; the same observer can watch them too.
    scan.observer.observe(shadow, OBSERVE_OPTIONS);
    // Front of the queue: the shadow content is read where it sits in the page, before the walk goes on.
    queue.unshift(walkTask(scan, shadow, { fresh: true }));
  }

  function startScan(doc: Document): DocumentScan {
    const highlights = new HighlightSet({ doc });
    const scan: DocumentScan = {
      doc,
      highlights,
      paint: new PaintWindow({ doc, highlights, onPaint: () => recorder.paint(painted()) }),
      observer: new MutationObserver((records) => {
        if (stopped) return;
        scan.headings.reset();
        scan.title = null;
        queue.push({ kind: 'changes', scan, records });
        scheduler.schedule();
      }),
      seenShadowRoots: new WeakSet(),
      breaks: runBreak(doc.defaultView),
      headings: createHeadingFinder(doc),
      title: null,
      found: { operations: 0, marketing: 0, sales: 0 },
    };
    scans.set(doc, scan);
    liveSheets.adopt(doc);
    scan.highlights.show(families);
    scan.observer.observe(doc, OBSERVE_OPTIONS);
    const root = doc.documentElement;
    if (root) {
      const start = doc === topDoc ? viewportStart({ doc }) : null;
      if (start) {
        // Visible part first: from the first block in view to the end, then the top of the page.
        queue.push(
          walkTask(scan, root, { fresh: true, startAt: start }),
          walkTask(scan, root, { fresh: true, stopAt: start }),
        );
      } else {
        queue.push(walkTask(scan, root, { fresh: true }));
      }
    }
    scheduler.schedule();
    return scan;
  }

  function attachFrame(frame: Element): void {
    if (!scanFrames || stopped) return;
    if (!frameListeners.has(frame)) {
      // A frame that navigates gets a new document: scan that one instead.
      const onLoad = () => startFrame(frame);
      frame.addEventListener('load', onLoad);
      frameListeners.set(frame, onLoad);
    }
    startFrame(frame);
  }

  function startFrame(frame: Element): void {
    if (stopped) return;
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument; // null when cross-origin
    } catch {
      doc = null;
    }
    const previous = frameScans.get(frame);
    if (previous && previous.doc === doc) return;
    if (previous) disposeScan(previous);
    frameScans.delete(frame);
    if (!doc || scans.has(doc)) return;
    frameSheets.adopt(doc); // before startScan adopts the live styles: those come later in the cascade
    const scan = startScan(doc);
    frameScans.set(frame, scan);
    onFrameDocument?.(doc);
  }

  function disposeScan(scan: DocumentScan): void {
    scan.observer.disconnect();
    scan.paint.clear();
    scan.highlights.clear();
    frameSheets.drop(scan.doc);
    liveSheets.drop(scan.doc);
    scans.delete(scan.doc);
    for (let position = queue.length - 1; position >= 0; position--) {
      const task = queue[position];
      if (task?.scan !== scan) continue;
      if (task.kind === 'walk') unstartedRescans.delete(task.root);
      queue.splice(position, 1);
    }
  }

  /** The page context of a run: its document's title and the heading the walk that found it stands under. */
  function contextOf(task: Task & { kind: 'walk' }, run: TextRun): PageContext {
    const { scan } = task;
    scan.title ??= scan.doc.title.replace(/\s+/g, ' ').trim();
    if (task.heading === undefined) task.heading = scan.headings.headingBefore(run.nodes[0] as Text);
    const heading = task.heading && scan.headings.textOf(task.heading);
    return { ...(scan.title ? { title: scan.title } : {}), ...(heading ? { heading } : {}) };
  }

  function unmarkNode(node: Text): void {
    if (!index.has(node)) return;
    for (const mark of index.takeMarksOf(node)) unpaint(mark);
  }

  function unmarkNodes(nodes: readonly Text[]): void {
    for (const node of nodes) unmarkNode(node);
  }

  function unpaint(mark: Mark): void {
    const scan = scans.get(mark.doc);
    if (!scan) return; // its document's scan ended: its counts went with it
    scan.found[mark.detection.family]--;
    scan.paint.delete(mark);
  }

  /** Marks the next piece of the task's current run; returns false when the run is done. */
  function markPiece(task: Task & { kind: 'walk'; current: { run: TextRun; from: number } }): boolean {
    const { scan, current } = task;
    const { run, from } = current;
    const to = pieceEnd(run.text, from);
    recorder.lap();
    const context = contextOf(task, run);
    const detections = detectPiece({ detect: (text) => detect(text, context), text: run.text, from, to });
    recorder.lap('detect');
    if (detections.length > 0) {
      const box = paintBox(run.nodes[0] as Text);
      const marks = marksForRun({ run, detections, doc: scan.doc, box });
      for (let position = 0; position < marks.length; position++) {
        const { mark, pieces } = marks[position] as RunMark;
        index.add({ mark, pieces });
        markOf.set(mark.detection, mark);
        scan.found[mark.detection.family]++;
        scan.paint.add(mark);
      }
    }
    recorder.lap('mark');
    current.from = to;
    return to < run.text.length;
  }

  /** Drops the marks (and frames, shadow roots) inside a subtree that left the page. */
  function forgetSubtree(scan: DocumentScan, node: Node): void {
    if (node.nodeType === 3) {
      unmarkNodes([node as Text]);
      return;
    }
    const walker = scan.doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let current: Node | null = walker.currentNode; current; current = walker.nextNode()) {
      if (current.nodeType === 3) {
        unmarkNodes([current as Text]);
        continue;
      }
      const frameScan = frameScans.get(current as Element);
      if (frameScan) {
        disposeScan(frameScan);
        frameScans.delete(current as Element);
      }
      const shadow = (current as Element).shadowRoot;
      if (shadow && scan.seenShadowRoots.has(shadow)) {
        // Read again if the host comes back.
        scan.seenShadowRoots.delete(shadow);
        forgetSubtree(scan, shadow);
      }
    }
  }

  function applyChanges(scan: DocumentScan, records: MutationRecord[]): void {
    const changes = changesFromRecords(records);
    for (const node of changes.removed) forgetSubtree(scan, node);
    for (const frame of changes.frames) attachFrame(frame);
    for (const root of changes.rescan) {
      const shadow = (root as Element).shadowRoot;
      if (shadow) addShadowRoot(scan, shadow);
      // A page that changes one block many times between two slices (a ticking counter, a live log) asks
      // for the same rescan each time: one that has not started yet will read the block as it is then.
      if (unstartedRescans.has(root)) continue;
      unstartedRescans.add(root);
      queue.push(walkTask(scan, root, { fresh: false }));
    }
  }

  // The page scrolled (an anchor, a restored position, the reader) while parts of it are still unread:
  // the next slice reads from the new viewport on. A flag only: scroll handlers must stay cheap.
  let viewportMoved = false;
  const onScroll = () => {
    viewportMoved = true;
  };
  // Capture (`true`): scrolls of inner scrollers too. Scroll events cannot be cancelled, so they never
  // wait for a listener: nothing to mark passive.
  win.addEventListener('scroll', onScroll, true);

  /** Moves the unread part of the page that is now in view to the front of the queue. */
  function followViewport(): void {
    const scan = scans.get(topDoc);
    const start = scan && viewportStart({ doc: topDoc, evenAtTop: true });
    if (!scan || !start) return;
    const task = queue.find(
      (candidate) => candidate.kind === 'walk' && candidate.scan === scan && candidate.walker.isAhead(start),
    );
    if (task?.kind !== 'walk') return;
    const rest = walkTask(scan, task.root, { fresh: task.fresh, startAt: start, stopAt: task.walker.end });
    task.walker.stopAt(start);
    queue.unshift(rest);
  }

  let prepared = !prepare;

  /** Does the queued work until `deadline`; true if some is left. */
  function work(deadline: number): boolean {
    if (!prepared) {
      prepared = true;
      prepare?.();
      return true;
    }
    const performance = win.performance;
    const timeUp = () => performance.now() >= deadline;
    if (viewportMoved) {
      viewportMoved = false;
      followViewport();
    }
    while (queue.length > 0) {
      const task = queue[0] as Task;
      if (task.kind === 'changes') {
        queue.shift();
        applyChanges(task.scan, task.records);
      } else {
        unstartedRescans.delete(task.root);
        if (!task.walker.canResume()) {
          // The page removed the node the walk stood on: read the whole root again (marks are replaced).
          queue[0] = walkTask(task.scan, task.root, { fresh: false });
          continue;
        }
        for (;;) {
          if (!task.current) {
            const run = task.walker.next(timeUp);
            if (run === undefined) break; // time is up in a stretch without hints
            if (run === null) {
              const done = queue.indexOf(task);
              if (done >= 0) queue.splice(done, 1);
              break;
            }
            // Marks from an earlier read of these nodes go first: nothing is marked twice.
            if (!task.fresh) unmarkNodes(run.nodes);
            task.current = { run, from: 0 };
          }
          if (!markPiece(task as Task & { kind: 'walk'; current: { run: TextRun; from: number } })) {
            task.current = undefined;
          }
          // A shadow root met during this run jumped the queue: continue there.
          if (queue[0] !== task || performance.now() >= deadline) break;
        }
      }
      if (performance.now() >= deadline) return queue.length > 0;
    }
    return false;
  }

  function hitTest(x: number, y: number, doc: Document = topDoc): PageHit | null {
    if (stopped || !scans.has(doc)) return null;
    return hitTestPage({
      doc,
      x,
      y,
      index,
      isShown: (family) => families.includes(family),
      frameDocument: (element) => frameScans.get(element)?.doc,
    });
  }

  const isShownMark = (mark: Mark) => families.includes(mark.detection.family);

  /** Whether the index still holds `mark` (its text may have changed since it was handed out). */
  function isLive(mark: Mark): boolean {
    return index.marksIn(mark.nodes[0] as Text).includes(mark);
  }

  function adjacent({
    from,
    direction,
    doc,
  }: {
    from: Detection | Node | 'viewport' | null;
    direction: 1 | -1;
    doc?: Document;
  }): MarkHandle | null {
    const fromMark = from && from !== 'viewport' && !(from instanceof Node) ? markOf.get(from) : undefined;
    const inDoc = fromMark?.doc ?? (from instanceof Node ? from.ownerDocument : null) ?? doc ?? topDoc;
    if (stopped || !scans.has(inDoc)) return null;
    const ordered = marksInOrder({ doc: inDoc, index, isShown: isShownMark });
    if (from === 'viewport') {
      // Reads layout, a mark at a time, only up to the first in view.
      const inView = ordered.findIndex((mark) => (handle(mark).box()?.bottom ?? -1) >= 0);
      const at = direction === 1 ? inView : (inView === -1 ? ordered.length : inView) - 1;
      const mark = ordered[at];
      return mark ? handle(mark) : null;
    }
    const start = from === null ? null : (fromMark ?? (from instanceof Node ? from : null));
    if (from !== null && start === null) return null; // a detection the page no longer holds
    const next = adjacentMark({ ordered, from: start, direction });
    return next ? handle(next) : null;
  }

  startScan(topDoc);

  return {
    hitTest,
    adjacent,
    marksInRange(range) {
      const doc = range.startContainer.ownerDocument ?? topDoc;
      if (stopped || !scans.has(doc)) return [];
      return marksInRange(marksInOrder({ doc, index, isShown: isShownMark }), range).map(handle);
    },
    handleOf(detection) {
      const mark = markOf.get(detection);
      return mark && isLive(mark) ? handle(mark) : null;
    },
    distinctDetections(limit) {
      if (stopped) return [];
      const seen = new Set<string>();
      const distinct: Detection[] = [];
      for (const mark of marksInOrder({ doc: topDoc, index, isShown: isShownMark })) {
        const { term, text } = mark.detection;
        const key = `${term}\n${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        distinct.push(mark.detection);
        if (distinct.length >= limit) break;
      }
      return distinct;
    },
    found,
    setFamilies(next) {
      families = [...next];
      for (const scan of scans.values()) scan.highlights.show(families);
    },
    setStyles(css) {
      liveSheets.set(css);
    },
    stop() {
      stopped = true;
      scheduler.stop();
      win.removeEventListener('scroll', onScroll, true);
      queue.length = 0;
      unstartedRescans.clear();
      for (const scan of [...scans.values()]) disposeScan(scan);
      for (const [frame, onLoad] of frameListeners) frame.removeEventListener('load', onLoad);
      frameListeners.clear();
      frameScans.clear();
    },
  };
}

function handle(mark: Mark): MarkHandle {
  const range = () => liveRange(mark);
  return {
    detection: mark.detection,
    doc: mark.doc,
    element: (mark.nodes[0] as Text).parentElement,
    box: () => range()?.getClientRects()[0] ?? null,
    bounds: () => range()?.getBoundingClientRect() ?? null,
  };
}
