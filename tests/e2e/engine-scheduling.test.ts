import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { idleCount, readMarks, startEngineInPage, waitForIdle } from '../../scripts/lib/bench-engine-page';
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
  it('marks a long page over many tasks, paints in a few batches, and marks all of it', async () => {
    await open('long.html');
    // Each slice records how many ranges the highlights hold (what paints): count the changes.
    const { slices, paints } = await page.evaluate(() => {
      const measures = performance.getEntriesByName('role-lens:slice', 'measure') as PerformanceMeasure[];
      let paints = 0;
      let previous = 0;
      for (const measure of measures) {
        const sizes = (measure.detail as { sizes?: Record<string, number> }).sizes ?? {};
        const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
        if (total !== previous) paints++;
        previous = total;
      }
      return { slices: measures.length, paints };
    });
    expect(slices).toBeGreaterThan(1);
    // Every change to a registered highlight makes the browser revisit all its ranges on the next frame.
    expect(paints).toBeGreaterThanOrEqual(1);
    expect(paints).toBeLessThan(Math.max(2, slices / 2));
    const marks = await readMarks(page);
    expect(marks['role-lens-operations']).toHaveLength(1000);
    expect(marks['role-lens-marketing']).toHaveLength(1000);
    expect(marks['role-lens-sales']).toHaveLength(1000);
  });

  it('marks what is in view first when the page is scrolled down', async () => {
    await open('long.html', { scrollToCard: 2000 });
    const first = await firstMark();
    expect(first?.top).toBeGreaterThanOrEqual(0);
    expect(first?.bottom).toBeLessThanOrEqual(700);
    expect(first?.card).toBeGreaterThanOrEqual(2000);
    // …and the rest of the page, above and below, is marked too.
    expect((await readMarks(page))['role-lens-operations']).toHaveLength(1000);
  });

  it('follows the viewport when the page scrolls while it is being marked', async () => {
    await open('long.html', { scrollAfterStart: 2400 });
    const first = await firstMark();
    expect(first?.card).toBeGreaterThanOrEqual(2400);
    expect(first?.top).toBeGreaterThanOrEqual(0);
    expect(first?.bottom).toBeLessThanOrEqual(700);
    expect((await readMarks(page))['role-lens-operations']).toHaveLength(1000);
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
