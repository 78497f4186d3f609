import type { Page } from 'playwright-core';
import type { Family } from '../../core/types';

/** The terms of the engine tests and of the library comparison in the benchmark. */
export const TEST_TERMS: readonly { text: string; family: Family }[] = [
  { text: '运营总监', family: 'operations' },
  { text: '运营', family: 'operations' },
  { text: '營運', family: 'operations' },
  { text: '運營', family: 'operations' },
  { text: '市场营销', family: 'marketing' },
  { text: '营销策划', family: 'marketing' },
  { text: '营销', family: 'marketing' },
  { text: '營銷', family: 'marketing' },
  { text: '行銷', family: 'marketing' },
  { text: '销售代表', family: 'sales' },
  { text: '销售', family: 'sales' },
  { text: '銷售', family: 'sales' },
];

/**
 * Defines `RoleLensEngine` in the page (without adding a <script> element) and starts a marker on the
 * top document with the terms detector, recording its slices. The marker is `window.__marker`.
 */
export async function startEngineInPage({
  page,
  bundle,
  families,
  thenScrollTo,
}: {
  page: Page;
  bundle: string;
  families?: readonly Family[];
  /** Scroll this element into view right after starting, before the engine's first slice runs. */
  thenScrollTo?: string;
}): Promise<void> {
  await page.evaluate(bundle);
  await page.evaluate(
    ({ terms, families, thenScrollTo }) => {
      const engine = (globalThis as unknown as { RoleLensEngine: EngineGlobal }).RoleLensEngine;
      const styles = Object.values(engine.HIGHLIGHT_NAME)
        .map((name) => `::highlight(${name}) { background: rgb(255, 221, 0); }`)
        .join('\n');
      (window as unknown as { __marker: unknown }).__marker = engine.startPageMarker({
        doc: document,
        detect: engine.termsDetector(terms),
        mayHold: engine.termsHint(terms),
        families: families ?? undefined,
        frameStyles: styles,
        recordSlices: true,
      });
      if (thenScrollTo) {
        document.getElementById(thenScrollTo)?.scrollIntoView();
        // The browser sends `scroll` with the next frame; send it now so the test does not race the engine.
        dispatchEvent(new Event('scroll'));
      }
    },
    { terms: TEST_TERMS, families: families ?? null, thenScrollTo: thenScrollTo ?? null },
  );
}

/** What the page sees of the bundle (typed loosely: it crosses into the page as plain JS). */
export interface EngineGlobal {
  startPageMarker(options: unknown): unknown;
  visibleText(doc: Document): string;
  HIGHLIGHT_NAME: Record<Family, string>;
  termsDetector(terms: unknown): (text: string) => unknown[];
  termsHint(terms: unknown): (text: string) => boolean;
  createRunWalker(options: { root: Node; breaks?: unknown }): {
    next(): { text: string; nodes: Text[] } | null;
  };
  createHintRunWalker(options: { root: Node; mayHold: (text: string) => boolean; breaks?: unknown }): {
    next(): { text: string; nodes: Text[] } | null | undefined;
  };
  markupBreak: unknown;
  renderedBreak(view: Window): unknown;
}

/** How many times the engine has run out of work so far (its `role-lens:idle` marks). */
export async function idleCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('role-lens:idle', 'mark').length);
}

/** Waits until the engine has gone idle more than `after` times, then one more frame for quiet. */
export async function waitForIdle(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (count) => performance.getEntriesByName('role-lens:idle', 'mark').length > count,
    after,
    {
      polling: 10,
    },
  );
  // Marks near the viewport are painted when the IntersectionObserver reports, in the next frames.
  await waitForFrames(page);
}

/** Two frames and a task: time for the engine's IntersectionObserver to report and paint. */
export async function waitForFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
  );
}

/** How many marks of each family the engine holds, painted or not (`window.__marker.found()`). */
export async function foundMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    (window as unknown as { __marker: { found(): Record<string, number> } }).__marker.found(),
  );
}

/** The text of every mark, per highlight name, in the top document and in each same-origin frame. */
export async function readMarks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    const read = (doc: Document, prefix: string) => {
      const registry = (doc.defaultView as Window & typeof globalThis).CSS.highlights;
      registry.forEach((highlight, name) => {
        const texts: string[] = [];
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          const live = doc.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          texts.push(live.toString());
        }
        result[prefix + name] = texts.sort();
      });
    };
    read(document, '');
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentDocument) read(frame.contentDocument, `#${frame.id} `);
    }
    return result;
  });
}
