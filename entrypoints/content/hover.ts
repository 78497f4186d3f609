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
  private shownKey = '';
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
    this.shownKey = '';
    if (this.options.mount.isVisible && this.lastPoint) this.update(this.lastPoint);
  }

  stop(): void {
    this.abort.abort();
    this.options.win.cancelAnimationFrame(this.frame);
    clearTimeout(this.hideTimer);
    this.options.mount.hide();
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.options.mount.contains(event.target as Node)) {
      clearTimeout(this.hideTimer); // reading the tooltip: keep it
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
    clearTimeout(this.hideTimer);
    const { detection, rect } = hit;
    const key = `${detection.term}@${Math.round(rect.left)},${Math.round(rect.top)}`;
    if (key === this.shownKey && this.options.mount.isVisible) return;
    const props = this.options.describe(detection);
    if (!props) return;
    this.options.mount.show(props, rect);
    this.shownKey = key;
  }

  private scheduleHide(): void {
    if (!this.options.mount.isVisible || this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => this.hideNow(), HIDE_DELAY_MS);
  }

  private hideNow(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    this.shownKey = '';
    this.options.mount.hide();
  }
}
