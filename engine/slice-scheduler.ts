/**
 * Runs work in slices that each end before SLICE_BUDGET_MS, yielding to the page between them, so no task
 * the engine causes comes near a 16 ms frame (a long task, https://w3c.github.io/longtasks/).
 */

/** Work per slice: a third of a frame, leaving room for one run that overshoots the deadline. */
export const SLICE_BUDGET_MS = 5;

export interface SliceTiming {
  start: number;
  end: number;
}

export interface SliceScheduler {
  /** Make sure slices run until `work` reports nothing left. Cheap to call often. */
  schedule(): void;
  /** No more slices, even if work remains. */
  stop(): void;
}

interface SchedulerApi {
  postTask?: (callback: () => void, options?: { priority?: string }) => Promise<unknown>;
  yield?: () => Promise<void>;
}

/**
 * `work(deadline)` does some work, stopping once `performance.now()` passes `deadline`, and returns true if
 * more remains. `onSlice` hears each slice's timing; `onIdle` is called when work has run out.
 */
export function createSliceScheduler({
  win,
  work,
  onSlice,
  onIdle,
  letOthersFirst,
  budgetMs = SLICE_BUDGET_MS,
}: {
  win: Window;
  work: (deadline: number) => boolean;
  onSlice?: (timing: SliceTiming) => void;
  onIdle?: () => void;
  /**
   * True when the next slice should wait behind the tasks already queued (a new task), not go ahead of
   * them (scheduler.yield): e.g. while an IntersectionObserver report the engine needs is in the queue.
   */
  letOthersFirst?: () => boolean;
  budgetMs?: number;
}): SliceScheduler {
  const performance = win.performance;
  const api = (win as Window & { scheduler?: SchedulerApi }).scheduler;
  let running = false;
  let stopped = false;

  // A new task for the first slice: scheduler.postTask where it exists (Chromium 94+, Firefox 142+),
  // else a MessageChannel message, which unlike setTimeout is not clamped to 4 ms when chained.
  const channel = api?.postTask ? null : new (win as Window & typeof globalThis).MessageChannel();
  const pending: (() => void)[] = [];
  if (channel) channel.port1.onmessage = () => pending.shift()?.();
  function newTask(callback: () => void): void {
    if (api?.postTask) {
      void api.postTask(callback, { priority: 'user-visible' });
    } else if (channel) {
      pending.push(callback);
      channel.port2.postMessage(null);
    }
  }
  // Between slices: scheduler.yield() lets input and rendering run, then resumes ahead of other tasks.
  function yieldToPage(): Promise<void> {
    if (api?.yield && !letOthersFirst?.()) return api.yield.call(api);
    return new Promise((resolve) => newTask(resolve));
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      const start = performance.now();
      const more = work(start + budgetMs);
      const end = performance.now();
      onSlice?.({ start, end });
      if (!more) break;
      await yieldToPage();
    }
    running = false;
    if (!stopped) onIdle?.();
  }

  return {
    schedule() {
      if (running || stopped) return;
      running = true;
      newTask(() => void loop());
    },
    stop() {
      stopped = true;
      channel?.port1.close();
    },
  };
}
