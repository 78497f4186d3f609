import type { Family } from '../core/types';

/** Performance-timeline names the benchmark reads (the timeline is shared by the page and content scripts). */
export const SLICE_MEASURE = 'role-lens:slice';
export const IDLE_MARK = 'role-lens:idle';
/** A page that sets this mark before the engine starts asks it to record its slices. */
export const RECORD_REQUEST_MARK = 'role-lens:record';

/** A mark the engine sets when the viewport observer moves marks in or out of the highlights (detail: painted counts). */
export const PAINT_MARK = 'role-lens:paint';

export interface SliceRecorder {
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
  if (!on) return { slice() {}, paint() {}, idle() {} };
  return {
    slice({ start, end, found, painted }) {
      performance.measure(SLICE_MEASURE, { start, end, detail: { found, painted } });
    },
    paint(painted) {
      performance.mark(PAINT_MARK, { detail: { painted } });
    },
    idle() {
      performance.mark(IDLE_MARK);
    },
  };
}
