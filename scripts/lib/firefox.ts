import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PROJECT_ROOT } from './chromium';

export const FIREFOX_BUILD = path.join(PROJECT_ROOT, '.output/firefox-mv2');

/** Where the Firefox tests look, in order: $FIREFOX_PATH, then Debian's Firefox ESR (the real binary, not the link). */
const FIREFOX_CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

/** The Firefox to drive, or undefined when none is installed (the Firefox tests then say so and skip). */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Headless Firefox with the Firefox build installed as a temporary add-on, over WebDriver BiDi
 * (TOOLCHAIN.md: Debian has no geckodriver, and none is needed).
 */
export async function launchFirefoxWithExtension({
  executablePath,
  extensionPath = FIREFOX_BUILD,
}: {
  executablePath: string;
  extensionPath?: string;
}): Promise<Browser> {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionPath}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  await browser.installExtension(extensionPath);
  return browser;
}
