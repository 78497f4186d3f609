import type { Page } from 'playwright-core';
import { evaluateInIsolatedWorld, KEEP_NAMES_SHIM, type World } from './bench-browser';

/** How long to wait for the engine to finish marking a page before giving up. */
export const MARKING_TIMEOUT_MS = 120_000;

export interface MarkingFigures {
  /** Sum of the engine's slices until it first ran out of work (ms). */
  workMs: number;
  slices: number;
  longestSliceMs: number;
  /** Slices longer than a 60 Hz frame (16.7 ms). */
  slicesOverFrame: number;
  /** DOMContentLoaded → start of the engine's first slice (the content script runs at document_end). */
  startMs: number | null;
  /** DOMContentLoaded → the first paint (a slice's end or a paint mark) that registered a mark in view (ms). */
  firstViewportMarkMs: number | null;
  /** DOMContentLoaded → end of the last slice that found a mark (ms). */
  lastMarkMs: number | null;
  /** Marks the engine holds (painted or not). */
  marks: number;
  /**
   * Of the work: time reading runs' words (page context and detector) and keeping their marks (index and
   * paint window), as the engine's slice recorder sums them; the rest is the walk and the runs built.
   */
  detectMs: number;
  markMs: number;
}

/** Waits for the engine's first `role-lens:idle` mark, then reads its slices from the performance timeline. */
export async function readInitialMarking(page: Page): Promise<MarkingFigures> {
  await page.waitForFunction(() => performance.getEntriesByName('role-lens:idle', 'mark').length > 0, null, {
    timeout: MARKING_TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate(() => {
    type Sizes = Record<string, number>;
    const idle = performance.getEntriesByName('role-lens:idle', 'mark')[0] as PerformanceEntry;
    const slices = (
      performance.getEntriesByName('role-lens:slice', 'measure') as PerformanceMeasure[]
    ).filter((entry) => entry.startTime <= idle.startTime);
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const dcl = navigation.domContentLoadedEventStart;
    const total = (sizes: Sizes | undefined) => Object.values(sizes ?? {}).reduce((sum, n) => sum + n, 0);
    type Detail = { found?: Sizes; painted?: Sizes; stages?: { detect: number; mark: number } } | null;
    let lastMarkEnd: number | null = null;
    let previous = 0;
    for (const slice of slices) {
      const now = total((slice.detail as Detail)?.found);
      if (now > previous) lastMarkEnd = slice.startTime + slice.duration;
      previous = now;
    }
    // The first mark in view: the lowest insertion index (highlights are ordered sets) among ranges inside
    // the viewport, per family, then the first paint (a slice's end or a paint mark) whose count passed it.
    const firstInView: Record<string, number> = {};
    const names: Record<string, string> = {
      operations: 'role-lens-operations',
      marketing: 'role-lens-marketing',
      sales: 'role-lens-sales',
    };
    for (const [family, name] of Object.entries(names)) {
      const highlight = CSS.highlights.get(name) as unknown as Iterable<AbstractRange> | undefined;
      if (!highlight) continue;
      let index = 0;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        if (
          box.width > 0 &&
          box.bottom > 0 &&
          box.top < innerHeight &&
          box.right > 0 &&
          box.left < innerWidth
        ) {
          firstInView[family] = index;
          break;
        }
        index++;
      }
    }
    const paints = [
      ...slices.map((slice) => ({
        at: slice.startTime + slice.duration,
        painted: (slice.detail as Detail)?.painted ?? {},
      })),
      ...performance
        .getEntriesByName('role-lens:paint', 'mark')
        .map((mark) => ({ at: mark.startTime, painted: (mark as PerformanceMark).detail?.painted ?? {} })),
    ].sort((a, b) => a.at - b.at);
    let firstViewEnd: number | null = null;
    for (const { at, painted } of paints) {
      if (Object.entries(firstInView).some(([family, index]) => (painted[family] ?? 0) > index)) {
        firstViewEnd = at;
        break;
      }
    }
    const last = slices[slices.length - 1];
    return {
      workMs: slices.reduce((sum, slice) => sum + slice.duration, 0),
      slices: slices.length,
      longestSliceMs: Math.max(0, ...slices.map((slice) => slice.duration)),
      slicesOverFrame: slices.filter((slice) => slice.duration > 1000 / 60).length,
      startMs: slices[0] ? slices[0].startTime - dcl : null,
      firstViewportMarkMs: firstViewEnd === null ? null : firstViewEnd - dcl,
      lastMarkMs: lastMarkEnd === null ? null : lastMarkEnd - dcl,
      marks: total((last?.detail as Detail)?.found),
      detectMs: (last?.detail as Detail)?.stages?.detect ?? 0,
      markMs: (last?.detail as Detail)?.stages?.mark ?? 0,
    };
  });
}

/** Runs of the floor pass: the first (cold, like the engine's own first read) and the median of the rest. */
export const FLOOR_RUNS = 5;

export interface FloorFigures {
  /** The first pass: it meets the nodes with no JS wrappers yet in its world, as the engine's scan does. */
  coldMs: number;
  /** The median of the next passes, once this world holds a wrapper for every node. */
  warmMs: number;
  textNodes: number;
  chars: number;
  /** Open shadow roots seen (only when the pass visits elements). */
  shadowHosts: number;
}

/**
 * What the pass visits. `text`: text nodes only, the floor of issue 4. `elements`: elements too, reading
 * each one's `shadowRoot`: no API finds open shadow roots without looking at every element, so this is the
 * least any engine that marks text in shadow DOM must read.
 */
export type FloorVisit = 'text' | 'elements';

/**
 * The floor pass, the one implementation for every world and visit: a bare TreeWalker over the page reading
 * each text node's text (and, with `withElements`, each element's shadowRoot), nothing else, `runs` times.
 * Self-contained (it is serialised into the page).
 */
function floorPass(runs: number, withElements: boolean): FloorFigures {
  const times: number[] = [];
  let textNodes = 0;
  let chars = 0;
  let shadowHosts = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const show = withElements ? NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT : NodeFilter.SHOW_TEXT;
    const walker = document.createTreeWalker(document.documentElement, show);
    let count = 0;
    let length = 0;
    let hosts = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        if ((node as Element).shadowRoot) hosts++;
        continue;
      }
      length += (node as Text).data.length;
      count++;
    }
    times.push(performance.now() - start);
    textNodes = count;
    chars = length;
    shadowHosts = hosts;
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return {
    coldMs: times[0] ?? 0,
    warmMs: warm[Math.floor(warm.length / 2)] ?? 0,
    textNodes,
    chars,
    shadowHosts,
  };
}

/**
 * The floor on `page`, which should be a fresh load that no script has read yet: the first pass meets the
 * DOM cold, as the engine's scan does. In the isolated world the pass is the first script ever to run there.
 */
export async function measureFloor(
  page: Page,
  { world, visit = 'text' }: { world: World; visit?: FloorVisit },
): Promise<FloorFigures> {
  // One source for both worlds.
  const expression = `(${floorPass.toString()})(${FLOOR_RUNS}, ${visit === 'elements'})`;
  if (world === 'main') return (await page.evaluate(`${KEEP_NAMES_SHIM}\n${expression}`)) as FloorFigures;
  return (await evaluateInIsolatedWorld(page, expression)) as FloorFigures;
}

/**
 * Appends `cardsHtml` (job cards) at the end of the page's main list, waits until the engine has caught up,
 * and returns the work of its slices since the append.
 */
export async function measureAppend(
  page: Page,
  cardsHtml: string,
): Promise<{ workMs: number; slices: number; marksAdded: number }> {
  const before = await page.evaluate(() => performance.getEntriesByName('role-lens:idle', 'mark').length);
  const marksBefore = await foundMarks(page);
  const appendedAt = await page.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const list = document.getElementById('list') ?? document.body;
    const start = performance.now();
    for (const card of [...template.content.children]) list.append(card);
    return start;
  }, cardsHtml);
  await page.waitForFunction(
    (count) => performance.getEntriesByName('role-lens:idle', 'mark').length > count,
    before,
    { timeout: MARKING_TIMEOUT_MS, polling: 20 },
  );
  const work = await page.evaluate((since) => {
    const slices = (
      performance.getEntriesByName('role-lens:slice', 'measure') as PerformanceMeasure[]
    ).filter((entry) => entry.startTime >= since);
    return { workMs: slices.reduce((sum, slice) => sum + slice.duration, 0), slices: slices.length };
  }, appendedAt);
  return { ...work, marksAdded: (await foundMarks(page)) - marksBefore };
}

/** How many marks the engine holds, painted or not: its last slice's count. */
export async function foundMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slices = performance.getEntriesByName('role-lens:slice', 'measure') as PerformanceMeasure[];
    const found = (slices[slices.length - 1]?.detail as { found?: Record<string, number> } | null)?.found;
    return Object.values(found ?? {}).reduce((sum, count) => sum + count, 0);
  });
}
