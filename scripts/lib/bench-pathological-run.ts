import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { KEEP_NAMES_SHIM } from './bench-browser';
import type { PathologicalPage } from './bench-pathological';
import { markdownTable, ms, ratio } from './bench-report';
import { endTrace, type TraceEvent } from './bench-trace';
import { launchWithExtension } from './chromium';
import type { StaticServer } from './static-server';

/**
 * What a reader of a pathological page (bench-pathological.ts) lives through, measured in the page: the
 * long tasks of its main thread (the Long Tasks API: every task over 50 ms), the gaps between its animation
 * frames, when the first mark in view was registered, the engine's slices (its share of the main thread
 * while the page keeps changing), and a hover. The same page without the extension is the baseline: its
 * long tasks and frame gaps are the page's own (parsing, layout), the difference is Role Lens's.
 */

/** How long the page is watched after its load (ms): marking, then a scroll to the middle, then a hover. */
export const WATCH_MS = 3_000;
/** How long to wait for a first mark, a card or a frame before calling it never (ms). */
export const GIVE_UP_MS = 20_000;

/** Installed before any page script: collects long tasks, frame gaps and the first registered mark in view. */
export function installPageWatch(): void {
  const watch = {
    longTasks: [] as { start: number; duration: number }[],
    longestGap: 0,
    gapsOver50: 0,
    firstInView: null as number | null,
    last: 0,
    looked: 0,
  };
  (window as unknown as { __watch: typeof watch }).__watch = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      watch.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const names = ['role-lens-operations', 'role-lens-marketing', 'role-lens-sales'];
  const frame = (now: number) => {
    if (watch.last) {
      const gap = now - watch.last;
      if (gap > watch.longestGap) watch.longestGap = gap;
      if (gap > 50) watch.gapsOver50++;
    }
    watch.last = now;
    if (watch.firstInView === null && document.body && now - watch.looked > 50) {
      watch.looked = now;
      // Cheap, for it runs every frame until it finds one: the text under a grid of points in view, then a
      // registered range starting in one of those nodes near the offsets seen there (no range is measured:
      // in a 1 MB text node each measure costs most of a millisecond).
      const seen = new Map<Node, [number, number]>();
      for (let x = 0.3; x < 1; x += 0.3) {
        for (let y = 0.3; y < 1; y += 0.3) {
          const caret = document.caretPositionFromPoint(innerWidth * x, innerHeight * y);
          if (caret?.offsetNode.nodeType !== 3) continue;
          const span = seen.get(caret.offsetNode);
          if (span)
            seen.set(caret.offsetNode, [Math.min(span[0], caret.offset), Math.max(span[1], caret.offset)]);
          else seen.set(caret.offsetNode, [caret.offset, caret.offset]);
        }
      }
      for (const name of names) {
        for (const marked of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
          const span = seen.get(marked.startContainer);
          if (span && marked.startOffset >= span[0] - 100 && marked.startOffset <= span[1] + 100) {
            watch.firstInView = performance.now();
            break;
          }
        }
        if (watch.firstInView !== null) break;
      }
      // Text no probe point fell on (narrow table cells): measure a few registered ranges.
      let measured = 0;
      for (const name of names) {
        if (watch.firstInView !== null) break;
        for (const marked of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
          if (++measured > 40 || (marked.startContainer as Text).length > 10_000) break;
          const range = document.createRange();
          range.setStart(marked.startContainer, marked.startOffset);
          range.setEnd(marked.endContainer, marked.endOffset);
          const box = range.getBoundingClientRect();
          if (box.width > 0 && box.bottom > 0 && box.top < innerHeight) {
            watch.firstInView = performance.now();
            break;
          }
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export interface PathologicalFigures {
  /** DOMContentLoaded → the first frame with a registered mark in view (ms); null: none within the watch. */
  firstInViewMs: number | null;
  /** DOMContentLoaded → the page's first contentful paint (ms): a page's own first layout can take seconds. */
  firstPaintMs: number | null;
  /** After a jump to the middle of the page: the jump → a registered mark in view (ms). */
  afterScrollMs: number | null;
  longTasks: number;
  longestTaskMs: number;
  longestGapMs: number;
  /** The engine's slices in the watch: their sum / the watch's length (its share of the main thread). */
  engineShare: number;
  longestSliceMs: number;
  /** Ranges registered for painting, and marks the engine holds, at the end. */
  registered: number;
  /** Hover on a mark in view → the card shown (ms); null: none. */
  hoverMs: number | null;
  /** Whether the page answered at all within GIVE_UP_MS (the 1 MB node did not, before issue 14). */
  responsive: boolean;
  /** From Chromium's trace: the tasks of the page's main thread, and those that ran Role Lens's code. */
  trace: TaskFigures | null;
}

/**
 * Main-thread tasks from the trace, CPU time (thread time: what the task cost, however busy the machine was;
 * its wall time on a shared machine also holds the time other processes had the core).
 */
export interface TaskFigures {
  /** The longest task of the page's main thread, whoever caused it. */
  longestTaskCpuMs: number;
  /** The content script's code in one task (with the style and layout it forced), longest: CPU and wall. */
  longestOursCpuMs: number;
  longestOursWallMs: number;
  /** Tasks of ours over 50 ms of CPU. */
  oursOver50: number;
  /** The content script's code's CPU time / the watch's wall time: its share of the main thread. */
  oursShare: number;
  /** Rendering updates (PrePaint + Paint), CPU: the longest frame's and the sum over the watch. */
  longestPaintCpuMs: number;
  paintCpuMs: number;
}

async function startTrace(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return cdp;
}

async function readTasks(cdp: CDPSession, wallMs: number): Promise<TaskFigures | null> {
  const events = await endTrace(cdp);
  // Ours: calls into the content script, and microtask checkpoints (the engine's slices resume after
  // scheduler.yield() as promise continuations; these generated pages run no promises of their own).
  const isOurs = (event: TraceEvent) =>
    event.ph === 'X' &&
    (event.name === 'RunMicrotasks' ||
      ((event.name === 'FunctionCall' || event.name === 'EvaluateScript') &&
        (event.args?.data?.url ?? '').startsWith('chrome-extension://')));
  const ours = events.filter(isOurs);
  // The page's main thread: where the content script runs (without the extension: where the HTML is parsed).
  const main =
    ours.find((event) => event.name !== 'RunMicrotasks') ??
    events.find((event) => event.name === 'ParseHTML');
  if (!main) return null;
  const onMain = events.filter(
    (event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X',
  );
  const tasks = onMain.filter(
    (event) => event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask',
  );
  const cpu = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;
  // Outermost only (a call inside another of ours is counted once), with the style and layout they force;
  // a frame's other callbacks (the page's own, this probe's) are not ours.
  const outermost: TraceEvent[] = [];
  let end = -Infinity;
  for (const call of ours
    .filter((event) => event.pid === main.pid && event.tid === main.tid)
    .sort((x, y) => x.ts - y.ts)) {
    if (call.ts < end) continue;
    outermost.push(call);
    end = call.ts + (call.dur ?? 0);
  }
  const oursCpu = outermost.reduce((sum, call) => sum + cpu(call), 0);
  const ourTasks = tasks
    .map((task) => {
      const calls = outermost.filter((call) => call.ts >= task.ts && call.ts <= task.ts + (task.dur ?? 0));
      return {
        task,
        cpu: calls.reduce((sum, call) => sum + cpu(call), 0),
        wall: calls.reduce((sum, call) => sum + (call.dur ?? 0) / 1000, 0),
      };
    })
    .filter((task) => task.wall > 0);
  if (process.env.DEBUG_TRACE) {
    for (const { task, cpu: ourCpu } of [...ourTasks].sort((x, y) => y.cpu - x.cpu).slice(0, 3)) {
      const inside = onMain
        .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0))
        .filter((e) => cpu(e) > 5)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? `(${e.args.data.url.slice(-20)})` : ''} ${cpu(e).toFixed(1)}`,
        );
      console.error('task', cpu(task).toFixed(1), 'ours', ourCpu.toFixed(1), inside.slice(0, 25).join(' | '));
    }
  }
  const paints = onMain.filter((event) => event.name === 'PrePaint' || event.name === 'Paint');
  const paintTasks = tasks.map((task) =>
    paints
      .filter((paint) => paint.ts >= task.ts && paint.ts <= task.ts + (task.dur ?? 0))
      .reduce((sum, paint) => sum + cpu(paint), 0),
  );
  return {
    longestTaskCpuMs: Math.max(0, ...tasks.map(cpu)),
    longestOursCpuMs: Math.max(0, ...ourTasks.map((task) => task.cpu)),
    longestOursWallMs: Math.max(0, ...ourTasks.map((task) => task.wall)),
    oursOver50: ourTasks.filter((task) => task.cpu > 50).length,
    oursShare: oursCpu / wallMs,
    longestPaintCpuMs: Math.max(0, ...paintTasks),
    paintCpuMs: paints.reduce((sum, paint) => sum + cpu(paint), 0),
  };
}

type Watch = {
  longTasks: { start: number; duration: number }[];
  longestGap: number;
  firstInView: number | null;
};

/** Opens `url` in `context` (with or without the extension) and watches it; `marked`: the extension is there. */
export async function watchPathologicalPage(
  context: BrowserContext,
  url: string,
  { marked }: { marked: boolean },
): Promise<PathologicalFigures> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const cdp = await startTrace(context, page);
  const started = Date.now();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: GIVE_UP_MS * 3 });
    const responsive = await answers(page);
    if (!responsive) return never();
    await page.waitForTimeout(WATCH_MS / 2);
    const { dcl, firstPaint } = await page.evaluate(() => ({
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const firstInView = await page.evaluate(
      () => (window as unknown as { __watch: Watch }).__watch.firstInView,
    );
    // Jump to the middle, as a reader following a link would: what is in view there must paint too.
    const scrolledAt = await page.evaluate(() => {
      (window as unknown as { __watch: Watch }).__watch.firstInView = null;
      scrollTo(0, document.documentElement.scrollHeight / 2);
      return performance.now();
    });
    await page.waitForTimeout(WATCH_MS / 2);
    const figures = await page.evaluate(
      ({ dcl, scrolledAt }) => {
        const watch = (window as unknown as { __watch: Watch }).__watch;
        const slices = performance.getEntriesByName('role-lens:slice', 'measure');
        const from = dcl;
        const to = performance.now();
        const inWatch = slices.filter((slice) => slice.startTime >= from);
        const names = ['role-lens-operations', 'role-lens-marketing', 'role-lens-sales'];
        return {
          afterScrollMs: watch.firstInView === null ? null : watch.firstInView - scrolledAt,
          longTasks: watch.longTasks.length,
          longestTaskMs: Math.max(0, ...watch.longTasks.map((task) => task.duration)),
          longestGapMs: watch.longestGap,
          engineShare: inWatch.reduce((sum, slice) => sum + slice.duration, 0) / (to - from),
          longestSliceMs: Math.max(0, ...inWatch.map((slice) => slice.duration)),
          registered: names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
        };
      },
      { dcl, scrolledAt },
    );
    const trace = await readTasks(cdp, Date.now() - started);
    const hoverMs = marked ? await hoverInView(page) : null;
    return {
      firstInViewMs: firstInView === null ? null : firstInView - dcl,
      firstPaintMs: firstPaint === null ? null : firstPaint - dcl,
      ...figures,
      hoverMs,
      responsive,
      trace,
    };
  } finally {
    await page.close();
  }
}

/** False if the page runs no script within GIVE_UP_MS: its main thread is frozen. */
async function answers(page: Page): Promise<boolean> {
  return Promise.race([
    page.evaluate(() => true).catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), GIVE_UP_MS)),
  ]);
}

function never(): PathologicalFigures {
  return {
    firstInViewMs: null,
    firstPaintMs: null,
    afterScrollMs: null,
    longTasks: Number.NaN,
    longestTaskMs: Number.NaN,
    longestGapMs: Number.NaN,
    engineShare: Number.NaN,
    longestSliceMs: Number.NaN,
    registered: Number.NaN,
    hoverMs: null,
    responsive: false,
    trace: null,
  };
}

/** Hovers the first registered mark in view and times the card's appearance (null: no mark or no card). */
async function hoverInView(page: Page): Promise<number | null> {
  const point = await page.evaluate(() => {
    for (const name of ['role-lens-operations', 'role-lens-marketing', 'role-lens-sales']) {
      for (const marked of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
        const box = range.getClientRects()[0];
        if (box && box.width > 0 && box.top > 0 && box.bottom < innerHeight) {
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
    }
    return null;
  });
  if (!point) return null;
  await page.mouse.move(1, 1);
  const started = Date.now();
  await page.mouse.move(point.x, point.y);
  try {
    await page.waitForFunction(
      () => !!document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
      null,
      { timeout: GIVE_UP_MS, polling: 10 },
    );
  } catch {
    return null;
  }
  return Date.now() - started;
}

export interface PathologicalResult {
  page: string;
  title: string;
  /** The page in Chromium without the extension: the baseline of the same run. */
  without: PathologicalFigures;
  with: PathologicalFigures;
}

/**
 * The two contexts the pathological pages are measured in, at one viewport: a browser with the extension at
 * `extensionPath`, asked to record its slices, and a context of `plain` without it. Both watch long tasks,
 * frames and the first mark in view (installPageWatch). `close` ends both.
 */
export async function openWatchedContexts({
  extensionPath,
  plain,
  viewport = { width: 1280, height: 800 },
}: {
  extensionPath?: string;
  plain: Browser;
  viewport?: { width: number; height: number };
}): Promise<{ marked: BrowserContext; plain: BrowserContext; close(): Promise<void> }> {
  const withExtension = await launchWithExtension({ extensionPath, viewport });
  await withExtension.context.addInitScript(() => performance.mark('role-lens:record'));
  await withExtension.context.addInitScript(KEEP_NAMES_SHIM);
  await withExtension.context.addInitScript(installPageWatch);
  const plainContext = await plain.newContext({ viewport });
  await plainContext.addInitScript(KEEP_NAMES_SHIM);
  await plainContext.addInitScript(installPageWatch);
  return {
    marked: withExtension.context,
    plain: plainContext,
    async close() {
      await withExtension.close();
      await plainContext.close();
    },
  };
}

/**
 * Writes each page into `dir` (which `server` serves), opens it without the extension (`plain`, the
 * baseline) and with it (`marked`), and watches both. `marked` and `plain` must carry installPageWatch
 * (and `marked` the engine's record request) as init scripts.
 */
export async function measurePathological({
  pages,
  dir,
  server,
  marked,
  plain,
  log = () => {},
}: {
  pages: readonly PathologicalPage[];
  dir: string;
  server: StaticServer;
  marked: BrowserContext;
  plain: BrowserContext;
  log?: (line: string) => void;
}): Promise<PathologicalResult[]> {
  const results: PathologicalResult[] = [];
  for (const page of pages) {
    writeFileSync(path.join(dir, page.name), page.html);
    const url = server.url(page.name);
    const without = await watchPathologicalPage(plain, url, { marked: false });
    const withExtension = await watchPathologicalPage(marked, url, { marked: true });
    results.push({ page: page.name, title: page.title, without, with: withExtension });
    log(`${page.name}: ${JSON.stringify(withExtension)}`);
  }
  return results;
}

/** The benchmark's table of the pathological pages. */
export function pathologicalTable(results: readonly PathologicalResult[]): string {
  const cpu = (figures: PathologicalFigures, get: (trace: TaskFigures) => number) =>
    figures.trace ? get(figures.trace) : Number.NaN;
  return markdownTable(
    [
      'page',
      'DCL → page’s first paint / → a registered mark in view (≤ 1 s after the first paint)',
      'jump to the middle → mark in view',
      'ranges registered at the end',
      'Role Lens’s longest task: CPU / wall (≤ 50 ms); tasks of ours over 50 ms CPU',
      'Role Lens’s share of the main thread (CPU / wall time watched)',
      'page’s own longest task, CPU: without / with the extension',
      'paint CPU (PrePaint + Paint) with / without: longest frame; sum (ratio)',
      'hover → card',
    ],
    results.map(({ title, with: ours, without }) => [
      title,
      ours.responsive ? `${ms(ours.firstPaintMs)} / ${ms(ours.firstInViewMs)}` : 'no answer in 20 s',
      ms(ours.afterScrollMs),
      String(ours.registered),
      `${ms(cpu(ours, (trace) => trace.longestOursCpuMs))} / ${ms(cpu(ours, (trace) => trace.longestOursWallMs))}; ` +
        String(cpu(ours, (trace) => trace.oursOver50)),
      `${(cpu(ours, (trace) => trace.oursShare) * 100).toFixed(1)}%`,
      `${ms(cpu(without, (trace) => trace.longestTaskCpuMs))} / ${ms(cpu(ours, (trace) => trace.longestTaskCpuMs))}`,
      `${ms(cpu(ours, (trace) => trace.longestPaintCpuMs))} / ${ms(cpu(without, (trace) => trace.longestPaintCpuMs))}; ` +
        `${ms(cpu(ours, (trace) => trace.paintCpuMs))} / ${ms(cpu(without, (trace) => trace.paintCpuMs))} ` +
        `(${ratio(cpu(ours, (trace) => trace.paintCpuMs) / cpu(without, (trace) => trace.paintCpuMs))})`,
      ms(ours.hoverMs),
    ]),
  );
}
