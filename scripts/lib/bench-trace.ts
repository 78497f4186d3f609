import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * What the browser's own trace says about a marked page load: the content script's start-up task, and the
 * rendering updates that painting the marks costs while the engine works (not JavaScript of ours, but
 * work the page's main thread does because of the highlights we register).
 */

/** The content script's first task: compiling and running it. */
export interface StartupTask {
  /** Wall time of the task (ms). */
  wallMs: number;
  /** Main-thread CPU time of the task (ms): what it cost, whatever else the machine was doing. */
  cpuMs: number;
  /** CPU time compiling the script (ms), part of cpuMs. */
  compileCpuMs: number;
}

/** Rendering updates (PrePaint + Paint) from the engine's first slice until it went idle. */
export interface MarkingPaints {
  /** Main-thread CPU time of PrePaint and Paint in that window (ms). */
  cpuMs: number;
  /** The longest single PrePaint + Paint of a frame in that window, wall time (ms). */
  longestMs: number;
  frames: number;
}

export interface PageTrace {
  startup: StartupTask | null;
  paints: MarkingPaints | null;
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/** Starts recording the page's trace: script runs, rendering, and the engine's user-timing marks. */
export async function startPageTrace(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return cdp;
}

/** Stops the trace; reads the run of the script whose URL ends with `scriptPath`, and the paints after it. */
export async function readPageTrace(cdp: CDPSession, scriptPath: string): Promise<PageTrace> {
  const events = await endTrace(cdp);
  return { startup: startupTask(events, scriptPath), paints: markingPaints(events) };
}

function startupTask(events: TraceEvent[], scriptPath: string): StartupTask | null {
  const run = events.find(
    (event) =>
      event.name === 'EvaluateScript' &&
      event.ph === 'X' &&
      event.args?.data?.url?.startsWith('chrome-extension://') &&
      event.args.data.url.endsWith(scriptPath),
  );
  if (!run || run.dur === undefined) return null;
  const end = run.ts + run.dur;
  const compileCpu = events
    .filter(
      (event) =>
        event.name === 'v8.compile' &&
        event.tid === run.tid &&
        event.pid === run.pid &&
        event.ts >= run.ts &&
        event.ts < end,
    )
    .reduce((sum, event) => sum + (event.tdur ?? 0), 0);
  return { wallMs: run.dur / 1000, cpuMs: (run.tdur ?? run.dur) / 1000, compileCpuMs: compileCpu / 1000 };
}

/** PrePaint and Paint on the engine's thread between its first slice and its first idle mark. */
function markingPaints(events: TraceEvent[]): MarkingPaints | null {
  const firstSlice = events.find((event) => event.name === 'role-lens:slice' && event.ph === 'b');
  const idle = events.find((event) => event.name === 'role-lens:idle');
  if (!firstSlice || !idle) return null;
  const paints = events.filter(
    (event) =>
      (event.name === 'PrePaint' || event.name === 'Paint') &&
      event.ph === 'X' &&
      event.pid === firstSlice.pid &&
      event.tid === firstSlice.tid &&
      event.ts >= firstSlice.ts &&
      event.ts <= idle.ts + FRAME_AFTER_IDLE_US,
  );
  // A frame's PrePaint and the Paint after it belong together: group events less than a frame apart.
  const frames: number[] = [];
  let frameEnd = -Infinity;
  for (const event of paints.sort((a, b) => a.ts - b.ts)) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts - frameEnd > FRAME_US || frames.length === 0) frames.push(0);
    frames[frames.length - 1] = (frames[frames.length - 1] as number) + (event.dur ?? 0);
    frameEnd = end;
  }
  return {
    cpuMs: paints.reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0) / 1000,
    longestMs: Math.max(0, ...frames) / 1000,
    frames: frames.length,
  };
}

/** The last marks are painted in the frame after the engine goes idle. */
const FRAME_AFTER_IDLE_US = 100_000;
const FRAME_US = 16_000;

/** Stops the trace started on `cdp` and returns its events, the session detached. */
export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => {
    events.push(...(chunk.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}
