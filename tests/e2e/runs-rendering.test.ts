import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { type EngineGlobal, TEST_TERMS, waitForFrames } from '../../scripts/lib/bench-engine-page';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';
import { RUNS_CASES } from '../runs-cases';
import { ENGINE_FIXTURES, useEngineHarness } from './engine-harness';

// Runs follow rendering (issue 11, item 4) in real Chromium: flex and grid items, inline-block chips,
// buttons, cells and list items are runs of their own, inline formatting inside a word is not. The page
// engine reads the computed display; the Node `detect` command only the markup (tests/unit/
// engine-run-boundary.test.ts). Both rules run here on the same page, to show where they differ: only where
// a style sheet sets the display.

const FIXTURE = 'runs.html';

describe('runs in Chromium', () => {
  const harness = useEngineHarness();
  let page: Page;

  beforeAll(async () => {
    page = await harness.openPage(FIXTURE);
    await page.evaluate(harness.bundle);
  });

  afterAll(async () => {
    await page?.close();
  });

  /** The runs of each case's subtree with the browser's rule (computed display) and with Node's (markup). */
  const runsOfCases = () =>
    page.evaluate(
      (ids) => {
        const engine = (globalThis as unknown as { RoleLensEngine: EngineGlobal }).RoleLensEngine;
        const runsIn = (root: Node, breaks: unknown) => {
          const walker = engine.createRunWalker({ root, breaks });
          const texts: string[] = [];
          for (let run = walker.next(); run; run = walker.next()) texts.push(run.text);
          return texts;
        };
        return ids.map((id) => {
          const element = document.getElementById(id) as Element;
          return {
            id,
            browser: runsIn(element, engine.renderedBreak(window)),
            node: runsIn(element, engine.markupBreak),
          };
        });
      },
      [...RUNS_CASES.map((entry) => entry.id)],
    );

  it('ends runs at boxes the page renders apart, and joins inline formatting inside a word', async () => {
    const found = await runsOfCases();
    expect(found).toEqual(RUNS_CASES.map(({ id, browser, node }) => ({ id, browser, node })));
  });

  it('reads the same runs as the markup rule wherever the display is not set by a style sheet', async () => {
    const found = await runsOfCases();
    const differ = found.filter((entry) => JSON.stringify(entry.browser) !== JSON.stringify(entry.node));
    expect(differ.map((entry) => entry.id)).toEqual(
      RUNS_CASES.filter((entry) => entry.section === 'sheet').map((entry) => entry.id),
    );
  });

  it('rests on what Chromium computes: flex and grid items blockified, the line-clamp box’s children not', async () => {
    const displays = await page.evaluate(() =>
      [
        '#flex-chips span',
        '#grid-items a',
        '#chip-spans span',
        '#contents b',
        '#line-clamp span',
        '#bold b',
      ].map((selector) => getComputedStyle(document.querySelector(selector) as Element).display),
    );
    expect(displays).toEqual(['block', 'block', 'inline-block', 'block', 'inline', 'inline']);
  });

  it('hands out from the hint walk exactly the full walk’s runs, with the browser’s rule', async () => {
    const { hinted, full } = await page.evaluate((terms) => {
      const engine = (globalThis as unknown as { RoleLensEngine: EngineGlobal }).RoleLensEngine;
      const mayHold = engine.termsHint(terms);
      const breaks = engine.renderedBreak(window);
      const root = document.documentElement;
      const shape = (run: { text: string; nodes: Text[] }) =>
        `${run.text} @ ${run.nodes.map((node) => (node.parentNode as Element).localName).join(',')}`;
      const full: string[] = [];
      const walker = engine.createRunWalker({ root, breaks });
      for (let run = walker.next(); run; run = walker.next()) if (mayHold(run.text)) full.push(shape(run));
      const hinted: string[] = [];
      const hints = engine.createHintRunWalker({ root, mayHold, breaks });
      for (let run = hints.next(); run; run = hints.next()) hinted.push(shape(run));
      return { hinted, full };
    }, TEST_TERMS);
    expect(full.length).toBeGreaterThan(20);
    expect(hinted).toEqual(full);
  });
});

describe('the built extension on separate chips', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchWithExtension(), serveStatic([ENGINE_FIXTURES])]);
    // Asks the engine to record its slices and its idle moments (engine/slice-recorder.ts).
    await browser.context.addInitScript(() => performance.mark('role-lens:record'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks 运营 alone in two chips 产品 | 运营, and 运<b>营</b>总监 as one mark', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(FIXTURE));
    await page.waitForFunction(() => performance.getEntriesByName('role-lens:idle', 'mark').length > 0);
    await waitForFrames(page); // marks in view are registered when the viewport observer reports
    // Every mark's text, by the case (the nearest element with an id) it starts in.
    const marks = await page.evaluate(() => {
      const byCase: Record<string, string[]> = {};
      CSS.highlights.forEach((highlight) => {
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const id = range.startContainer.parentElement?.closest('[id]')?.id ?? '';
          byCase[id] = [...(byCase[id] ?? []), live.toString()];
        }
      });
      return byCase;
    });
    await page.close();
    // The two filter chips of the issue: flex items by a style sheet's class.
    expect(marks['flex-chips']).toEqual(['运营']);
    expect(marks.bold).toEqual(['运营总监']);
    // Every case: exactly the detector's terms in the runs Chromium renders apart, none across two boxes.
    // (Each case's runs lie in the elements with ids inside it, so the marks are grouped by the case's id.)
    for (const { id, browser: runs } of RUNS_CASES) {
      const expected = runs.flatMap((run) => detector.detect(run).map((found) => found.text));
      expect({ id, marks: [...(marks[id] ?? [])].sort() }).toEqual({ id, marks: expected.sort() });
    }
    expect(Object.values(marks).flat()).not.toContain('销售运营');
  });
});
