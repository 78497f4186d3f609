import type { TooltipProps } from '../components/Tooltip';
import type { Settings } from '../core/settings';
import { TEXT_SIZE_RANGE } from '../core/settings';
import { type Detection, FAMILIES, FAMILY_LABEL } from '../core/types';
import type { MarkHandle, PageHit, PageMarker } from '../engine/page-marker';
import { isEditable, isInteractive, keyOf } from './keys';
import { DWELL_MS, PointerIntent } from './pointer-intent';
import type { TooltipHost } from './tooltip-host';

/** The engine's answer to "what mark is under this point?": its detection and box (engine/hit-test.ts). */
export type HoverTarget = Pick<PageHit, 'detection' | 'rect'>;

/** Grace period so the pointer can travel from a mark into the card (to read or copy) without it closing. */
export const HIDE_DELAY_MS = 250;
/**
 * The page's titles whose cards are fetched ahead, in reading order (more than a screen of a job list holds),
 * and how many of those are drawn ahead too (within TooltipHost's KEPT_CARDS).
 */
const PRELOADED_CARDS = 60;
const PREDRAWN_CARDS = 16;
/** The longest selection read for a term when it holds no mark (a paragraph, not a page). */
const MAX_SELECTION_CHARS = 2000;

/** What the controller needs of the page engine: the mark under a point, and marks in reading order. */
export type MarkSource = Pick<
  PageMarker,
  'hitTest' | 'adjacent' | 'marksInRange' | 'handleOf' | 'distinctDetections'
>;

export interface CardControllerOptions {
  win: Window;
  host: TooltipHost;
  marks: MarkSource;
  /** The card for a detection: at once when it is at hand, else when the extension answers. */
  describe: (detection: Detection) => TooltipProps | Promise<TooltipProps | undefined> | undefined;
  /** Gets the cards of these detections ready ahead (in one request), so hovering them waits for nothing. */
  preload: (detections: Detection[]) => Promise<void>;
  /** What a pinned card says when the selection it was asked about holds no term. */
  describeNothing: () => Promise<TooltipProps>;
  /** Finds terms in text that holds no mark (a selection in a form field, say). */
  detect: (text: string) => Detection[];
  /** The settings now (what opens a card, the text size). */
  settings: () => Pick<Settings, 'trigger' | 'textSize'>;
}

/** A pointer position in the viewport of `doc` (the top document or a same-origin frame's). */
interface Point {
  x: number;
  y: number;
  doc: Document;
}

/** The card on screen, or on its way: for which detection, against which box of the top viewport. */
interface Showing {
  detection: Detection;
  rect: DOMRect;
  doc: Document;
  /** Shown because the pointer rests on it (follows the pointer) or pinned (stays until Esc or a click outside). */
  pinned: boolean;
}

/**
 * Opens cards on intent and keeps them where the reader wants them. Pointer: a card opens when the pointer
 * rests on a mark (never while it sweeps across marks, while a button is held, or, with a hold key chosen,
 * without that key), and closes a moment after it leaves; Esc closes it until the pointer leaves that mark.
 * Pin: a click on a mark (outside links and buttons), or P while a card is open, pins it: it takes focus,
 * stays until Esc or a click outside, and N/B (or →/←) move it to the next or previous mark. The extension's
 * command explains the selection, or the next mark after the focus. Cards are drawn in the top window, where
 * they have the whole viewport; marks inside frames are mapped there.
 */
export class CardController {
  private readonly abort = new AbortController();
  private readonly intent = new PointerIntent();
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private showing: Showing | undefined;
  /**
   * A mark whose card is on its way from the extension: shown when it arrives, if still wanted, and pinned
   * if any of those who asked for it (a hover, then a click) wanted it pinned.
   */
  private waiting: { detection: Detection; pin: boolean } | undefined;
  /** A mark whose card the reader closed with Esc: it stays closed until the pointer leaves it. */
  private dismissed: Detection | undefined;
  /** Where the pointer last moved, and whether the hold key was down then. */
  private lastPoint: (Point & { held: boolean }) | undefined;
  private prepared = false;
  private scrollFrame = 0;

  constructor(private readonly options: CardControllerOptions) {
    this.follow(options.win);
  }

  /** Follows the pointer and keys inside a same-origin frame's document as well. */
  watchFrame(doc: Document): void {
    if (doc.defaultView) this.follow(doc.defaultView);
  }

  /** Settings changed what cards show: draw the one on screen again for the same mark. */
  refresh(): void {
    this.prepared = false; // the prepared cards were drawn for the old settings
    this.options.host.forget();
    const showing = this.showing;
    if (showing)
      void this.show(showing.detection, showing.rect, showing.doc, { pin: showing.pinned, redraw: true });
  }

  /** The extension's command: explain the selection, or the next mark after the focus (or in view). */
  explain(): void {
    const { win, marks } = this.options;
    const selection = win.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      const [marked] = marks.marksInRange(range);
      if (marked) {
        this.showHandle(marked, { pin: true });
        return;
      }
      const anchor = range.getBoundingClientRect();
      const [detection] = this.options.detect(selection.toString().slice(0, MAX_SELECTION_CHARS));
      if (detection) void this.show(detection, anchor, win.document, { pin: true });
      else
        void this.options
          .describeNothing()
          .then((props) => this.showProps(props, 'nothing', anchor, win.document, { pin: true }));
      return;
    }
    const focused = deepActiveElement(win.document);
    const from =
      focused && focused !== win.document.body && !this.options.host.contains(focused) ? focused : 'viewport';
    this.step(1, from);
  }

  stop(): void {
    this.abort.abort();
    this.cancelHide();
    clearTimeout(this.dwellTimer);
    cancelAnimationFrame(this.scrollFrame);
    this.options.host.hide();
  }

  private follow(win: Window): void {
    const listen = { capture: true, signal: this.abort.signal };
    const passive = { ...listen, passive: true };
    win.addEventListener('pointermove', (event) => this.onPointerMove(event, win.document), passive);
    win.addEventListener('pointerdown', (event) => this.onPointerDown(event), passive);
    win.addEventListener('click', (event) => this.onClick(event, win.document), passive);
    win.addEventListener('scroll', () => this.onScroll(), passive);
    // Not passive: a key the card acts on (P, N, B) is the card's, not the page's too.
    win.addEventListener('keydown', (event) => this.onKeyDown(event), listen);
    if (win === this.options.win)
      win.addEventListener('blur', () => !this.isPinned() && this.hideNow(), passive);
  }

  private isPinned(): boolean {
    return !!this.showing?.pinned && this.options.host.isPinned;
  }

  private onPointerMove(event: PointerEvent, doc: Document): void {
    if (event.pointerType === 'touch') return;
    const { host } = this.options;
    if (host.contains(event.target as Node)) {
      this.cancelHide(); // reading the card: keep it
      return;
    }
    this.intent.note(event.clientX, event.clientY, event.timeStamp);
    this.lastPoint = {
      x: event.clientX,
      y: event.clientY,
      doc,
      held: heldKey(event, this.options.settings().trigger),
    };
    if (!this.prepared) {
      // A pointer on the page: a hover may follow. Get the cards of the three family words ready while the
      // page is idle, one per idle period.
      this.prepared = true;
      // Found by the page's own detector, so they name their terms as the marks do.
      this.prepare(FAMILIES.flatMap((family) => this.options.detect(FAMILY_LABEL[family]).slice(0, 1)));
    }
    if (this.isPinned()) return; // a pinned card stays put; the pointer is free to roam
    if (event.buttons !== 0) {
      // A button is down: the reader is selecting or dragging, not asking.
      this.waiting = undefined;
      if (host.isVisible) this.hideNow();
      return;
    }
    this.update(this.lastPoint);
  }

  /**
   * Gets cards ready while the page is idle, one per idle period: first the three family words' (their data
   * comes with the card's code warm-up), then, once the page's own titles' data has come in one request, the
   * first of those drawn too, so that hovering them only puts a card back.
   */
  private prepare(detections: Detection[], { thenPage = true } = {}): void {
    requestIdleCallback(() => {
      if (this.abort.signal.aborted) return;
      const detection = detections.shift();
      if (!detection) {
        if (!thenPage) return;
        const titles = this.options.marks.distinctDetections(PRELOADED_CARDS);
        void this.options
          .preload(titles)
          .then(() => this.prepare(titles.slice(0, PREDRAWN_CARDS), { thenPage: false }));
        return;
      }
      void Promise.resolve(this.options.describe(detection)).then((props) => {
        const element = this.options.marks.handleOf(detection)?.element ?? null;
        if (props && !this.abort.signal.aborted)
          this.options.host.prepare({
            key: keyOfDetection(detection),
            props,
            textSize: this.textSizeAt(element),
          });
        this.prepare(detections, { thenPage });
      });
    });
  }

  /** What the pointer at `point` asks for: a card for the mark under it, or none. */
  private update(point: Point & { held: boolean }, { rested = false } = {}): void {
    const hit = this.options.marks.hitTest(point.x, point.y, point.doc);
    clearTimeout(this.dwellTimer);
    if (!hit) {
      this.waiting = undefined;
      this.dismissed = undefined;
      this.scheduleHide();
      return;
    }
    if (this.dismissed && sameDetection(this.dismissed, hit.detection)) return; // closed with Esc: stays closed
    this.dismissed = undefined;
    if (this.showing && sameDetection(this.showing.detection, hit.detection)) {
      this.cancelHide();
      return;
    }
    if (this.waiting && sameDetection(this.waiting.detection, hit.detection)) return;
    const { trigger } = this.options.settings();
    if (trigger === 'click' || (trigger !== 'hover' && !point.held)) {
      this.scheduleHide(); // another mark, not asked for: let the old card go
      return;
    }
    if (!rested && this.intent.isSweeping()) {
      // Passing over: ask again once the pointer has rested (no move comes when it stops dead on a mark).
      this.scheduleHide();
      this.dwellTimer = setTimeout(() => {
        if (this.lastPoint === point) this.update(point, { rested: true });
      }, DWELL_MS);
      return;
    }
    this.cancelHide();
    const topRect = toTopViewport(this.wordBox(hit), point.doc, this.options.win);
    if (topRect) void this.show(hit.detection, topRect, point.doc, { pin: false });
  }

  private onPointerDown(event: PointerEvent): void {
    // A click outside a pinned card lets it go, focus staying where the reader clicked.
    if (this.isPinned() && !this.options.host.contains(event.composedPath()[0] as Node))
      this.hideNow({ restoreFocus: false });
  }

  private onClick(event: MouseEvent, doc: Document): void {
    const { host, marks, win } = this.options;
    const target = event.composedPath()[0] as Element | null;
    if (host.contains(target) || event.button !== 0) return;
    // A click that ends a text selection, or follows a link or presses a button, is the page's.
    const selection = doc.getSelection();
    if ((selection && !selection.isCollapsed) || isInteractive(target)) return;
    const hit = marks.hitTest(event.clientX, event.clientY, doc);
    if (!hit) return;
    const topRect = toTopViewport(this.wordBox(hit), doc, win);
    if (topRect) void this.show(hit.detection, topRect, doc, { pin: true });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const { host } = this.options;
    const key = keyOf(event);
    const inCard = event.composedPath().some((node) => node instanceof Node && host.contains(node));
    if (key === 'Escape') {
      if (!host.isVisible) return;
      if (!this.isPinned()) this.dismissed = this.showing?.detection;
      this.hideNow();
      event.stopPropagation();
      return;
    }
    if (this.isPinned() && inCard) {
      const direction = key === 'n' || key === 'ArrowRight' ? 1 : key === 'b' || key === 'ArrowLeft' ? -1 : 0;
      if (direction !== 0) {
        event.preventDefault();
        event.stopPropagation();
        this.step(direction, this.showing?.detection ?? null);
      }
      return;
    }
    if (inCard || isEditable(event.composedPath()[0] as Element | null)) return;
    const { trigger } = this.options.settings();
    if (!this.isPinned() && this.lastPoint && isHoldKey(key, trigger)) {
      // The hold key pressed while the pointer rests on a mark opens its card.
      this.update({ ...this.lastPoint, held: true }, { rested: true });
      return;
    }
    if (key === 'p' && host.isVisible && !this.isPinned() && this.showing) {
      event.preventDefault();
      event.stopPropagation();
      this.pin();
    }
  }

  /** Moves a pinned card to the next (1) or previous (-1) mark after `from`, scrolling it into view. */
  private step(direction: 1 | -1, from: Detection | Node | 'viewport' | null): void {
    const next = this.options.marks.adjacent({ from, direction });
    if (!next) return; // the first or last mark: stay
    this.showHandle(next, { pin: true });
  }

  private showHandle(handle: MarkHandle, { pin }: { pin: boolean }): void {
    handle.element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = handle.bounds();
    const topRect = box && toTopViewport(box, handle.doc, this.options.win);
    if (topRect) void this.show(handle.detection, topRect, handle.doc, { pin });
  }

  /**
   * The page moved under the card: a hover card follows the pointer (the mark under it, or none); a pinned
   * card follows its mark. Once per frame.
   */
  private onScroll(): void {
    if (!this.options.host.isVisible || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const showing = this.showing;
      if (!showing) return;
      if (!showing.pinned) {
        if (this.lastPoint) this.update(this.lastPoint, { rested: true });
        return;
      }
      const box = this.options.marks.handleOf(showing.detection)?.bounds();
      const topRect = box && toTopViewport(box, showing.doc, this.options.win);
      if (topRect) {
        showing.rect = topRect;
        this.options.host.move(topRect);
      }
    });
  }

  private async show(
    detection: Detection,
    rect: DOMRect,
    doc: Document,
    { pin, redraw = false }: { pin: boolean; redraw?: boolean },
  ): Promise<void> {
    let props = this.options.describe(detection);
    if (props instanceof Promise) {
      const alreadyPinned = this.waiting?.detection === detection && this.waiting.pin;
      this.waiting = { detection, pin: pin || alreadyPinned };
      props = await props;
      if (this.waiting?.detection !== detection) return; // the pointer (or the keyboard) has moved on
      pin = this.waiting.pin;
      this.waiting = undefined;
    } else {
      this.waiting = undefined;
    }
    if (!props) {
      if (!redraw) this.hideNow(); // never leave another term's card standing
      return;
    }
    this.showProps(props, keyOfDetection(detection), rect, doc, { pin, detection });
  }

  private showProps(
    props: TooltipProps,
    key: string,
    rect: DOMRect,
    doc: Document,
    { pin, detection }: { pin: boolean; detection?: Detection },
  ): void {
    const { host } = this.options;
    const handle = detection && this.options.marks.handleOf(detection);
    host.show({ key, props, anchor: rect, textSize: this.textSizeAt(handle?.element ?? null) });
    this.showing = {
      detection: detection ?? { start: 0, end: 0, text: '', term: key, family: 'operations' },
      rect,
      doc,
      pinned: pin || (this.showing?.pinned ?? false),
    };
    if (this.showing.pinned) host.pin();
  }

  /**
   * What the card must stay clear of: the whole word, all its line boxes (the wrap may split it over two
   * lines), not only the line under the pointer.
   */
  private wordBox(hit: HoverTarget): DOMRect {
    return this.options.marks.handleOf(hit.detection)?.bounds() ?? hit.rect;
  }

  private pin(): void {
    if (!this.showing) return;
    this.showing.pinned = true;
    this.options.host.pin();
  }

  /**
   * The card's text size: the reader's choice, or a little under the page's text at the mark (the card is
   * the aside, the page the text), within TEXT_SIZE_RANGE.
   */
  private textSizeAt(element: Element | null): number {
    const chosen = this.options.settings().textSize;
    if (chosen !== 'page') return chosen;
    const view = element?.ownerDocument.defaultView;
    const pageSize =
      element && view ? Number.parseFloat(view.getComputedStyle(element).fontSize) : Number.NaN;
    const size = Number.isFinite(pageSize) ? Math.round(pageSize * PAGE_TEXT_RATIO) : DEFAULT_TEXT_SIZE;
    return Math.min(TEXT_SIZE_RANGE.max, Math.max(TEXT_SIZE_RANGE.min, size));
  }

  private scheduleHide(): void {
    if (!this.options.host.isVisible || this.isPinned() || this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => this.hideNow(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private hideNow({ restoreFocus = true }: { restoreFocus?: boolean } = {}): void {
    this.cancelHide();
    this.showing = undefined;
    this.waiting = undefined;
    this.options.host.hide({ restoreFocus });
  }
}

/** The card's text size where a page gives none to follow, and its share of the page's text size. */
const DEFAULT_TEXT_SIZE = 13;
const PAGE_TEXT_RATIO = 0.85;

/** The cache key of a detection's card: its entry and the page's spelling (營運專員 and 运营专员 differ). */
function keyOfDetection(detection: Detection): string {
  return `${detection.term}\n${detection.text}`;
}

/** The same mark: the engine hands out one detection object per mark, and keeps it while the mark lives. */
function sameDetection(a: Detection, b: Detection): boolean {
  return a === b || (a.term === b.term && a.start === b.start && a.text === b.text);
}

function isHoldKey(key: string, trigger: Settings['trigger']): boolean {
  return (
    (trigger === 'shift' && key === 'Shift') ||
    (trigger === 'alt' && key === 'Alt') ||
    (trigger === 'ctrl' && key === 'Control')
  );
}

function heldKey(event: PointerEvent, trigger: Settings['trigger']): boolean {
  return (
    (trigger === 'shift' && event.shiftKey) ||
    (trigger === 'alt' && event.altKey) ||
    (trigger === 'ctrl' && event.ctrlKey)
  );
}

/** The focused element, looking into open shadow roots (document.activeElement stops at their hosts). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * `rect` from the viewport of `doc` into the viewport of the top window, through each (same-origin) frame
 * element's content box. Undefined if the chain is broken (a frame removed meanwhile).
 */
export function toTopViewport(rect: DOMRect, doc: Document, top: Window): DOMRect | undefined {
  let left = rect.left;
  let topEdge = rect.top;
  let win = doc.defaultView;
  while (win && win !== top) {
    const frame = win.frameElement;
    if (!frame) return undefined;
    const box = frame.getBoundingClientRect();
    left += box.left + frame.clientLeft;
    topEdge += box.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return win ? new DOMRect(left, topEdge, rect.width, rect.height) : undefined;
}
