import type { Family } from '../core/types';

/** Performance-timeline names the benchmark reads (the timeline is shared by the page and content scripts). */
export const SLICE_MEASURE = 'role-lens:slice';
export const IDLE_MARK = 'role-lens:idle';
/** A page that sets this mark before the engine starts asks it to record its slices. */
export const RECORD_REQUEST_MARK = 'role-lens:record';

export interface SliceRecorder {
  slice(timing: { start: number; end: number; sizes?: Record<Family, number> }): void;
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
  if (!on) return { slice() {}, idle() {} };
  return {
    slice({ start, end, sizes }) {
      performance.measure(SLICE_MEASURE, { start, end, detail: { sizes } });
    },
    idle() {
      performance.mark(IDLE_MARK);
    },
  };
}
