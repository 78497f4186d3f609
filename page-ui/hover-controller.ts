import type { TooltipProps } from '../components/Tooltip';
import { type Detection, FAMILIES, FAMILY_LABEL, type Family } from '../core/types';
import type { PageHit } from '../engine/page-marker';
import type { TooltipMount } from './tooltip-host';

/** The engine's answer to "what mark is under this point?": its detection and box (engine/hit-test.ts). */
export type HoverTarget = Pick<PageHit, 'detection' | 'rect'>;

/** Grace period so the pointer can travel from a mark into the tooltip (to read or copy) without it closing. */
export const HIDE_DELAY_MS = 250;
/** Marks whose cards are kept (tooltip-mount.tsx), more than a page's back-and-forth between titles needs. */
const KEPT_CARDS = 32;

/** A pointer position in the viewport of `doc` (the top document or a same-origin frame's). */
interface Point {
  x: number;
  y: number;
  doc: Document;
}

/**
 * Pointer → mark → tooltip. Chromium and Firefox already deliver pointer moves at most once per frame, so a
 * move is answered at once: hit test (a binary search) and, when the mark changed, one synchronous render,
 * painted in the very next frame. The tooltip is always drawn in the top window, where it has the whole
 * viewport; marks inside frames are mapped there.
 */
export class HoverController {
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mark the tooltip shows, so a settings change can redraw it without a new hit test. */
  private shown: { target: HoverTarget; topRect: DOMRect } | undefined;
  private readonly abort = new AbortController();
  /** Where the pointer last moved, so a scroll can ask again what lies under it. */
  private lastPoint: Point | undefined;
  /**
   * What each entry and page text is shown as, under the current settings: the same props object every time,
   * so the tooltip keeps the card it drew for it (tooltip-mount.tsx) and hovering a mark again redraws nothing.
   */
  private readonly described = new Map<string, TooltipProps>();
  private prepared = false;
  /** A mark whose card is on its way from the extension: shown when it arrives, if the pointer is still there. */
  private waiting: HoverTarget | undefined;

  constructor(
    private readonly options: {
      win: Window;
      mount: TooltipMount;
      hitTest: (x: number, y: number, doc: Document) => HoverTarget | null;
      /** The card for a detection: at once when it is at hand, else when the extension answers. */
      describe: (detection: Detection) => TooltipProps | Promise<TooltipProps | undefined> | undefined;
    },
  ) {
    this.follow(options.win);
  }

  /** Follows the pointer inside a same-origin frame's document as well. */
  watchFrame(doc: Document): void {
    if (doc.defaultView) this.follow(doc.defaultView);
  }

  /** Settings changed what the tooltip shows: redraw it for the same mark. */
  refresh(): void {
    this.described.clear();
    this.waiting = undefined;
    this.prepared = false; // the prepared cards were drawn for the old settings
    if (this.shown && this.options.mount.isVisible) this.show(this.shown.target, this.shown.topRect);
  }

  stop(): void {
    this.abort.abort();
    this.cancelHide();
    this.options.mount.hide();
  }

  private follow(win: Window): void {
    const listen = { capture: true, passive: true, signal: this.abort.signal };
    win.addEventListener('pointermove', (event) => this.onPointerMove(event, win.document), listen);
    win.addEventListener('scroll', () => this.onScroll(), listen);
    win.addEventListener('keydown', (event) => event.key === 'Escape' && this.hideNow(), listen);
    if (win === this.options.win) win.addEventListener('blur', () => this.hideNow(), listen);
  }

  private onPointerMove(event: PointerEvent, doc: Document): void {
    if (event.pointerType === 'touch') return;
    if (this.options.mount.contains(event.target as Node)) {
      this.cancelHide(); // reading the tooltip: keep it
      return;
    }
    if (!this.prepared) {
      // A pointer on the page: a hover may follow. Get the cards of the three family words ready while the
      // page is idle, one per idle period.
      this.prepared = true;
      this.prepare([...FAMILIES]);
    }
    this.lastPoint = { x: event.clientX, y: event.clientY, doc };
    this.update(this.lastPoint);
  }

  private prepare(families: Family[]): void {
    requestIdleCallback(() => {
      const family = families.shift();
      if (!family || this.abort.signal.aborted) return;
      const text = FAMILY_LABEL[family];
      void Promise.resolve(this.describe({ start: 0, end: text.length, text, term: text, family })).then(
        (props) => {
          if (props && !this.abort.signal.aborted) this.options.mount.prepare(props);
          this.prepare(families);
        },
      );
    });
  }

  /** Props already at hand come back as they are (not in a promise), so a card kept is shown in the same task. */
  private describe(detection: Detection): TooltipProps | Promise<TooltipProps | undefined> {
    const key = `${detection.term}\n${detection.text}`;
    const known = this.described.get(key);
    if (known) return known;
    const keep = (props: TooltipProps | undefined) => {
      if (props) {
        if (this.described.size >= KEPT_CARDS) this.described.clear();
        this.described.set(key, props);
      }
      return props;
    };
    const props = this.options.describe(detection);
    if (props instanceof Promise) return props.then(keep);
    return keep(props) ?? Promise.resolve(undefined);
  }

  /**
   * The page moved under a resting pointer: while a tooltip is open, ask again what is under the pointer and
   * follow the mark or let go. (Hiding outright would also close a tooltip opened in the same frame as a
   * scroll, whose event arrives a frame later.) Scrolling never opens a tooltip: only moving the pointer does.
   */
  private onScroll(): void {
    if (this.lastPoint && this.options.mount.isVisible) this.update(this.lastPoint);
  }

  private update(point: Point): void {
    const hit = this.options.hitTest(point.x, point.y, point.doc);
    if (!hit) {
      this.waiting = undefined;
      this.scheduleHide();
      return;
    }
    this.cancelHide();
    if (this.shown && isSameMark(this.shown.target, hit) && this.options.mount.isVisible) return;
    if (this.waiting && isSameMark(this.waiting, hit)) return;
    const topRect = toTopViewport(hit.rect, point.doc, this.options.win);
    if (topRect) this.show(hit, topRect);
  }

  private show(target: HoverTarget, topRect: DOMRect): void {
    const props = this.describe(target.detection);
    if (!(props instanceof Promise)) {
      this.waiting = undefined;
      this.display(target, topRect, props);
      return;
    }
    this.waiting = target;
    void props.then((arrived) => {
      if (this.waiting !== target) return; // the pointer has moved on
      this.waiting = undefined;
      this.display(target, topRect, arrived);
    });
  }

  private display(target: HoverTarget, topRect: DOMRect, props: TooltipProps | undefined): void {
    if (!props) {
      this.hideNow(); // never leave another term's card standing
      return;
    }
    this.options.mount.show(props, topRect);
    this.shown = { target, topRect };
  }

  private scheduleHide(): void {
    if (!this.options.mount.isVisible || this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => this.hideNow(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private hideNow(): void {
    this.cancelHide();
    this.shown = undefined;
    this.waiting = undefined;
    this.options.mount.hide();
  }
}

/** The same detection at the same place: moving within a mark does not redraw the tooltip. */
function isSameMark(a: HoverTarget, b: HoverTarget): boolean {
  return (
    a.detection.term === b.detection.term &&
    a.detection.start === b.detection.start &&
    Math.round(a.rect.left) === Math.round(b.rect.left) &&
    Math.round(a.rect.top) === Math.round(b.rect.top)
  );
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
