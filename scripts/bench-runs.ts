/**
 * `npx tsx scripts/bench-runs.ts`: what runs that follow rendering cost (issue 11, item 4), A/B in one run.
 *
 * The page engine with the real detector, bundled three ways and run on fresh loads of the same pages in plain
 * Chromium, in a fresh isolated world each time (the content script's kind of world), alternating:
 * - `baseline`: the engine of a git revision before run-boundary.ts (default: the parent of the commit that added it), runs
 *   decided by tag names alone;
 * - `markup`: this tree's engine with `runBoundaries: 'markup'` (what the Node `detect` command reads: roles and
 *   `style` attributes, no style read);
 * - `rendered`: this tree's engine as the content script runs it (roles, then each inline element's computed
 *   `display` beside a hint node).
 * Pages: the four saved job-board pages of the benchmark and its generated 5.3 MB page (opened halfway down, as
 * there), then 100 job cards appended to the small and the large page (the mutation path: style is read right
 * after the page changed).
 *
 * Times are main-thread CPU (CDP's ThreadTime): on a shared machine other processes lengthen wall-clock
 * times by half or more from one load to the next, but not the CPU the page's own thread spends. Printed, each
 * the median of the loads with its ratio to the baseline's in the same run:
 * - marking: CPU from the engine's start to its first idle (its slices and the style and paint work they
 *   cause), beside the wall-clock sum of its slices (best of loads), the style reads the rendered rule made
 *   (counted on a load of its own, not timed), the page's style recalculations, and the marks found;
 * - the hint walk alone, the part the rule changes (each run that may hold a word built and handed out,
 *   nothing detected): its first pass (cold) and the next ones (warm, per pass);
 * - 100 appended cards: CPU from the append to the engine's idle.
 * Figures only; it asserts nothing.
 * Options: --repeats N (loads per page and variant, default 5), --baseline REV.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { KEEP_NAMES_SHIM, launchPlainChromium } from './lib/bench-browser';
import { jobCardHtml, readPostings, writeLargePage } from './lib/bench-large-page';
import { foundMarks, MARKING_TIMEOUT_MS, measureAppend } from './lib/bench-measure';
import { APPENDED_CARDS, CORPUS, CORPUS_PAGES, LARGE_PAGE, SMALL_APPEND_PAGE } from './lib/bench-pages';
import { markdownTable, median, ms, ratio } from './lib/bench-report';
import { PROJECT_ROOT } from './lib/chromium';
import { serveStatic } from './lib/static-server';

/** Appends before the measured ones (cold code first, as in the benchmark), then the measured ones. */
const APPEND_WARM_UPS = 2;
const APPEND_SAMPLES = 3;
const VIEWPORT = { width: 1280, height: 800 };

const VARIANTS = ['baseline', 'markup', 'rendered'] as const;
type Variant = (typeof VARIANTS)[number];

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const repeats = Number(option('repeats')) || 5;
const git = (...gitArgs: string[]) =>
  execFileSync('git', gitArgs, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
/** Default baseline: the tree just before run-boundary.ts came in, when runs were decided by tag names alone. */
const baselineRevision =
  option('baseline') ??
  `${git('log', '--diff-filter=A', '--format=%H', '--', 'engine/run-boundary.ts').split('\n').pop()}^`;

/** Warm passes of the walk alone per load, after its first (cold) pass. */
const WARM_WALK_PASSES = 10;

/**
 * The engine and the real detector as one classic script defining `RoleLensRunsBench(runBoundaries)` (starts
 * the page marker) and `RoleLensRunsWalk(runBoundaries, passes)` (the hint walk alone: every run that may
 * hold a word, built and handed out, nothing detected or marked). `boundaries`: the tree has run-boundary.ts.
 */
async function bundleFrom(root: string, boundaries: boolean): Promise<string> {
  const contents = [
    "import { startPageMarker } from './engine/page-marker';",
    "import { createHintRunWalker } from './engine/hint-runs';",
    "import { detector } from './core/detector';",
    boundaries
      ? "import { renderedBreak } from './engine/run-boundary'; import { markupBreak } from './engine/declared-display';"
      : 'const markupBreak = undefined; const renderedBreak = () => undefined;',
    'globalThis.RoleLensRunsBench = (runBoundaries) => startPageMarker({',
    '  doc: document, detect: (text, context) => detector.detect(text, context),',
    '  mayHold: (text) => detector.mayHold(text),',
    "  prepare: () => detector.mayHold(''), recordSlices: true,",
    "  runBreak: runBoundaries === 'markup' ? () => markupBreak : undefined,",
    '});',
    'globalThis.RoleLensRunsWalk = (runBoundaries, passes) => {',
    "  const breaks = runBoundaries === 'rendered' ? renderedBreak(window) : markupBreak;",
    '  const mayHold = (text) => detector.mayHold(text);',
    '  let runs = 0;',
    '  for (let pass = 0; pass < passes; pass++) {',
    '    const walker = createHintRunWalker({ root: document.documentElement, mayHold, breaks });',
    '    runs = 0; for (let run = walker.next(); run; run = walker.next()) runs++;',
    '  }',
    '  return runs;',
    '};',
    "globalThis.RoleLensRunsPrepare = () => detector.mayHold('');",
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no bundle from ${root}`);
  return output.text;
}

/** The baseline revision's engine, core and data, extracted into `dir` (nothing in the work tree changes). */
function extractRevision(revision: string, dir: string): void {
  const archive = execFileSync('git', ['archive', revision, 'engine', 'core', 'data'], {
    cwd: PROJECT_ROOT,
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
}

/** One isolated world of a page's main frame (the content script's kind), kept for several evaluations. */
interface IsolatedWorld {
  evaluate(expression: string): Promise<unknown>;
  /** CPU time of the page's main thread so far (CDP's ThreadTime): other processes do not add to it. */
  threadMs(): Promise<number>;
  /** Style recalculations of the page so far (CDP's RecalcStyleCount). */
  styleRecalcs(): Promise<number>;
  close(): Promise<void>;
}

async function openIsolatedWorld(page: Page): Promise<IsolatedWorld> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'role-lens-bench-runs',
  });
  const metric = async (name: string) => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  };
  return {
    async evaluate(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: `${KEEP_NAMES_SHIM}\n${expression}`,
        contextId: executionContextId,
        returnByValue: true,
      });
      if (exceptionDetails) {
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      }
      return result.value;
    },
    threadMs: async () => (await metric('ThreadTime')) * 1000,
    styleRecalcs: () => metric('RecalcStyleCount'),
    close: () => cdp.detach(),
  };
}

/** Resolves in the page once the engine has first gone idle (an observer: no polling to add CPU time). */
function untilIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (performance.getEntriesByName('role-lens:idle', 'mark').length > 0) return resolve();
    const timer = setTimeout(() => reject(new Error('the engine never went idle')), timeoutMs);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('role-lens:idle').length === 0) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe({ type: 'mark' });
  });
}

interface Marking {
  page: Page;
  /** The engine's slices until its first idle, summed (wall clock). */
  workMs: number;
  /** Main-thread CPU from the engine's start to its first idle: slices, style and paint they cause. */
  cpuMs: number;
  styleRecalcs: number;
  marks: number;
  styleReads: number;
}

/**
 * Loads `url` fresh, starts the engine of `variant` in a fresh isolated world and waits for its first idle.
 * `countStyleReads`: wraps that world's getComputedStyle to count calls (a load of its own: not timed).
 */
async function markPage(
  browser: Browser,
  url: string,
  bundles: Record<Variant, string>,
  variant: Variant,
  countStyleReads = false,
): Promise<Marking> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(() => performance.mark('role-lens:record'));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const world = await openIsolatedWorld(page);
  let styleReads = 0;
  try {
    const counter = countStyleReads
      ? `globalThis.__styleReads = 0; const read = getComputedStyle;
         globalThis.getComputedStyle = function (...rest) { globalThis.__styleReads++; return read.apply(this, rest); };`
      : '';
    await world.evaluate(`${bundles[variant]}\n${counter}\nvoid 0;`);
    const mode = variant === 'baseline' ? 'undefined' : `'${variant}'`;
    const cpuBefore = await world.threadMs();
    const recalcsBefore = await world.styleRecalcs();
    await world.evaluate(`globalThis.__marker = RoleLensRunsBench(${mode}); void 0;`);
    await page.evaluate(untilIdle, MARKING_TIMEOUT_MS);
    const cpuMs = (await world.threadMs()) - cpuBefore;
    const styleRecalcs = (await world.styleRecalcs()) - recalcsBefore;
    if (countStyleReads) styleReads = Number(await world.evaluate('globalThis.__styleReads'));
    const workMs = await page.evaluate(() => {
      const idle = performance.getEntriesByName('role-lens:idle', 'mark')[0] as PerformanceEntry;
      return (performance.getEntriesByName('role-lens:slice', 'measure') as PerformanceMeasure[])
        .filter((slice) => slice.startTime <= idle.startTime)
        .reduce((sum, slice) => sum + slice.duration, 0);
    });
    return { page, workMs, cpuMs, styleRecalcs, marks: await foundMarks(page), styleReads };
  } finally {
    await world.close();
  }
}

/**
 * The hint walk alone on a fresh load, in a fresh isolated world: main-thread CPU of its first pass (cold: the
 * walk's code and the page's DOM wrappers are new to the world) and of the next ones (warm, per pass).
 */
async function walkPage(
  browser: Browser,
  url: string,
  bundles: Record<Variant, string>,
  variant: Variant,
): Promise<{ coldMs: number; warmMs: number; runs: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const world = await openIsolatedWorld(page);
  try {
    await world.evaluate(`${bundles[variant]}\nRoleLensRunsPrepare(); void 0;`);
    const mode = variant === 'baseline' ? 'undefined' : `'${variant}'`;
    const start = await world.threadMs();
    const runs = Number(await world.evaluate(`RoleLensRunsWalk(${mode}, 1)`));
    const cold = await world.threadMs();
    await world.evaluate(`RoleLensRunsWalk(${mode}, ${WARM_WALK_PASSES})`);
    const warm = await world.threadMs();
    return { coldMs: cold - start, warmMs: (warm - cold) / WARM_WALK_PASSES, runs };
  } finally {
    await world.close();
    await page.close();
  }
}

type PerVariant<T> = Record<Variant, T>;
const perVariant = <T>(make: () => T): PerVariant<T> => ({
  baseline: make(),
  markup: make(),
  rendered: make(),
});

interface PageFigures {
  cpuMs: PerVariant<number[]>;
  workMs: PerVariant<number[]>;
  styleRecalcs: PerVariant<number[]>;
  marks: PerVariant<number>;
  styleReads: number;
  walkColdMs: PerVariant<number[]>;
  walkWarmMs: PerVariant<number[]>;
  runs: PerVariant<number>;
}

/** Appends the cards as measureAppend does; returns main-thread CPU from the append to the engine's idle. */
async function appendCpu(page: Page, cardsHtml: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadMs = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((entry) => entry.name === 'ThreadTime')?.value ??
      Number.NaN) * 1000;
  try {
    const before = await threadMs();
    await measureAppend(page, cardsHtml);
    return (await threadMs()) - before;
  } finally {
    await cdp.detach();
  }
}

async function main(): Promise<void> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'role-lens-bench-runs-'));
  try {
    extractRevision(baselineRevision, tempDir);
    const current = await bundleFrom(PROJECT_ROOT, true);
    const bundles: PerVariant<string> = {
      // A baseline after run-boundary.ts came in (--baseline) has the same run rules to compare.
      baseline: await bundleFrom(tempDir, existsSync(path.join(tempDir, 'engine/declared-display.ts'))),
      markup: current,
      rendered: current,
    };
    const postings = readPostings(path.join(CORPUS, 'postings.jsonl'));
    const large = writeLargePage({ postings, dir: tempDir });
    const chinese = postings.filter((posting) => posting.title && /[\u4e00-\u9fff]/.test(posting.text));
    const cardsHtml = Array.from({ length: APPENDED_CARDS }, (_, index) =>
      jobCardHtml(chinese[index % chinese.length] as (typeof chinese)[number], 9000 + index),
    ).join('');
    const server = await serveStatic([path.join(CORPUS, 'html'), tempDir]);
    const browser = await launchPlainChromium();
    const urlOf = (file: string) =>
      file === LARGE_PAGE ? `${server.url(file)}#${large.middleAnchor}` : server.url(file);
    const figures = new Map<string, PageFigures>();
    const appends = new Map<string, PerVariant<number[]>>();
    try {
      for (const file of [...CORPUS_PAGES, LARGE_PAGE]) {
        const page: PageFigures = {
          cpuMs: perVariant(() => []),
          workMs: perVariant(() => []),
          styleRecalcs: perVariant(() => []),
          marks: perVariant(() => 0),
          styleReads: 0,
          walkColdMs: perVariant(() => []),
          walkWarmMs: perVariant(() => []),
          runs: perVariant(() => 0),
        };
        for (let run = 0; run < repeats; run++) {
          // Each round starts with another variant: none always meets the machine first or last.
          for (let step = 0; step < VARIANTS.length; step++) {
            const variant = VARIANTS[(run + step) % VARIANTS.length] as Variant;
            const marked = await markPage(browser, urlOf(file), bundles, variant);
            page.cpuMs[variant].push(marked.cpuMs);
            page.workMs[variant].push(marked.workMs);
            page.styleRecalcs[variant].push(marked.styleRecalcs);
            page.marks[variant] = marked.marks;
            await marked.page.close();
            const walked = await walkPage(browser, urlOf(file), bundles, variant);
            page.walkColdMs[variant].push(walked.coldMs);
            page.walkWarmMs[variant].push(walked.warmMs);
            page.runs[variant] = walked.runs;
          }
        }
        const counted = await markPage(browser, urlOf(file), bundles, 'rendered', true);
        page.styleReads = counted.styleReads;
        await counted.page.close();
        figures.set(file, page);
        console.error(
          `${file}: CPU ${VARIANTS.map((variant) => `${variant} ${ms(median(page.cpuMs[variant]))}`).join(', ')}`,
        );
      }
      for (const file of [SMALL_APPEND_PAGE, LARGE_PAGE]) {
        const cpu = perVariant<number[]>(() => []);
        for (let run = 0; run < repeats; run++) {
          for (let step = 0; step < VARIANTS.length; step++) {
            const variant = VARIANTS[(run + step) % VARIANTS.length] as Variant;
            const { page } = await markPage(browser, server.url(file), bundles, variant);
            for (let warmUp = 0; warmUp < APPEND_WARM_UPS; warmUp++) await measureAppend(page, cardsHtml);
            for (let sample = 0; sample < APPEND_SAMPLES; sample++) {
              cpu[variant].push(await appendCpu(page, cardsHtml));
            }
            await page.close();
          }
        }
        appends.set(file, cpu);
      }
    } finally {
      await browser.close();
      await server.close();
    }

    const best = (values: number[]) => Math.min(...values);
    const against = (values: PerVariant<number[]>, variant: Variant, pick: (values: number[]) => number) =>
      `${ms(pick(values[variant]))} (${ratio(pick(values[variant]) / pick(values.baseline))})`;
    const name = (file: string) =>
      file === LARGE_PAGE ? `large page (${(large.textBytes / 1e6).toFixed(1)} MB text)` : file;
    const markingRows = [...figures].map(([file, page]) => [
      name(file),
      ms(median(page.cpuMs.baseline)),
      against(page.cpuMs, 'markup', median),
      against(page.cpuMs, 'rendered', median),
      `${ms(best(page.workMs.baseline))} / ${against(page.workMs, 'rendered', best)}`,
      `${page.styleReads} / ${median(page.styleRecalcs.baseline)} → ${median(page.styleRecalcs.rendered)}`,
      `${page.marks.baseline} / ${page.marks.markup} / ${page.marks.rendered}`,
    ]);
    const walkRows = [...figures].map(([file, page]) => [
      name(file),
      `${ms(median(page.walkColdMs.baseline))} / ${ms(median(page.walkWarmMs.baseline))}`,
      `${against(page.walkColdMs, 'markup', median)} / ${against(page.walkWarmMs, 'markup', median)}`,
      `${against(page.walkColdMs, 'rendered', median)} / ${against(page.walkWarmMs, 'rendered', median)}`,
      `${page.runs.baseline} / ${page.runs.markup} / ${page.runs.rendered}`,
    ]);
    const appendRows = [...appends].map(([file, cpu]) => [
      `100 cards appended to ${file === LARGE_PAGE ? 'the large page' : file}`,
      ms(median(cpu.baseline)),
      against(cpu, 'markup', median),
      against(cpu, 'rendered', median),
    ]);
    const load = os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ');
    console.log(
      `Baseline ${baselineRevision.slice(0, 7)}; ${repeats} loads per page and variant, alternating; ` +
        `load average ${load} at the end. CPU: the page's main thread (CDP ThreadTime), median of loads.\n`,
    );
    console.log(
      markdownTable(
        [
          'page',
          'marking CPU, baseline (tags only)',
          'markup rule (Node’s), × baseline',
          'rendered rule (the browser’s), × baseline',
          'marking work (wall, best of loads): baseline / rendered (×)',
          'style reads / style recalcs baseline → rendered',
          'marks: baseline / markup / rendered',
        ],
        markingRows,
      ),
    );
    console.log(
      '\nThe hint walk alone (runs built around hint nodes, nothing detected), CPU: cold / warm.\n',
    );
    console.log(
      markdownTable(
        ['page', 'baseline', 'markup rule, × baseline', 'rendered rule, × baseline', 'runs'],
        walkRows,
      ),
    );
    console.log(
      `\nAppended cards (after ${APPEND_WARM_UPS} warm-up appends), CPU to the engine's idle, median of ${repeats * APPEND_SAMPLES}.\n`,
    );
    console.log(
      markdownTable(
        ['append', 'baseline', 'markup rule, × baseline', 'rendered rule, × baseline'],
        appendRows,
      ),
    );
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

await main();
