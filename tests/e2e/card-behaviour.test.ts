import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_BUILD, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { hoverMark, markCentre, waitForMarks } from '../../scripts/lib/page-probe';
import type { StaticServer } from '../../scripts/lib/static-server';
import { startHarness } from './extension-harness';

// How the card behaves under a reader's hands, in real Chromium with the built extension: it opens on intent,
// closes on Esc, pins, keeps focus, moves from mark to mark, and keeps the wheel to itself.

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: {
    query(info: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await startHarness());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: null }));
});

async function openSample(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('sample-job-page.html'));
  await waitForMarks(page, 'operations');
  return page;
}

/** What the page shows of the card: its headword, whether it is pinned, and whether focus is in it. */
function cardState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('role-lens-tooltip')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.rl-tooltip');
    if (!card) return null;
    return {
      term: card.querySelector('.rl-term')?.textContent ?? null,
      pinned: card.hasAttribute('data-pinned'),
      focused: !!root?.activeElement && card.contains(root.activeElement),
    };
  });
}

/**
 * Counts every card put on screen from now on, a card flashing by included: each card added to the host and
 * left there past the task that added it (cards prepared in idle time are laid out and taken out at once).
 */
async function countCards(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const root = document.querySelector('role-lens-tooltip')?.shadowRoot;
    const container = root?.lastElementChild;
    const counter = window as unknown as { __cards: number };
    counter.__cards = 0;
    if (container)
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node.isConnected) counter.__cards += 1;
      }).observe(container, { childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { __cards: number }).__cards);
}

describe('opening on intent', () => {
  it('shows no card while the pointer sweeps across a row of marks, and one once it rests', async () => {
    const page = await openSample();
    await page.mouse.move(2, 200);
    await page.waitForFunction(() => document.querySelector('role-lens-tooltip')); // the host, added on first move
    // The first move starts drawing cards in idle time, one per idle period (card-controller.ts prepare: the 3
    // family words, then up to 16 titles). Let that finish: drawing blocks the page's thread, which then
    // delivers the sweep's moves late and slow, as a hand coming to rest (seen: 288 ms for the sweep, not 70).
    await page.evaluate(async () => {
      for (let period = 0; period < 24; period++)
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    });
    const shown = await countCards(page);
    const first = await markCentre(page, 'operations', '运营');
    const last = await markCentre(page, 'sales', '销售');
    // Along the category links, 运营 · 市场营销 · 销售, in a few quick moves, as a hand passing by (big steps,
    // so a busy machine that delivers them slowly still moves faster than a hand coming to rest).
    await page.mouse.move(first.x - 40, first.y);
    await page.mouse.move(last.x, last.y, { steps: 4 });
    expect(await shown()).toBe(0);
    // Resting on the last one opens its card, after a short dwell.
    await page.waitForFunction(() =>
      document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
    );
    expect((await cardState(page))?.term).toBe('销售');
    expect(await shown()).toBe(1);
    await page.close();
  });

  it('shows no card while text is being selected across a mark', async () => {
    const page = await openSample();
    await page.mouse.move(2, 200);
    const mark = await markCentre(page, 'operations', '运营管理');
    await page.mouse.move(mark.x, mark.y + 40); // below the paragraph, on no mark
    await page.waitForTimeout(300);
    const shown = await countCards(page);
    await page.mouse.down();
    // Up onto the mark and across it, slowly, as a reader selecting a phrase.
    for (let step = 0; step <= 20; step++)
      await page.mouse.move(mark.x - 40 + step * 4, mark.y + 40 - step * 2);
    await page.waitForTimeout(400); // longer than any dwell: a card would be up by now
    expect(await shown()).toBe(0);
    await page.mouse.up();
    await page.close();
  });
});

describe('Esc', () => {
  it('closes the card, which stays closed on that mark until the pointer leaves it', async () => {
    const page = await openSample();
    await hoverMark(page, 'operations', '用户运营');
    const { x, y } = await markCentre(page, 'operations', '用户运营');
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    await page.mouse.move(x + 1, y);
    await page.waitForTimeout(300);
    expect(await cardState(page)).toBeNull();
    await page.mouse.move(2, 2);
    await page.mouse.move(x, y);
    await expect.poll(async () => (await cardState(page))?.term).toBe('用户运营');
    await page.close();
  });
});

describe('pinning', () => {
  it('a click on a mark pins its card: it takes focus, stays as the pointer leaves, Tab stays in it', async () => {
    const page = await openSample();
    const { x, y } = await markCentre(page, 'operations', '运营总监');
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await expect
      .poll(async () => await cardState(page))
      .toEqual({ term: '运营总监', pinned: true, focused: true });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    expect((await cardState(page))?.pinned).toBe(true);
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('Tab');
      expect((await cardState(page))?.focused).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('Esc gives focus back where it was before the card took it', async () => {
    const page = await openSample();
    await page.evaluate(() => {
      // A button of the test's own, focused before the card opens (the page is the test's fixture).
      const button = document.createElement('button');
      button.id = 'before';
      document.querySelector('main')?.prepend(button);
      button.focus();
    });
    await hoverMark(page, 'operations', '运营总监');
    await page.keyboard.press('p');
    await expect.poll(async () => (await cardState(page))?.focused).toBe(true);
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });

  it('a click on a mark inside a link follows the link, and pins nothing', async () => {
    const page = await openSample();
    const { x, y } = await markCentre(page, 'marketing', '市场营销');
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#mkt');
    expect((await cardState(page))?.pinned ?? false).toBe(false);
    await page.close();
  });

  it('P pins the card the pointer opened; N and B move it to the next and previous mark; a click outside closes it', async () => {
    const page = await openSample();
    await hoverMark(page, 'operations', '运营总监');
    await page.keyboard.press('p');
    await expect.poll(async () => (await cardState(page))?.pinned).toBe(true);
    await page.keyboard.press('n');
    // In reading order after the title: 运营管理 in the paragraph below it.
    await expect.poll(async () => (await cardState(page))?.term).toBe('运营管理');
    expect((await cardState(page))?.focused).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(async () => (await cardState(page))?.term).toBe('运营总监');
    await page.mouse.click(5, 300);
    expect(await cardState(page)).toBeNull();
    await page.close();
  });
});

describe('the explain command', () => {
  /** What the background does when the command's key is pressed (a key the browser, not the page, hears). */
  const pressCommand = () =>
    browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'role-lens:explain' });
    });

  it('is declared with its key, changeable by the user', () => {
    const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.commands.explain.suggested_key.default).toBe('Alt+Shift+K');
  });

  it('explains the selected text, pinned, or says it holds no term', async () => {
    const page = await openSample();
    await page.bringToFront();
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('统筹公司'));
      const range = document.createRange();
      range.selectNodeContents(paragraph as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await pressCommand();
    await expect.poll(async () => await cardState(page)).toMatchObject({ term: '运营管理', pinned: true });
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.meta') as HTMLElement); // 上海 · 3-5年 · 本科
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await pressCommand();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-lead')?.textContent,
        ),
      )
      .toContain('没有运营、营销或销售');
    await page.close();
  });

  it('with nothing selected, explains the first mark in view', async () => {
    const page = await openSample();
    await page.setViewportSize({ width: 1000, height: 300 }); // short, so the page scrolls far enough
    await page.bringToFront();
    await page.evaluate(() => scrollTo(0, document.getElementById('sales')?.offsetTop ?? 0));
    await pressCommand();
    await expect.poll(async () => (await cardState(page))?.term).toBe('大客户销售');
    await page.close();
  });
});

describe('the wheel over the card', () => {
  it('scrolls the card, never the page', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 500 });
    await page.goto(server.url('sample-job-page.html'));
    await waitForMarks(page, 'operations');
    await hoverMark(page, 'operations', '运营总监');
    const before = await page.evaluate(() => scrollY);
    const card = await page.evaluate(() => {
      const rect = document
        .querySelector('role-lens-tooltip')
        ?.shadowRoot?.querySelector('.rl-tooltip')
        ?.getBoundingClientRect();
      return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    if (!card) throw new Error('no card');
    await page.mouse.move(card.x, card.y);
    for (let turn = 0; turn < 8; turn++) await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    const cardScroll = await page.evaluate(
      () =>
        document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip')?.scrollTop ?? 0,
    );
    expect(cardScroll).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a fullscreen element', () => {
  it('has the card drawn above it, in the top layer', async () => {
    const page = await openSample();
    // The test's own page: make the first posting fullscreen, as a video or a reader view would be.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'go-fullscreen';
      button.textContent = '全屏';
      button.onclick = () => void document.getElementById('ops')?.requestFullscreen();
      document.getElementById('ops')?.prepend(button);
    });
    await page.click('#go-fullscreen');
    await page.waitForFunction(() => document.fullscreenElement?.id === 'ops');
    await hoverMark(page, 'operations', '用户运营');
    const onTop = await page.evaluate(() => {
      const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
      const rect = card?.getBoundingClientRect();
      if (!rect) return null;
      return document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)?.localName;
    });
    expect(onTop).toBe('role-lens-tooltip');
    await page.close();
  });
});
