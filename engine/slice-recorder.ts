import type { Family } from '../core/types';

/** Performance-timeline names the benchmark reads (the timeline is shared by the page and content scripts). */
export const SLICE_MEASURE = 'role-lens:slice';
export const IDLE_MARK = 'role-lens:idle';
/** A page that sets this mark before the engine starts asks it to record its slices. */
export const RECORD_REQUEST_MARK = 'role-lens:record';

/** A mark the engine sets when the viewport observer moves marks in or out of the highlights (detail: painted counts). */
export const PAINT_MARK = 'role-lens:paint';

/**
 * Time the engine has spent in two of its stages, summed since it started (ms): reading runs' words
 * (`detect`: the page context and the detector) and keeping their marks (`mark`: index and paint window).
 * The rest of the work is the walk and the runs built around hint nodes. Sent with each slice.
 */
export interface StageTimes {
  detect: number;
  mark: number;
}

export interface SliceRecorder {
  /**
   * Ends a lap of the engine's clock: its time since the last lap goes to `stage` (none: a lap's start).
   * A no-op unless recording, so ordinary pages read no clock for it; a benchmark's page reads it three
   * times per run, about 1% of the work on the large page.
   */
  lap(stage?: keyof StageTimes): void;
  /** A slice, with the marks found so far and those painted (per family). */
  slice(timing: {
    start: number;
    end: number;
    found?: Record<Family, number>;
    painted?: Record<Family, number>;
  }): void;
  paint(painted: Record<Family, number> | undefined): void;
  idle(): void;
}

/**
 * Records the engine's main-thread slices as performance measures, so a benchmark can sum the work and
 * find the longest slice without access to the content script's world. Off unless asked: entries on the
 * timeline are kept until the page clears them, a cost ordinary pages should not pay.
 */
export function createSliceRecorder({ win, enabled }: { win: Window; enabled?: boolean }): SliceRecorder {
  const performance = win.performance;
  const on = enabled ?? performance.getEntriesByName(RECORD_REQUEST_MARK, 'mark').length > 0;
  if (!on) return { lap() {}, slice() {}, paint() {}, idle() {} };
  const stages: StageTimes = { detect: 0, mark: 0 };
  let lapStart = 0;
  return {
    lap(stage) {
      const now = performance.now();
      if (stage) stages[stage] += now - lapStart;
      lapStart = now;
    },
    slice({ start, end, found, painted }) {
      performance.measure(SLICE_MEASURE, { start, end, detail: { found, painted, stages: { ...stages } } });
    },
    paint(painted) {
      performance.mark(PAINT_MARK, { detail: { painted } });
    },
    idle() {
      performance.mark(IDLE_MARK);
    },
  };
}
