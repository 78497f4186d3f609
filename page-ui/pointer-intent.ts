/**
 * Whether the pointer is sweeping across the page or coming to rest: a card opens only for a pointer that
 * slows down on a mark, not for one passing over a row of links on its way elsewhere (10ten Japanese Reader
 * and Yomitan do the same: a speed check or a hold key). The speed is averaged over the last moves so one
 * jittery event neither opens nor blocks a card.
 */

/** Faster than this (CSS px per ms, averaged over SPEED_WINDOW_MS) is a sweep: about 8 px per 60 Hz frame. */
export const SWEEP_SPEED_PX_PER_MS = 0.5;
/**
 * How far back moves count towards the speed. A hand in motion reports a move every 4–16 ms, so a move with
 * none before it in this time comes after a rest: it starts a motion, it is no sweep.
 */
export const SPEED_WINDOW_MS = 100;
/** A pointer that stops on a mark after a sweep gets its card once it has rested this long. */
export const DWELL_MS = 90;

interface Sample {
  x: number;
  y: number;
  t: number;
}

export class PointerIntent {
  private samples: Sample[] = [];

  /** Records a move (event.timeStamp as `t`). */
  note(x: number, y: number, t: number): void {
    this.samples.push({ x, y, t });
    while (this.samples.length > 0 && t - (this.samples[0] as Sample).t > SPEED_WINDOW_MS)
      this.samples.shift();
  }

  /** Average speed over the recent moves, in px per ms (0 with fewer than two moves). */
  speed(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || first === last) return 0;
    let distance = 0;
    for (let at = 1; at < this.samples.length; at++) {
      const a = this.samples[at - 1] as Sample;
      const b = this.samples[at] as Sample;
      distance += Math.hypot(b.x - a.x, b.y - a.y);
    }
    // Moves within one millisecond (synthetic input, or coalesced events) count as a millisecond apart.
    return distance / Math.max(1, last.t - first.t);
  }

  isSweeping(): boolean {
    return this.speed() > SWEEP_SPEED_PX_PER_MS;
  }

  reset(): void {
    this.samples = [];
  }
}
