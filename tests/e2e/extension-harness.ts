import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CHROME_BUILD,
  type ExtensionBrowser,
  launchWithExtension,
  PROJECT_ROOT,
} from '../../scripts/lib/chromium';
import { sharedPath } from '../../scripts/lib/shared-paths';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';

export const CORPUS_HTML = sharedPath('corpus', 'html');
export const DEMO_DIR = path.join(PROJECT_ROOT, 'demo');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests/e2e/fixtures/extension');

/** The built extension in real Chromium, plus a server for the corpus pages, the demo page and test fixtures. */
export async function startHarness(): Promise<{ browser: ExtensionBrowser; server: StaticServer }> {
  const server = await serveStatic([CORPUS_HTML, DEMO_DIR, FIXTURES_DIR]);
  const browser = await launchWithExtension();
  return { browser, server };
}

/** Every script of a build (the Chrome one by default): what checks of what the bundles carry read. */
export function builtScripts(dir = CHROME_BUILD): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? builtScripts(file) : file.endsWith('.js') ? [file] : [];
  });
}
