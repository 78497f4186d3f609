import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, type ExtensionBrowser, PROJECT_ROOT } from '../../scripts/lib/chromium';
import {
  highlightCounts,
  hoverMark,
  hoverPoint,
  markCentre,
  pointerAway,
  textCentre,
  tooltipText,
  waitForMarks,
} from '../../scripts/lib/page-probe';
import { hasShared } from '../../scripts/lib/shared-paths';
import type { StaticServer } from '../../scripts/lib/static-server';
import { startHarness } from './extension-harness';

const LAGOU = 'lagou_home_shenzhen_2019-03.html';
/** How long a test waits to be sure something does not happen (a card, the host element). */
const NOTHING_HAPPENS_MS = 1000;

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

/** Unfolds the card on screen ("more") and returns the viewpoints whose takes it opened with. */
async function unfoldCard(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const root = document.querySelector('role-lens-tooltip')?.shadowRoot;
    root?.querySelector<HTMLButtonElement>('.rl-more[aria-expanded="false"]')?.click();
    const details = await new Promise<Element | null>((resolve) => {
      const started = performance.now();
      const look = () => {
        const found = root?.querySelector('.rl-details') ?? null;
        if (found || performance.now() - started > 5000) resolve(found);
        else requestAnimationFrame(look);
      };
      look();
    });
    return [...(details?.querySelectorAll('.rl-tab[aria-pressed="true"]') ?? [])].map((tab) =>
      Number(tab.textContent?.slice(1)),
    );
  });
}

/** Writes straight into the extension's storage, as a bug or an old version might have left it. */
async function writeRawSettings(value: unknown): Promise<void> {
  await browser.serviceWorker.evaluate((raw) => chrome.storage.local.set({ settings: raw }), value);
}

const lagouSaved = hasShared('the tests on a real job page', 'corpus', 'html', LAGOU);

/**
 * The settings as left after an install, with the interface in Simplified: this Chromium reports en-US (it
 * ships only that locale), so on 'auto' the popup and options would speak English; the tests that click
 * their Chinese labels choose Simplified, as a reader may.
 */
const SIMPLIFIED_INTERFACE = { language: 'zh-Hans' };

describe.skipIf(!lagouSaved)('Role Lens on a real job page (lagou home, 2019)', () => {
  let page: Page;

  beforeAll(async () => {
    await writeRawSettings(SIMPLIFIED_INTERFACE);
    page = await openPage(LAGOU, 'operations');
  });

  it('registers marks for every family under the documented highlight names', async () => {
    // Registered are the marks within a screen of the viewport: at the top of this page, 运营 only.
    const top = await highlightCounts(page);
    expect(top['role-lens-operations']).toBeGreaterThan(0);
    expect(top['role-lens-sales']).toBe(0);
    // The 营销 and 销售 marks sit screens further down: scrolled near, they are registered too.
    await page.evaluate(() => scrollTo(0, 1800));
    await waitForMarks(page, 'marketing');
    await waitForMarks(page, 'sales');
    await page.evaluate(() => scrollTo(0, 0));
  });

  it('shows a tooltip explaining 运营 when a 运营 mark is hovered, and hides it when the pointer leaves', async () => {
    await hoverMark(page, 'operations', '运营');
    const card = await page.evaluate(() => {
      const root = document.querySelector('role-lens-tooltip')?.shadowRoot;
      return {
        family: root?.querySelector('.rl-family')?.textContent,
        lead: root?.querySelector('.rl-lead')?.textContent,
        roles: [...(root?.querySelectorAll('.rl-roles li') ?? [])].map((li) =>
          li.getAttribute('data-family'),
        ),
        rows: root?.querySelectorAll('.rl-diagram-row').length,
        details: !!root?.querySelector('.rl-details'),
      };
    });
    expect(card.family).toBe('运营');
    expect(card.lead).toMatch(/两种用法/); // the card built by the extension, in a message, for this tab
    expect(card.roles).toEqual(['operations', 'marketing', 'sales']);
    expect(card.rows).toBe(2);
    expect(card.details).toBe(false);
    await page.mouse.move(2, 2);
    await page.waitForFunction(
      () => !document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
    );
    expect(await tooltipText(page)).toBeNull();
  });

  it('changes the open tab\u2019s card when viewpoints are changed on the options page', async () => {
    // The takes a card opens with, once unfolded: the chosen viewpoints that speak about the word.
    const openTakes = async () => {
      await page.mouse.move(2, 2);
      await hoverMark(page, 'operations', '运营');
      return unfoldCard(page);
    };
    expect(await openTakes()).not.toContain(3); // not in the default selection
    const options = await openExtensionPage('options');
    // The change travels options page → storage → content script: hover again until it has arrived.
    await options.getByRole('button', { name: '全部' }).click();
    await page.bringToFront();
    await expect.poll(openTakes, { timeout: 15_000 }).toHaveLength(14);

    await options.locator('[data-viewpoint="v01"] input').uncheck();
    await expect.poll(openTakes, { timeout: 15_000 }).not.toContain(1);
    expect(await openTakes()).toContain(2);
    await options.close();
  });
});

describe('the card on a page', () => {
  it('unfolds on one click and stays inside the window, off the word, its quotes verbatim', async () => {
    await writeRawSettings(null);
    const page = await openPage('sample-job-page.html', 'operations');
    await hoverMark(page, 'operations', '用户运营');
    const geometry = () =>
      page.evaluate(() => {
        const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
        const rect = card?.getBoundingClientRect();
        return (
          card &&
          rect && {
            top: rect.top,
            bottom: rect.bottom,
            left: rect.left,
            right: rect.right,
            content: card.scrollHeight,
            viewport: { width: innerWidth, height: innerHeight },
          }
        );
      });
    const { x, y } = await markCentre(page, 'operations', '用户运营');
    const folded = await geometry();
    await page.locator('role-lens-tooltip .rl-more').click();
    await page.locator('role-lens-tooltip .rl-details').waitFor();
    await expect.poll(async () => (await geometry())?.content).toBeGreaterThan(folded?.content ?? 0);
    const unfolded = await geometry();
    if (!unfolded) throw new Error('no card');
    expect(unfolded.top).toBeGreaterThanOrEqual(0);
    expect(unfolded.left).toBeGreaterThanOrEqual(0);
    expect(unfolded.bottom).toBeLessThanOrEqual(unfolded.viewport.height);
    expect(unfolded.right).toBeLessThanOrEqual(unfolded.viewport.width);
    const coversWord = x >= unfolded.left && x <= unfolded.right && y >= unfolded.top && y <= unfolded.bottom;
    expect(coversWord).toBe(false);
    const quote = await page.locator('role-lens-tooltip .rl-notes .rl-quote').first().textContent();
    expect(quote).toBe('“运营可以分为市场运营、用户运营、社区运营、服务运营四种方式。”');
    await page.close();
  });

  it('copies the card as Markdown and says so', async () => {
    await writeRawSettings(null);
    const page = await openPage('sample-job-page.html', 'operations');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await hoverMark(page, 'operations', '用户运营');
    const copy = page.locator('role-lens-tooltip .rl-copy');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('**用户运营** · 运营 · 互联网岗位');
    expect(copied).toContain('谁包含谁，原文没有共识');
    await page.close();
  });

  it('comes from the extension: the content script bundles no knowledge base and stays within 40 KB gzip', () => {
    const script = readFileSync(path.join(CHROME_BUILD, 'content-scripts/content.js'));
    const notes = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data/title-notes.json'), 'utf8')) as {
      brief: string;
    }[];
    const text = script.toString('utf8');
    for (const note of notes.slice(0, 5)) expect(text).not.toContain(note.brief.slice(0, 12));
    expect(text).not.toContain('对运营过程的计划');
    expect(gzipSync(script).length).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('popup', () => {
  beforeAll(() => writeRawSettings(SIMPLIFIED_INTERFACE));

  it('finds 销售代表 and shows its card', async () => {
    const popup = await openExtensionPage('popup');
    await popup.getByRole('combobox').fill('销售代表');
    const card = popup.locator('.rl-card');
    await expect.poll(() => card.getAttribute('data-term')).toBe('销售代表');
    expect(await card.textContent()).toContain('销售');
    await popup.close();
  });

  it('finds the 运营 entry from the Traditional form 營運, and opens the three core words in one click', async () => {
    const popup = await openExtensionPage('popup');
    await popup.getByRole('combobox').fill('營運');
    await expect.poll(() => popup.locator('.rl-card').getAttribute('data-term')).toBe('运营');
    await popup.getByRole('button', { name: '销售', exact: true }).click();
    await expect.poll(() => popup.locator('.rl-card').getAttribute('data-term')).toBe('销售');
    await popup.getByRole('button', { name: '三者对比' }).click();
    expect(await popup.locator('.rl-compare thead th').count()).toBe(4);
    await popup.close();
  });
});

describe('the interface language', () => {
  /** The extension's own `chrome` global in its service worker, for the name the browser shows. */
  const nameInBrowser = () =>
    browser.serviceWorker.evaluate(() =>
      (chrome as unknown as { management: { getSelf(): Promise<{ name: string }> } }).management
        .getSelf()
        .then((self) => self.name),
    );

  it('switches the options page, then the popup, to English when English is chosen', async () => {
    await writeRawSettings(SIMPLIFIED_INTERFACE);
    const options = await openExtensionPage('options');
    const heading = options.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe('Role Lens 岗位透镜 · 设置');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    await options.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => heading.textContent()).toBe('Role Lens · Settings');
    expect(await options.getByRole('status').textContent()).toBe('Saved. Open pages update at once.');
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'en',
      'Role Lens · Settings',
    ]);
    expect(await options.getByRole('heading', { name: 'Interface language' }).count()).toBe(1);
    await options.close();

    // The choice is stored: a popup opened afterwards speaks English too.
    const popup = await openExtensionPage('popup');
    await expect.poll(() => popup.getByRole('button', { name: 'Compare all three' }).count()).toBe(1);
    await popup.close();
  });

  it('follows this en-US browser on auto, and the manifest’s __MSG_ name resolves', async () => {
    await writeRawSettings({ language: 'auto' });
    const options = await openExtensionPage('options');
    await expect
      .poll(() => options.getByRole('heading', { level: 1 }).textContent())
      .toBe('Role Lens · Settings');
    await options.close();
    expect(await nameInBrowser()).toBe('Role Lens');
    await writeRawSettings(SIMPLIFIED_INTERFACE);
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
    expect(text).toContain('原文没有提到“销售代表”');
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

/** The first sales mark of a frame's document: its text, centre and bottom in the frame's viewport. */
function firstSalesMark(frame: Frame) {
  return frame.evaluate(() => {
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
}

describe('a same-origin frame', () => {
  it('is marked, and hovering a mark in it shows the tooltip in the top window beside the mark', async () => {
    await writeRawSettings(null);
    const page = await openPage('frame-page.html');
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('大客户销售');
    const child = page.frames().find((candidate) => candidate.url().endsWith('frame-child.html'));
    if (!child) throw new Error('frame not loaded');
    await child.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) > 0);
    const markInFrame = await firstSalesMark(child);
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

describe('a cross-origin frame (a posting embedded from another site)', () => {
  /** The sales marks each document holds: the top page, its same-origin frame, its cross-origin frame. */
  const salesMarks = (page: Page) =>
    Promise.all(
      page
        .frames()
        .map((frame) =>
          frame.evaluate(() => [location.host, CSS.highlights.get('role-lens-sales')?.size ?? 0] as const),
        ),
    );

  it('is marked by its own copy, explained inside it, and follows the tab’s site switch', async () => {
    await writeRawSettings(null);
    const page = await openPage('frame-page.html');
    // The same child page again, from another origin: localhost is not 127.0.0.1.
    const otherOrigin = server.url('frame-child.html').replace('127.0.0.1', 'localhost');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.cssText = 'width: 600px; height: 400px; border: 0';
      document.body.append(frame);
    }, otherOrigin);
    const crossOrigin = () => page.frames().find((frame) => frame.url().startsWith('http://localhost'));
    await expect.poll(() => crossOrigin() !== undefined).toBe(true);
    const child = crossOrigin();
    if (!child) throw new Error('cross-origin frame not loaded');
    await child.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) > 0);
    // One mark of 大客户销售 in each frame: the same-origin one is marked by the top copy only, the other by its own.
    await expect
      .poll(() => salesMarks(page).then((marks) => marks.map(([, count]) => count).sort()))
      .toEqual([0, 1, 1]);

    const mark = await firstSalesMark(child);
    const frameBox = await page.locator(`iframe[src="${otherOrigin}"]`).boundingBox();
    if (!mark || !frameBox) throw new Error('no mark or frame box');
    await page.mouse.move(frameBox.x + mark.x, frameBox.y + mark.y);
    // The card is drawn in the frame, by the frame's copy; the top page shows none.
    await child.waitForFunction(() =>
      document
        .querySelector('role-lens-tooltip')
        ?.shadowRoot?.querySelector('.rl-tooltip')
        ?.textContent?.includes('大客户销售'),
    );
    expect(
      await page.evaluate(
        () => document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip') ?? null,
      ),
    ).toBeNull();

    // Switching the tab's site off reaches the embedded posting too (Chromium tells a frame its ancestors).
    await writeRawSettings({ disabledSites: ['127.0.0.1'] });
    await child.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) === 0);
    await writeRawSettings(null);
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

/** How many pixels in `box` of the page's screenshot are within `tolerance` (per channel) of `rgb`. */
async function pixelsNear(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  rgb: readonly [number, number, number],
  tolerance = 24,
): Promise<number> {
  const png = await page.screenshot({ clip: box });
  // Decoded in a blank page of our own: the page under test keeps its globals and sees nothing of this.
  const decoder = await context.newPage();
  try {
    return await decoder.evaluate(
      async ({ data, rgb, tolerance }) => {
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const drawing = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        drawing.drawImage(bitmap, 0, 0);
        const pixels = drawing.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let near = 0;
        for (let at = 0; at < pixels.length; at += 4) {
          if (
            rgb.every((channel, index) => Math.abs((pixels[at + index] as number) - channel) <= tolerance)
          ) {
            near++;
          }
        }
        return near;
      },
      { data: png.toString('base64'), rgb, tolerance },
    );
  } finally {
    await decoder.close();
  }
}

/** The box of an element's text, with room below it for an underline. */
async function textBox(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x, y: box.y, width: box.width, height: box.height + UNDERLINE_ROOM_PX };
}

/** Below a text's box the underline still shows: it sits 0.15em under the glyphs (marks.css). */
const UNDERLINE_ROOM_PX = 6;
/** The 运营 line colour of marks.css, and its 15% tint over white (marks-background.css). */
const OPERATIONS_LINE = [0, 140, 114] as const;
const OPERATIONS_TINT_ON_WHITE = [217, 238, 234] as const;
/** Fewer pixels than a 2px line under two characters, or than a tint behind them: drawn is drawn. */
const LINE_PIXELS = 20;
const TINT_PIXELS = 50;

describe('the mark style setting', () => {
  /** How each family's mark is drawn on the sample page's nav links (one link per family). */
  const lookOf = (page: Page) =>
    page.evaluate(() => {
      const links = { operations: '#ops', marketing: '#mkt', sales: '#sales' };
      return Object.fromEntries(
        Object.entries(links).map(([family, target]) => {
          const link = document.querySelector(`nav a[href="${target}"]`) as Element;
          const style = getComputedStyle(link, `::highlight(role-lens-${family})`);
          return [
            family,
            `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationColor} on ${style.backgroundColor}`,
          ];
        }),
      );
    });

  it('draws each family in a line style of its own, or tints it too, as chosen, in the open tab', async () => {
    await writeRawSettings(null);
    const page = await openPage('sample-job-page.html', 'operations');
    const operationsLink = await textBox(page, 'nav a[href="#ops"]');
    expect(await lookOf(page)).toEqual({
      operations: 'underline solid rgb(0, 140, 114) on rgba(0, 0, 0, 0)',
      marketing: 'underline wavy rgb(160, 87, 230) on rgba(0, 0, 0, 0)',
      sales: 'underline dotted rgb(198, 91, 0) on rgba(0, 0, 0, 0)',
    });
    expect(await pixelsNear(page, operationsLink, OPERATIONS_LINE)).toBeGreaterThan(LINE_PIXELS);
    expect(await pixelsNear(page, operationsLink, OPERATIONS_TINT_ON_WHITE, 4)).toBe(0);

    await writeRawSettings({ markStyle: 'background' });
    await expect
      .poll(() => lookOf(page))
      .toEqual({
        operations: 'underline solid rgb(0, 140, 114) on rgba(0, 140, 114, 0.15)',
        marketing: 'underline wavy rgb(160, 87, 230) on rgba(160, 87, 230, 0.15)',
        sales: 'underline dotted rgb(198, 91, 0) on rgba(198, 91, 0, 0.15)',
      });
    expect(await pixelsNear(page, operationsLink, OPERATIONS_TINT_ON_WHITE, 4)).toBeGreaterThan(TINT_PIXELS);
    expect(await pixelsNear(page, operationsLink, OPERATIONS_LINE)).toBeGreaterThan(LINE_PIXELS);

    // The page's own rule still wins over the tint (marks-background.css is in a layer).
    await page.addStyleTag({
      content: '::highlight(role-lens-sales) { background-color: rgb(10, 20, 30); }',
    });
    expect((await lookOf(page)).sales).toBe('underline dotted rgb(198, 91, 0) on rgb(10, 20, 30)');

    await writeRawSettings(null);
    await expect
      .poll(async () => (await lookOf(page)).operations)
      .toBe('underline solid rgb(0, 140, 114) on rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('yields to the page\u2019s own ::highlight() rules, in the page and in a same-origin frame', async () => {
    await writeRawSettings(null);
    const page = await openPage('frame-page.html');
    await expect
      .poll(() => page.frames().some((frame) => frame.url().endsWith('frame-child.html')))
      .toBe(true);
    const child = page.frames().find((candidate) => candidate.url().endsWith('frame-child.html'));
    if (!child) throw new Error('frame not loaded');
    await child.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) > 0);
    const documents = [page.mainFrame(), child];
    const salesLines = () =>
      Promise.all(
        documents.map((frame) =>
          frame.evaluate(
            () => getComputedStyle(document.body, '::highlight(role-lens-sales)').textDecorationLine,
          ),
        ),
      );
    expect(await salesLines()).toEqual(['underline', 'underline']);
    // As a page restyles the marks (README, "Restyle the marks"); in the frame our sheet comes after the page's.
    for (const frame of documents) {
      await frame.addStyleTag({ content: '::highlight(role-lens-sales) { text-decoration: none; }' });
    }
    expect(await salesLines()).toEqual(['none', 'none']);
    await page.close();
  });

  it('none paints nothing and opens no card; switching back brings both back without a reload', async () => {
    await writeRawSettings(null);
    const page = await openPage('hostile-page.html', 'operations');
    const mark = await textBox(page, '#text');
    expect(await pixelsNear(page, mark, OPERATIONS_LINE)).toBeGreaterThan(LINE_PIXELS);
    const { x, y } = await markCentre(page, 'operations', '用户运营');

    await writeRawSettings({ markStyle: 'none' });
    await page.waitForFunction(() => (CSS.highlights.get('role-lens-operations')?.size ?? 0) === 0);
    expect(Object.values(await highlightCounts(page))).toEqual([0, 0, 0]);
    expect(await pixelsNear(page, mark, OPERATIONS_LINE)).toBe(0);
    await page.mouse.move(x, y);
    // Nothing must happen: give a card (and the host, added in idle time after a first move) every chance.
    await page.waitForTimeout(NOTHING_HAPPENS_MS);
    expect(await tooltipText(page)).toBeNull();
    const mutations = () => page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(await mutations()).toEqual([]);

    await writeRawSettings({ markStyle: 'underline' });
    await waitForMarks(page, 'operations');
    expect(await pixelsNear(page, mark, OPERATIONS_LINE)).toBeGreaterThan(LINE_PIXELS);
    expect(await hoverMark(page, 'operations', '用户运营')).toContain('用户运营');
    expect(await mutations()).toEqual(['added ROLE-LENS-TOOLTIP to HTML']);
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
        letterSpacing: getComputedStyle(card).letterSpacing,
        fontFamily: getComputedStyle(card).fontFamily,
        width: box.width,
        height: box.height,
      };
    });
    expect(look.hostDisplay).not.toBe('none');
    expect(look.hostVisibility).toBe('visible');
    // The card follows the page's text size only within its range (the text here is 40 px), and none of the
    // page's other styles leak in.
    expect(look.fontSize).toBe('20px');
    expect(look.letterSpacing).toBe('normal');
    expect(look.fontFamily).not.toBe('serif');
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

describe('a job list whose cards are whole links', () => {
  it('opens the card for a title under the card’s link, and the page sees only the host element added', async () => {
    await writeRawSettings(null);
    const page = await openPage('card-link-page.html', 'sales');
    const title = await textCentre(page, '#job-sales h3');
    // The link lies over the title: the element the pointer meets is the link, not the text.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, title)).toBe(
      'cover',
    );
    await pointerAway(page);
    expect(await hoverPoint(page, title, '销售经理')).toContain('销售经理');
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations).toEqual(['added ROLE-LENS-TOOLTIP to HTML']);
    await page.close();
  });

  it('keeps the card shut for a title under a mask the eye cannot see through', async () => {
    const page = await openPage('card-link-page.html', 'sales');
    // Both titles are marked; the card for 销售经理 is at hand once the first has been hovered, so a wrong hit
    // on the masked one would show it in the same task as the move.
    await page.waitForFunction(() => CSS.highlights.get('role-lens-sales')?.size === 2);
    await pointerAway(page);
    await hoverPoint(page, await textCentre(page, '#job-sales h3'), '销售经理');
    await pointerAway(page);
    const masked = await textCentre(page, '#job-locked h3');
    await page.mouse.move(masked.x, masked.y);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
    );
    expect(await tooltipText(page)).toBeNull();
    await page.close();
  });
});
