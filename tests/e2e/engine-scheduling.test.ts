import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  foundMarks,
  idleCount,
  readMarks,
  startEngineInPage,
  waitForFrames,
  waitForIdle,
} from '../../scripts/lib/bench-engine-page';
import { useEngineHarness } from './engine-harness';

// How the engine spends its time on a long page: in slices, the visible part first, and after a
// single-page navigation only on what changed. Nothing here measures time: it checks order and coverage.

const harness = useEngineHarness();
let page: Page;

afterEach(async () => {
  await page?.close();
});

async function open(
  file: string,
  { scrollToCard, scrollAfterStart }: { scrollToCard?: number; scrollAfterStart?: number } = {},
): Promise<void> {
  page = await harness.openPage(file);
  if (scrollToCard !== undefined) {
    await page.evaluate((index) => document.getElementById(`card${index}`)?.scrollIntoView(), scrollToCard);
  }
  const before = await idleCount(page);
  const thenScrollTo = scrollAfterStart === undefined ? undefined : `card${scrollAfterStart}`;
  await startEngineInPage({ page, bundle: harness.bundle, thenScrollTo });
  await waitForIdle(page, before);
}

/** Every painted range: how many, the top of the highest and the bottom of the lowest, and their cards. */
async function paintedSpan(): Promise<{ count: number; first: number; last: number; cards: number[] }> {
  return page.evaluate(() => {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let count = 0;
    const cards: number[] = [];
    CSS.highlights.forEach((highlight) => {
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        first = Math.min(first, box.top);
        last = Math.max(last, box.bottom);
        count++;
        const card = (range.startContainer.parentNode?.parentNode?.parentNode as Element | null)?.id ?? '';
        cards.push(Number(card.replace('card', '')));
      }
    });
    return { count, first, last, cards };
  });
}

/** Where the first range the engine added lies (highlights keep insertion order), and its card number. */
async function firstMark(): Promise<{ top: number; bottom: number; card: number } | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('role-lens-operations') as unknown as Iterable<AbstractRange>;
    const [range] = highlight;
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const box = live.getBoundingClientRect();
    const card = (range.startContainer.parentNode?.parentNode?.parentNode as Element | null)?.id ?? '';
    return { top: box.top, bottom: box.bottom, card: Number(card.replace('card', '')) };
  });
}

describe('page engine scheduling in Chromium', () => {
  it('marks a long page over many tasks, and paints only what is near the viewport', async () => {
    await open('long.html');
    const slices = await page.evaluate(
      () => performance.getEntriesByName('role-lens:slice', 'measure').length,
    );
    expect(slices).toBeGreaterThan(1);
    expect(await foundMarks(page)).toEqual({ operations: 1000, marketing: 1000, sales: 1000 });
    // Chromium revisits every registered range after any change to the page: only marks within a screen of
    // the viewport (700 px high here) are registered.
    const top = await paintedSpan();
    expect(top.count).toBeGreaterThan(0);
    expect(top.count).toBeLessThan(300);
    expect(top.first).toBeGreaterThanOrEqual(-700);
    expect(top.last).toBeLessThanOrEqual(1400 + 100);
    // Scrolling paints what comes near and lets go of what is far.
    await page.evaluate(() => document.getElementById('card2500')?.scrollIntoView());
    await waitForFrames(page);
    const further = await paintedSpan();
    expect(further.count).toBeLessThan(300);
    expect(further.first).toBeGreaterThanOrEqual(-700 - 100);
    expect(further.last).toBeLessThanOrEqual(1400 + 100);
    expect(further.cards).toContain(2500);
  });

  it('records how much of its slices went to reading words and keeping marks, for the benchmark', async () => {
    await open('long.html');
    const { slices, stages } = await page.evaluate(() => {
      const entries = performance.getEntriesByName('role-lens:slice', 'measure') as PerformanceMeasure[];
      return {
        slices: entries.map((entry) => entry.duration),
        stages: entries.map((entry) => (entry.detail as { stages: { detect: number; mark: number } }).stages),
      };
    });
    // Sums since the start: they never go down, and they lie within the slices they were timed in (each
    // of the page's clock readings is coarsened to 0.1 ms in a context that is not cross-origin isolated).
    for (let index = 1; index < stages.length; index++) {
      expect(stages[index]?.detect).toBeGreaterThanOrEqual(stages[index - 1]?.detect ?? 0);
      expect(stages[index]?.mark).toBeGreaterThanOrEqual(stages[index - 1]?.mark ?? 0);
    }
    const last = stages[stages.length - 1] ?? { detect: 0, mark: 0 };
    expect(last.detect).toBeGreaterThan(0);
    expect(last.mark).toBeGreaterThan(0);
    const work = slices.reduce((sum, duration) => sum + duration, 0);
    expect(last.detect + last.mark).toBeLessThan(work + 0.2 * slices.length);
  });

  it('paints the marks of one long text near the viewport again when the window grows', async () => {
    page = await harness.openPage('long.html');
    // One block of 3,000 lines (a log in a <pre>): its marks are chosen by position, not by block.
    await page.evaluate(() => {
      const lines = Array.from({ length: 3000 }, (_, index) => `第${index}行 用户运营`).join('\n');
      document.body.innerHTML = `<pre style="font:16px/20px monospace;margin:0">${lines}</pre>`;
    });
    const before = await idleCount(page);
    await startEngineInPage({ page, bundle: harness.bundle });
    await waitForIdle(page, before);
    await waitForFrames(page);
    // Painted: a screen above and one below a 700 px viewport at most.
    expect((await paintedSpan()).last).toBeLessThanOrEqual(2 * 700 + 100);
    // Three times as tall: the marks down to a screen below the new viewport paint, with no scroll.
    await page.setViewportSize({ width: 1000, height: 2100 });
    await waitForFrames(page);
    const grown = await paintedSpan();
    expect(grown.last).toBeGreaterThan(2 * 2100 - 100);
    expect(grown.last).toBeLessThanOrEqual(2 * 2100 + 100);
  });

  it('marks what is in view first when the page is scrolled down', async () => {
    await open('long.html', { scrollToCard: 2000 });
    const first = await firstMark();
    expect(first?.top).toBeGreaterThanOrEqual(0);
    expect(first?.bottom).toBeLessThanOrEqual(700);
    expect(first?.card).toBeGreaterThanOrEqual(2000);
    // …and the rest of the page, above and below, is marked too.
    expect((await foundMarks(page)).operations).toBe(1000);
  });

  it('follows the viewport when the page scrolls while it is being marked', async () => {
    await open('long.html', { scrollAfterStart: 2400 });
    const first = await firstMark();
    expect(first?.card).toBeGreaterThanOrEqual(2400);
    expect(first?.top).toBeGreaterThanOrEqual(0);
    expect(first?.bottom).toBeLessThanOrEqual(700);
    expect((await foundMarks(page)).operations).toBe(1000);
  });

  it('follows a single-page navigation: old marks go, the new page is marked', async () => {
    await open('long.html');
    const before = await idleCount(page);
    await page.evaluate(() => {
      history.pushState({}, '', '#/jobs/42');
      (document.getElementById('list') as HTMLElement).innerHTML =
        '<article><h1>用户运营经理</h1><p>负责社群运营与销售支持。</p></article>';
    });
    await waitForIdle(page, before);
    const marks = await readMarks(page);
    expect(marks['role-lens-operations']).toEqual(['运营', '运营']);
    expect(marks['role-lens-sales']).toEqual(['销售']);
    expect(marks['role-lens-marketing']).toEqual([]);
    // Not one of the 3,000 old marks is kept, painted or not.
    expect(await foundMarks(page)).toEqual({ operations: 2, marketing: 0, sales: 1 });
  });

  it('hit-tests with caretRangeFromPoint where caretPositionFromPoint is missing', async () => {
    await open('long.html');
    const hit = await page.evaluate(() => {
      Object.defineProperty(Document.prototype, 'caretPositionFromPoint', {
        value: undefined,
        configurable: true,
      });
      const text = document.querySelector('#card0 b')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 3); // 运 of 新媒体运营 (the test terms hold 运营, not 新媒体运营)
      range.setEnd(text, 4);
      const box = range.getBoundingClientRect();
      const marker = (
        window as unknown as {
          __marker: { hitTest(x: number, y: number): { detection: { text: string } } | null };
        }
      ).__marker;
      return marker.hitTest(box.left + box.width / 2, box.top + box.height / 2)?.detection.text ?? null;
    });
    expect(hit).toBe('运营');
  });
});
