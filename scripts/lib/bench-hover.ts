import type { Page } from 'playwright-core';

/** Marks hovered per page (at most), and how long to wait for the tooltip after each move. */
export const HOVER_SAMPLES = 30;
const TOOLTIP_WAIT_MS = 1_000;
/** Longer than the tooltip's hide grace period, so each hover starts with no tooltip. */
const REST_BETWEEN_MS = 450;

/**
 * Installed before any other script (an init script): notes each pointermove's timestamp in a window
 * listener that runs before the content script's, which answers a move synchronously in its own listener.
 */
export function installHoverClock(): void {
  const state = { lastMove: 0, latencies: [] as number[], waiting: false };
  Object.assign(window, { __hoverBench: state });
  addEventListener(
    'pointermove',
    (event) => {
      state.lastMove = event.timeStamp;
      state.waiting = true;
    },
    { capture: true },
  );
}

/**
 * Hover-to-visible latency with the extension: the page's own listener (installHoverClock) notes each pointermove's timestamp,
 * and a MutationObserver on the tooltip's open shadow root notes when a tooltip card turns visible (placed,
 * rendered; it paints in the frame that produced it). Returns one latency (ms) per mark hovered.
 */
export async function measureHover(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const state = (
      window as unknown as { __hoverBench?: { lastMove: number; latencies: number[]; waiting: boolean } }
    ).__hoverBench;
    if (!state) throw new Error('installHoverClock must run as an init script before the page loads');
    const checkCard = (host: Element) => {
      const card = host.shadowRoot?.querySelector<HTMLElement>('div > *');
      if (state.waiting && card && card.style.visibility === 'visible') {
        state.latencies.push(performance.now() - state.lastMove);
        state.waiting = false;
      }
    };
    const watch = (host: Element) => {
      if (!host.shadowRoot) return;
      new MutationObserver(() => checkCard(host)).observe(host.shadowRoot, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    };
    const existing = document.querySelector('role-lens-tooltip');
    if (existing) watch(existing);
    else {
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if ((node as Element).localName === 'role-lens-tooltip') {
              watch(node as Element);
              checkCard(node as Element);
              observer.disconnect();
            }
          }
        }
      });
      observer.observe(document.documentElement, { childList: true });
    }
  });

  // Down the page a screen at a time, hovering the marks in view: only marks near the viewport are
  // registered (engine/paint-window.ts), and many marks of a real page sit in closed menus or under
  // overlays, where no pointer reaches them (those are passed over).
  let hovered = 0;
  for (let screen = 0; hovered < HOVER_SAMPLES; screen++) {
    await page.mouse.move(1, 1);
    const points = await page.evaluate(async (index) => {
      scrollTo(0, index * innerHeight * 0.8);
      // Two frames: the engine's observer registers the marks now near the viewport.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const found: { x: number; y: number }[] = [];
      for (const name of ['role-lens-operations', 'role-lens-marketing', 'role-lens-sales']) {
        const highlight = CSS.highlights.get(name) as unknown as Iterable<AbstractRange> | undefined;
        for (const range of highlight ?? []) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const box = live.getClientRects()[0];
          if (!box || box.width < 4 || box.top < 0 || box.bottom > innerHeight) continue;
          const x = box.left + Math.min(box.width / 2, 8);
          const y = box.top + box.height / 2;
          // Only marks that are on top at that point (not under a menu or overlay).
          if (document.elementFromPoint(x, y)?.contains(range.startContainer)) found.push({ x, y });
        }
      }
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      return { found, atEnd };
    }, screen);
    for (const point of points.found) {
      if (hovered >= HOVER_SAMPLES) break;
      hovered++;
      await page.mouse.move(1, 1);
      await page.waitForTimeout(REST_BETWEEN_MS);
      await page.evaluate(() => {
        (window as unknown as { __hoverBench: { waiting: boolean } }).__hoverBench.waiting = false;
      });
      const before = await page.evaluate(
        () => (window as unknown as { __hoverBench: { latencies: number[] } }).__hoverBench.latencies.length,
      );
      await page.mouse.move(point.x, point.y);
      await page
        .waitForFunction(
          (count) =>
            (window as unknown as { __hoverBench: { latencies: number[] } }).__hoverBench.latencies.length >
            count,
          before,
          { timeout: TOOLTIP_WAIT_MS, polling: 10 },
        )
        .catch(() => undefined);
    }
    if (points.atEnd) break;
  }
  return page.evaluate(
    () => (window as unknown as { __hoverBench: { latencies: number[] } }).__hoverBench.latencies,
  );
}
