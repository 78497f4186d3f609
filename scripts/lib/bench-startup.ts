import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The content script's first task: compiling and running it, as the browser's own trace records it. */
export interface StartupTask {
  /** Wall time of the task (ms). */
  wallMs: number;
  /** Main-thread CPU time of the task (ms): what it cost, whatever else the machine was doing. */
  cpuMs: number;
  /** CPU time compiling the script (ms), part of cpuMs. */
  compileCpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Starts recording the page's trace (the DevTools timeline category, which names each script run). */
export async function startStartupTrace(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  return cdp;
}

/** Stops the trace and finds the run of the script whose URL ends with `scriptPath`. */
export async function readStartupTask(cdp: CDPSession, scriptPath: string): Promise<StartupTask | null> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => {
    events.push(...(chunk.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
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
