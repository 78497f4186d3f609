import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/chromium';
import { highlightCounts, hoverMark, tooltipText, waitForMarks } from '../../scripts/lib/page-probe';
import type { StaticServer } from '../../scripts/lib/static-server';
import { startHarness } from './extension-harness';

const LAGOU = 'lagou_home_shenzhen_2019-03.html';

/** The extension's own `chrome` global, as seen inside its service worker (where `evaluate` runs). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

let browser: ExtensionBrowser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, server } = await startHarness());
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openExtensionPage(name: 'popup' | 'options'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
  return page;
}

/** A new tab on a served page; with `family`, once that family's marks are there. */
async function openPage(file: string, family?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(file));
  if (family) await waitForMarks(page, family);
  return page;
}

/** Writes straight into the extension's storage, as a bug or an old version might have left it. */
async function writeRawSettings(value: unknown): Promise<void> {
  await browser.serviceWorker.evaluate((raw) => chrome.storage.local.set({ settings: raw }), value);
}

describe('Role Lens on a real job page (lagou home, 2019)', () => {
  let page: Page;

  beforeAll(async () => {
    await writeRawSettings(null);
    page = await openPage(LAGOU, 'operations');
  });

  it('registers marks for every family under the documented highlight names', async () => {
    // Registered are the marks within a screen of the viewport: at the top of this page, 运营 and 营销.
    await waitForMarks(page, 'marketing');
    const top = await highlightCounts(page);
    expect(top['role-lens-operations']).toBeGreaterThan(0);
    expect(top['role-lens-marketing']).toBeGreaterThan(0);
    expect(top['role-lens-sales']).toBe(0);
    // The first 销售 marks sit three screens down: scrolled near, they are registered too.
    await page.evaluate(() => scrollTo(0, 1800));
    await waitForMarks(page, 'sales');
    expect((await highlightCounts(page))['role-lens-sales']).toBeGreaterThan(0);
    await page.evaluate(() => scrollTo(0, 0));
  });

  it('shows a tooltip explaining 运营 when a 运营 mark is hovered, and hides it when the pointer leaves', async () => {
    const text = await hoverMark(page, 'operations', '运营');
    expect(text).toContain('运营');
    expect(text).toContain('和另外两个词的区别');
    expect(text).toMatch(/观点 \d+/);
    await page.mouse.move(2, 2);
    await page.waitForFunction(
      () => !document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
    );
    expect(await tooltipText(page)).toBeNull();
  });

  it('changes the open tab\u2019s tooltip when viewpoints are changed on the options page', async () => {
    const before = await hoverMark(page, 'operations', '运营');
    expect(before).not.toContain('观点 3 ·'); // not in the default selection
    const options = await openExtensionPage('options');
    // The change travels options page → storage → content script: hover again until it has arrived.
    const hoverAgain = async () => {
      await page.mouse.move(2, 2);
      return hoverMark(page, 'operations', '运营');
    };
    await options.getByRole('button', { name: '全选' }).click();
    await page.bringToFront();
    await expect.poll(hoverAgain, { timeout: 15_000 }).toContain('观点 14 ·');
    const all = await hoverAgain();
    for (let index = 1; index <= 14; index++) expect(all).toContain(`观点 ${index} ·`);

    await options.locator('[data-viewpoint="v01"] input').uncheck();
    await expect.poll(hoverAgain, { timeout: 15_000 }).not.toContain('观点 1 ·');
    expect(await hoverAgain()).toContain('观点 2 ·');
    await options.close();
  });
});

describe('popup', () => {
  it('finds 销售代表 and shows its card', async () => {
    const popup = await openExtensionPage('popup');
    await popup.getByRole('searchbox').fill('销售代表');
    const card = popup.locator('.rl-card');
    await expect.poll(() => card.getAttribute('data-term')).toBe('销售代表');
    expect(await card.textContent()).toContain('销售');
    await popup.close();
  });

  it('finds the 运营 entry from the Traditional form 營運, and opens the three core words in one click', async () => {
    const popup = await openExtensionPage('popup');
    await popup.getByRole('searchbox').fill('營運');
    await expect.poll(() => popup.locator('.rl-card').getAttribute('data-term')).toBe('运营');
    await popup.getByRole('button', { name: '销售', exact: true }).click();
    await expect.poll(() => popup.locator('.rl-card').getAttribute('data-term')).toBe('销售');
    await popup.getByRole('button', { name: '三者对比' }).click();
    expect(await popup.locator('.rl-compare thead th').count()).toBe(4);
    await popup.close();
  });
});

describe('corrupt settings', () => {
  it('fall back to defaults: the page is still marked and the options page still opens', async () => {
    await writeRawSettings({ viewpoints: 'not a list', families: 17, enabled: 'maybe' });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url('sample-job-page.html'));
    await waitForMarks(page, 'sales');
    const text = await hoverMark(page, 'sales', '销售代表');
    expect(text).toContain('观点');
    const options = await openExtensionPage('options');
    await expect.poll(() => options.locator('.rl-viewpoint input:checked').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });
});

describe('themes', () => {
  it('draw the tooltip dark or light as chosen', async () => {
    const page = await openPage('sample-job-page.html', 'sales');
    const cardColours = () =>
      page.evaluate(() => {
        const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
        return card ? getComputedStyle(card).backgroundColor : null;
      });
    await writeRawSettings({ theme: 'dark' });
    await expect
      .poll(async () => (await hoverMark(page, 'sales', '销售代表')) && cardColours())
      .toBe('rgb(29, 33, 37)');
    await writeRawSettings({ theme: 'light' });
    await expect
      .poll(async () => (await hoverMark(page, 'sales', '销售代表')) && cardColours())
      .toBe('rgb(255, 255, 255)');
    await writeRawSettings(null);
    await page.close();
  });
});

describe('a same-origin frame', () => {
  it('is marked, and hovering a mark in it shows the tooltip in the top window beside the mark', async () => {
    await writeRawSettings(null);
    const page = await openPage('frame-page.html');
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('大客户销售');
    const child = page.frames().find((candidate) => candidate.url().endsWith('frame-child.html'));
    if (!child) throw new Error('frame not loaded');
    await child.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) > 0);
    const markInFrame = await child.evaluate(() => {
      const [marked] = CSS.highlights.get('role-lens-sales') ?? [];
      if (!marked) return null;
      const range = document.createRange();
      range.setStart(marked.startContainer, marked.startOffset);
      range.setEnd(marked.endContainer, marked.endOffset);
      const rect = range.getBoundingClientRect();
      return {
        text: range.toString(),
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
        bottom: rect.bottom,
      };
    });
    expect(markInFrame?.text).toBe('大客户销售');
    const frameBox = await page.locator('iframe').boundingBox();
    if (!markInFrame || !frameBox) throw new Error('no mark or frame box');
    // Pointer coordinates are the top page's: the frame's content box starts 4px inside its border.
    await page.mouse.move(frameBox.x + 4 + markInFrame.x, frameBox.y + 4 + markInFrame.y);
    await page.waitForFunction(() =>
      document
        .querySelector('role-lens-tooltip')
        ?.shadowRoot?.querySelector('.rl-tooltip')
        ?.textContent?.includes('大客户销售'),
    );
    const cardTop = await page.evaluate(
      () =>
        document
          .querySelector('role-lens-tooltip')
          ?.shadowRoot?.querySelector('.rl-tooltip')
          ?.getBoundingClientRect().top,
    );
    // Drawn in the top window just below the mark (mapped out of the frame), not at the frame's own origin.
    expect(cardTop).toBeGreaterThan(frameBox.y + markInFrame.bottom);
    expect(cardTop).toBeLessThan(frameBox.y + markInFrame.bottom + 20);
    await page.close();
  });
});

describe('switching Role Lens off', () => {
  it('for this site removes its marks from the open tab at once, and switching back brings them back', async () => {
    await writeRawSettings(null);
    const page = await openPage('sample-job-page.html', 'sales');
    await writeRawSettings({ disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) === 0);
    expect(Object.values(await highlightCounts(page))).toEqual([0, 0, 0]);
    await writeRawSettings({ disabledSites: [] });
    await waitForMarks(page, 'sales');
    expect(await hoverMark(page, 'sales', '销售代表')).toContain('销售代表');
    await page.close();
  });

  it('for one family stops marking only that family', async () => {
    const page = await openPage('sample-job-page.html', 'marketing');
    await writeRawSettings({ families: ['operations', 'sales'] });
    await page.waitForFunction(() => (CSS.highlights.get('role-lens-marketing')?.size ?? 0) === 0);
    const counts = await highlightCounts(page);
    expect(counts['role-lens-operations']).toBeGreaterThan(0);
    expect(counts['role-lens-sales']).toBeGreaterThan(0);
    await writeRawSettings(null);
    await page.close();
  });
});

describe('a hostile page', () => {
  it('cannot hide or distort the tooltip, and sees no DOM change but the one host element', async () => {
    await writeRawSettings(null);
    const page = await openPage('hostile-page.html', 'operations');
    const text = await hoverMark(page, 'operations', '用户运营');
    expect(text).toContain('用户运营');
    const look = await page.evaluate(() => {
      const host = document.querySelector('role-lens-tooltip') as HTMLElement;
      const card = host.shadowRoot?.querySelector('.rl-tooltip') as HTMLElement;
      const box = card.getBoundingClientRect();
      return {
        hostDisplay: getComputedStyle(host).display,
        hostVisibility: getComputedStyle(host).visibility,
        fontSize: getComputedStyle(card).fontSize,
        width: box.width,
        height: box.height,
      };
    });
    expect(look.hostDisplay).not.toBe('none');
    expect(look.hostVisibility).toBe('visible');
    expect(look.fontSize).toBe('13px'); // pixel sizes: the page's 40px root font does not leak in
    expect(look.width).toBeGreaterThan(200);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations).toEqual(['added ROLE-LENS-TOOLTIP to HTML']);
    await page.close();
  });

  it('sees the host added once, when the pointer first moves, and no card until a mark is hovered', async () => {
    const page = await openPage('hostile-page.html', 'operations');
    await page.mouse.move(3, 3);
    // In idle time after that first move the tooltip gets its first cards ready (tooltip-mount.tsx).
    await page.waitForFunction(() => document.querySelector('role-lens-tooltip'));
    expect(await tooltipText(page)).toBeNull();
    expect(await hoverMark(page, 'operations', '用户运营')).toContain('用户运营');
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations).toEqual(['added ROLE-LENS-TOOLTIP to HTML']);
    await page.close();
  });

  it('gets its host back when the page removes it', async () => {
    const page = await openPage('hostile-page.html', 'operations');
    await hoverMark(page, 'operations', '用户运营');
    await page.evaluate(() => document.querySelector('role-lens-tooltip')?.remove());
    const text = await hoverMark(page, 'sales', '销售');
    expect(text).toContain('销售');
    await page.close();
  });
});
