import { type Browser, chromium } from 'playwright-core';
import { findChromium } from './chromium';

// Same quiet flags as the extension launch (TOOLCHAIN.md): without them Chromium keeps calling home.
const PLAIN_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium without the extension: the engine tests and the library baselines inject their own scripts. */
export async function launchPlainChromium({
  headless = true,
}: {
  headless?: boolean;
} = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless, args: PLAIN_FLAGS });
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name(...)` helper that
 * does not exist in the page when such a function is passed to `page.evaluate`. Define a no-op there.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';
