import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, launchFirefoxWithExtension } from '../../scripts/lib/firefox';
import {
  highlightCounts,
  hoverMark,
  hoverPoint,
  pointerAway,
  textCentre,
  tooltipText,
  waitForMarks,
} from '../../scripts/lib/page-probe';
import type { StaticServer } from '../../scripts/lib/static-server';
import { serveStatic } from '../../scripts/lib/static-server';
import { DEMO_DIR, FIXTURES_DIR } from './extension-harness';

// Firefox is the second first-class browser (DESIGN.md). .ci/run installs it; elsewhere the test says why it skips.
const firefox = findFirefox();
if (!firefox)
  console.warn('Firefox tests skipped: no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).');

describe.runIf(firefox)('Role Lens in Firefox', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic([DEMO_DIR, FIXTURES_DIR]);
    browser = await launchFirefoxWithExtension({ executablePath: firefox as string });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the sample page and explains a mark on hover', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.goto(server.url('sample-job-page.html'));
    await waitForMarks(page, 'operations');
    const counts = await highlightCounts(page);
    for (const name of ['role-lens-operations', 'role-lens-marketing', 'role-lens-sales']) {
      expect(counts[name]).toBeGreaterThan(0);
    }
    // Each family in a line style of its own (marks.css), as Firefox computes the highlight's style.
    const lines = await page.evaluate(() =>
      ['operations', 'marketing', 'sales'].map((family) => {
        const style = getComputedStyle(document.body, `::highlight(role-lens-${family})`);
        return `${style.textDecorationLine} ${style.textDecorationStyle}`;
      }),
    );
    expect(lines).toEqual(['underline solid', 'underline wavy', 'underline dotted']);
    // The card is built by the extension's background page and sent to the content script.
    const text = await hoverMark(page, 'operations', '用户运营');
    expect(text).toContain('对象：用户');
    expect(text).toContain('#7 #9 都把用户运营列为运营的一种');
    expect(text).toContain('谁包含谁，原文没有共识');
    await page.close();
  });

  it('looks beneath a whole-card link for the title, and not beneath a mask', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.goto(server.url('card-link-page.html'));
    await page.waitForFunction(() => CSS.highlights.get('role-lens-sales')?.size === 2);
    const title = await textCentre(page, '#job-sales h3');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, title)).toBe(
      'cover',
    );
    await pointerAway(page);
    expect(await hoverPoint(page, title, '销售经理')).toContain('销售经理');
    await pointerAway(page);
    const masked = await textCentre(page, '#job-locked h3');
    await page.mouse.move(masked.x, masked.y);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
    );
    expect(await tooltipText(page)).toBeNull();
    await page.close();
  });

  it('pins a card with P: focus goes into it, N moves it to the next mark, Esc closes it and gives focus back', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.goto(server.url('sample-job-page.html'));
    await waitForMarks(page, 'operations');
    // A button of the test's own, focused before the card opens.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'before';
      document.querySelector('main')?.prepend(button);
      button.focus();
    });
    await hoverMark(page, 'operations', '运营总监');
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('role-lens-tooltip')?.shadowRoot;
        const card = root?.querySelector('.rl-tooltip');
        return card
          ? {
              term: card.querySelector('.rl-term')?.textContent,
              pinned: card.hasAttribute('data-pinned'),
              focused: !!root?.activeElement && card.contains(root.activeElement),
            }
          : null;
      });
    await page.keyboard.press('p');
    await page.waitForFunction(() =>
      document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip[data-pinned]'),
    );
    expect(await state()).toEqual({ term: '运营总监', pinned: true, focused: true });
    await page.keyboard.press('n');
    await page.waitForFunction(
      () =>
        document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-term')?.textContent ===
        '运营管理',
    );
    expect((await state())?.focused).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });
});
