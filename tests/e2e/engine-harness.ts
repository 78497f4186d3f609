import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchPlainChromium } from '../../scripts/lib/bench-browser';
import { bundleEngine } from '../../scripts/lib/bench-bundle';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';

/** Fixture pages of the engine tests. */
export const ENGINE_FIXTURES = path.resolve(import.meta.dirname, 'fixtures/engine');

/** Plain Chromium (no extension), a server for the engine fixtures, and the engine bundled for injection. */
export async function startEngineHarness(): Promise<{
  browser: Browser;
  server: StaticServer;
  bundle: string;
}> {
  const [browser, server, bundle] = await Promise.all([
    launchPlainChromium(),
    serveStatic([ENGINE_FIXTURES]),
    bundleEngine(),
  ]);
  return { browser, server, bundle };
}
