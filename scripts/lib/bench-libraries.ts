import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { evaluateInIsolatedWorld, KEEP_NAMES_SHIM, type World } from './bench-browser';
import { PROJECT_ROOT } from './chromium';

/** The two libraries the engine is measured against, as their browser builds (UMD, define `Mark`). */
export const LIBRARIES = {
  'mark.js': path.join(PROJECT_ROOT, 'node_modules/mark.js/dist/mark.min.js'),
  'advanced-mark.js': path.join(PROJECT_ROOT, 'node_modules/advanced-mark.js/dist/mark.min.js'),
} as const;
export type LibraryName = keyof typeof LIBRARIES;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lexicon's surfaces as one RegExp source: every positive Chinese surface and every English form (as
 * whole words), longest first. Blocking words and context rules are the extension's alone, so the libraries
 * find somewhat more than the extension marks: more work for them, but the same terms.
 */
export function lexiconPattern(): string {
  const lexicon = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'data/generated/lexicon.json'), 'utf8'),
  ) as {
    zh: [string, number, ...number[]][];
    en: { forms: [string, number][] };
  };
  const byLength = (a: string, b: string) => b.length - a.length;
  const zh = [...new Set(lexicon.zh.filter(([, term]) => term >= 0).map(([surface]) => surface))].sort(
    byLength,
  );
  const en = [...new Set(lexicon.en.forms.map(([form]) => form))].sort(byLength);
  const english = en.map((form) => escapeRegExp(form).replace(/ /g, '\\s+')).join('|');
  return `${zh.map(escapeRegExp).join('|')}|\\b(?:${english})\\b`;
}

/**
 * Marks the page at `url` with `library` in a browser without the extension: one `markRegExp` pass with
 * the lexicon's pattern across inline elements (the way the engine reads runs), the libraries' best case
 * (one walk, not one per term). Synchronous in both, so its wall time is its main-thread work.
 */
export async function markWithLibrary({
  browser,
  url,
  library,
  pattern,
  world,
}: {
  browser: Browser;
  url: string;
  library: LibraryName;
  /** A RegExp source, matched case-insensitively (see lexiconPattern). */
  pattern: string;
  /**
   * `isolated`: in a fresh isolated world, where a content script built on the library would run (and where
   * every DOM access costs more, as it does for the engine); `main`: the page's own world.
   */
  world: World;
}): Promise<{ workMs: number; marks: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const expression =
      `${readFileSync(LIBRARIES[library], 'utf8')}\n;` +
      `(${libraryPass.toString()})(${JSON.stringify(pattern)}, ${library === 'advanced-mark.js'})`;
    const result =
      world === 'main' ? await page.evaluate(expression) : await evaluateInIsolatedWorld(page, expression);
    return result as { workMs: number; marks: number };
  } finally {
    await page.close();
  }
}

/** One markRegExp call with the library that defined `Mark` in this world, timed. Serialised into the page. */
function libraryPass(source: string, advanced: boolean): { workMs: number; marks: number } {
  type MarkInstance = { markRegExp(pattern: RegExp, options: Record<string, unknown>): void };
  const MarkClass = (globalThis as unknown as { Mark: new (context: Element) => MarkInstance }).Mark;
  const instance = new MarkClass(document.body);
  let marks = 0;
  const start = performance.now();
  instance.markRegExp(new RegExp(source, 'gi'), {
    acrossElements: true,
    exclude: ['script', 'style', 'noscript', 'textarea', 'select', 'template', '[contenteditable]'],
    ...(advanced ? { blockElementsBoundary: true, shadowDOM: true } : {}),
    done: (total: number) => {
      marks = total;
    },
  });
  return { workMs: performance.now() - start, marks };
}
