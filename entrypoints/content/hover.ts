import type { TooltipProps } from '../../components/Tooltip';
import type { Detection } from '../../core/types';
import type { TooltipMount } from './tooltip-mount';

/** The engine's answer to "what mark is under this point?" (engine/page-marker.ts). */
export interface HoverTarget {
  detection: Detection;
  rect: DOMRect;
}

/** Grace period so the pointer can travel from a mark into the tooltip (to read or copy) without it closing. */
export const HIDE_DELAY_MS = 250;

/**
 * Pointer → mark → tooltip. Pointer moves are coalesced to one hit test per frame; the tooltip is rendered in
 * the same frame the pointer comes to rest on a mark.
 */
export class HoverController {
  private frame = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPoint: { x: number; y: number } | undefined;
  /** The mark the tooltip is showing, so a settings change can redraw it without a new hit test. */
  private shown: HoverTarget | undefined;
  private readonly abort = new AbortController();

  constructor(
    private readonly options: {
      win: Window;
      mount: TooltipMount;
      hitTest: (x: number, y: number) => HoverTarget | null;
      describe: (detection: Detection) => TooltipProps | undefined;
    },
  ) {
    const listen = { capture: true, passive: true, signal: this.abort.signal };
    options.win.addEventListener('pointermove', (event) => this.onPointerMove(event), listen);
    options.win.addEventListener('scroll', () => this.hideNow(), listen);
    options.win.addEventListener('keydown', (event) => event.key === 'Escape' && this.hideNow(), listen);
    options.win.addEventListener('blur', () => this.hideNow(), listen);
  }

  /** Settings changed what the tooltip shows: redraw it for the same mark. */
  refresh(): void {
    if (this.shown && this.options.mount.isVisible) this.show(this.shown);
  }

  stop(): void {
    this.abort.abort();
    this.options.win.cancelAnimationFrame(this.frame);
    this.cancelHide();
    this.options.mount.hide();
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.options.mount.contains(event.target as Node)) {
      this.cancelHide(); // reading the tooltip: keep it
      return;
    }
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = this.options.win.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastPoint) this.update(this.lastPoint);
    });
  }

  private update(point: { x: number; y: number }): void {
    const hit = this.options.hitTest(point.x, point.y);
    if (!hit) {
      this.scheduleHide();
      return;
    }
    this.cancelHide();
    if (this.shown && isSameMark(this.shown, hit) && this.options.mount.isVisible) return;
    this.show(hit);
  }

  private show(target: HoverTarget): void {
    const props = this.options.describe(target.detection);
    if (!props) {
      this.hideNow(); // never leave another term's card standing
      return;
    }
    this.options.mount.show(props, target.rect);
    this.shown = target;
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
