import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** Where the tests, the demo and the benchmark look for a browser, in order. */
const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(PROJECT_ROOT, '.output/chrome-mv3');

/** The browser to drive: $CHROMIUM_PATH if set, else the first of the usual system paths that exists. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = BROWSER_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${BROWSER_CANDIDATES.join(', ')}). ` +
        'Install one (Debian: apt-get install chromium fonts-wqy-microhei) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

// Without these, Chromium keeps calling home to hosts this sandbox cannot reach (see TOOLCHAIN.md).
export const QUIET_NETWORK_FLAGS = [
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium with the unpacked extension loaded, in a fresh profile that is deleted on close. Headless, the
 * window has no scrollbars (Playwright hides them) unless `scrollbars` asks for the classic ones that take
 * room in the window, as on Windows and most Linux desktops.
 */
export async function launchWithExtension({
  extensionPath = CHROME_BUILD,
  headless = true,
  viewport = { width: 1280, height: 800 },
  scrollbars = false,
}: {
  extensionPath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  scrollbars?: boolean;
} = {}) {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'role-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    viewport,
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : undefined,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      ...QUIET_NETWORK_FLAGS,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  } satisfies ExtensionBrowser;
}
