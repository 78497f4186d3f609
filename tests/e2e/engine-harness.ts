import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchPlainChromium } from '../../scripts/lib/bench-browser';
import { bundleEngine } from '../../scripts/lib/bench-bundle';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';

/** Fixture pages of the engine tests. */
export const ENGINE_FIXTURES = path.resolve(import.meta.dirname, 'fixtures/engine');

export interface EngineHarness {
  /** The engine and a trivial detector, bundled for injection into a page. */
  readonly bundle: string;
  /** A fresh page at a fixed viewport, showing an engine fixture. */
  openPage(file: string): Promise<Page>;
}

/**
 * For a test file: plain Chromium (no extension) and a server for the engine fixtures, started before the
 * file's tests and closed after them.
 */
export function useEngineHarness(): EngineHarness {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let bundle = '';
  beforeAll(async () => {
    [browser, server, bundle] = await Promise.all([
      launchPlainChromium(),
      serveStatic([ENGINE_FIXTURES]),
      bundleEngine(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get bundle() {
      return bundle;
    },
    async openPage(file) {
      if (!browser || !server) throw new Error('the engine harness has not started');
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      await page.goto(server.url(file));
      return page;
    },
  };
}
