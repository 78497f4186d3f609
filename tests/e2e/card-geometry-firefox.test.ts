import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { findFirefox, launchFirefoxWithExtension } from '../../scripts/lib/firefox';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';
import { describeSpotChecks, GEOMETRY_PAGES } from './card-geometry-spots';
import { FIXTURES_DIR } from './extension-harness';

/*
 * The card geometry test of card-geometry.test.ts in Firefox ESR: every spot of the fixture pages, in
 * standards and quirks mode, in a laptop window and a narrow one; the card must lie inside the window and
 * off the word.
 */

// .ci/run installs Firefox; elsewhere the test says why it skips (as firefox.test.ts does).
const firefox = findFirefox();
if (!firefox)
  console.warn(
    'Firefox geometry tests skipped: no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).',
  );

const WINDOWS = [
  { name: '1366 × 657', size: { width: 1366, height: 657 } },
  { name: '400 × 700', size: { width: 400, height: 700 } },
] as const;

describe.runIf(firefox)('Role Lens card geometry in Firefox', () => {
  let browser: Browser;
  let server: StaticServer;
  /** One tab per page, reused in every window. */
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    server = await serveStatic([FIXTURES_DIR]);
    browser = await launchFirefoxWithExtension({ executablePath: firefox as string });
    for (const { file } of GEOMETRY_PAGES) {
      const page = await browser.newPage();
      await page.setViewport(WINDOWS[0].size);
      await page.goto(server.url(file));
      pages.set(file, page);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(WINDOWS)('in a $name window', (win) => {
    describe.each(GEOMETRY_PAGES)('on a $mode mode page', ({ file, compatMode }) => {
      let page: Page;

      beforeAll(async () => {
        page = pages.get(file) as Page;
        await page.bringToFront();
        await page.setViewport(win.size);
        await page.waitForFunction(
          (width: number, height: number) => innerWidth === width && innerHeight === height,
          {},
          win.size.width,
          win.size.height,
        );
        expect(await page.evaluate(() => document.compatMode)).toBe(compatMode);
      });

      describeSpotChecks(() => page);
    });
  });
});
