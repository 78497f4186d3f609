import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';
import { describeSpotChecks, GEOMETRY_PAGES } from './card-geometry-spots';
import { FIXTURES_DIR } from './extension-harness';

/*
 * Issue 10, item 7: the card is placed right wherever the word is. Every spot of the fixture pages (corners,
 * edges, centre, near the bottom, in a wrapping line, split by the wrap, in a narrow column) is hovered in
 * standards and quirks mode, in three windows, and the card must lie inside the window and off the word.
 * Firefox ESR runs the same checks (card-geometry-firefox.test.ts).
 */

/** The extension's own `chrome` global, as seen inside its service worker (where `evaluate` runs). */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    setZoomSettings(tabId: number, settings: { scope: 'per-tab' }): Promise<void>;
    setZoom(tabId: number, factor: number): Promise<void>;
  };
};

/**
 * The windows, in CSS px of the page. 200% zoom is the browser's own zoom (chrome.tabs.setZoom, what Ctrl +
 * does), run from the extension's service worker on a 1366 × 657 window: the page then lays out in a
 * 683 × 328.5 CSS px viewport (innerHeight 328) at devicePixelRatio 2, exactly as for a reader who zoomed.
 * Neither a device scale factor (it adds device pixels, not CSS pixels) nor CDP's page scale factor (a
 * pinch zoom: the layout viewport keeps its size) nor CSS `zoom` on the page (the window keeps its size)
 * makes the window smaller in CSS px, which is what zoom does to the card's room.
 */
const WINDOWS = [
  { name: '1366 × 657', size: { width: 1366, height: 657 }, zoom: 1 },
  { name: '400 × 700', size: { width: 400, height: 700 }, zoom: 1 },
  { name: '1366 × 657 at 200% zoom', size: { width: 1366, height: 657 }, zoom: 2 },
] as const;

let browser: ExtensionBrowser;
let server: StaticServer;
/** One tab per page, reused in every window. */
const pages = new Map<string, Page>();

beforeAll(async () => {
  server = await serveStatic([FIXTURES_DIR]);
  // Classic scrollbars, as on Windows and most Linux desktops: a card must not slip under them either.
  browser = await launchWithExtension({ viewport: WINDOWS[0].size, scrollbars: true });
  for (const { file } of GEOMETRY_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(server.url(file));
    pages.set(file, page);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The browser's zoom for the tab of `page` (brought to the front: the active tab is the one zoomed). */
async function zoomTab(page: Page, factor: number): Promise<void> {
  await page.bringToFront();
  await browser.serviceWorker.evaluate(async (zoom) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab to zoom');
    // Per tab: the zoom stays on this tab instead of following the origin into the other one.
    await chrome.tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
    await chrome.tabs.setZoom(tab.id, zoom);
  }, factor);
}

describe.each(WINDOWS)('in a $name window', (win) => {
  describe.each(GEOMETRY_PAGES)('on a $mode mode page', ({ file, compatMode }) => {
    let page: Page;

    beforeAll(async () => {
      page = pages.get(file) as Page;
      await page.bringToFront();
      await page.setViewportSize(win.size);
      if (win.zoom !== 1) await zoomTab(page, win.zoom);
      const expected = {
        compatMode,
        width: Math.floor(win.size.width / win.zoom),
        height: Math.floor(win.size.height / win.zoom),
        devicePixelRatio: win.zoom,
      };
      await page.waitForFunction(
        ({ width, height }) => innerWidth === width && innerHeight === height,
        expected,
      );
      const seen = await page.evaluate(() => ({
        compatMode: document.compatMode,
        width: innerWidth,
        height: innerHeight,
        devicePixelRatio,
      }));
      expect(seen).toEqual(expected);
    });

    describeSpotChecks(() => page);
  });
});
