import { type Browser, chromium, type Page } from 'playwright-core';
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

/**
 * Where a baseline runs. `main`: the page's own world (`page.evaluate`), where Blink keeps each node's wrapper
 * inline in the node. `isolated`: a fresh isolated world made through CDP, like the content script's, where
 * wrappers live in a per-world map and every DOM access costs more.
 */
export type World = 'main' | 'isolated';

/**
 * Evaluates `expression` in a fresh isolated world of `page`'s main frame, the kind of world a content script
 * runs in (made through CDP), and returns its value. Each call gets a new world, so the first DOM access in
 * it meets the page with no wrappers yet, as a content script's does. The keepNames shim is put in front:
 * init scripts define it in the main world only.
 */
export async function evaluateInIsolatedWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'role-lens-bench',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `${KEEP_NAMES_SHIM}\n${expression}`,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(
        `Evaluation failed in the isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value;
  } finally {
    await cdp.detach();
  }
}
