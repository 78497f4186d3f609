import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idleCount, readMarks, startEngineInPage, waitForIdle } from '../../scripts/lib/bench-engine-page';
import { useEngineHarness } from './engine-harness';

// Hit testing beneath layers the eye sees through (overlays.html), in real Chromium: whole-card links, empty
// layers, stretched links and shadow roots let the mark through; modals, backdrops and frosted panes do not.

const harness = useEngineHarness();
let page: Page;

beforeEach(async () => {
  page = await harness.openPage('overlays.html');
  // Watch the page's DOM and count every elementsFromPoint call, as a page script could, before the engine
  // starts (it runs in this same world here).
  await page.evaluate(() => {
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) seen.push(`${record.type} on ${record.target.nodeName}`);
    });
    const options = { subtree: true, childList: true, characterData: true, attributes: true };
    observer.observe(document, options);
    observer.observe(document.getElementById('host')?.shadowRoot as ShadowRoot, options);
    const calls = { elementsFromPoint: 0 };
    for (const owner of [Document.prototype, ShadowRoot.prototype]) {
      const original = owner.elementsFromPoint;
      owner.elementsFromPoint = function (this: DocumentOrShadowRoot, x: number, y: number) {
        calls.elementsFromPoint++;
        return original.call(this, x, y);
      };
    }
    Object.assign(window, { __pageSaw: seen, __pageObserver: observer, __calls: calls });
  });
  const before = await idleCount(page);
  await startEngineInPage({ page, bundle: harness.bundle });
  await waitForIdle(page, before);
});

afterEach(async () => {
  await page.close();
});

/** Centre of character `at` of the text in element `id` (its last text node; in the open shadow root too). */
async function pointOn(id: string, at: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, at }) => {
      const element =
        document.getElementById(id) ?? document.getElementById('host')?.shadowRoot?.getElementById(id);
      const text = element?.lastChild;
      if (text?.nodeType !== Node.TEXT_NODE) throw new Error(`no text in #${id}`);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { id, at },
  );
}

/** The text of the mark the engine finds at `point`, or null. */
async function hitAt(point: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(({ x, y }) => {
    const marker = (
      window as unknown as {
        __marker: { hitTest(x: number, y: number): { detection: { text: string } } | null };
      }
    ).__marker;
    return marker.hitTest(x, y)?.detection.text ?? null;
  }, point);
}

async function elementsFromPointCalls(): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __calls: { elementsFromPoint: number } }).__calls.elementsFromPoint,
  );
}

/** What the element at `point` is, as the caret and elementFromPoint see it: the layer, not the title. */
async function topAt(point: { x: number; y: number }): Promise<string> {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className ?? '', point);
}

describe('hit testing beneath layers the eye sees through', () => {
  it('finds the title under a whole-card link, and nothing where the link covers no mark', async () => {
    const title = await pointOn('title-link', 1);
    expect(await topAt(title)).toBe('cover');
    expect(await hitAt(title)).toBe('销售代表');
    expect(await hitAt(await pointOn('meta-link', 0))).toBeNull(); // 深圳: text under the link, no mark
    expect(await hitAt({ x: title.x + 250, y: title.y })).toBeNull(); // the card's empty right half
  });

  it('finds a mark under an empty positioned layer, in each of the nodes it spans', async () => {
    const inBold = await page.evaluate(() => {
      const bold = document.querySelector('#title-layer b') as HTMLElement;
      const box = bold.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    expect(await topAt(inBold)).toBe(''); // the wrapper inside the layer
    expect(await hitAt(inBold)).toBe('市场营销');
    expect(await hitAt(await pointOn('title-layer', 0))).toBe('市场营销'); // 营 in the text after <b>
    expect(await hitAt(await pointOn('title-layer', 2))).toBeNull(); // 一
  });

  it('finds a mark under a stretched link’s ::after, a layer at opacity 0, and a link in a shadow root', async () => {
    expect(await hitAt(await pointOn('title-stretched', 1))).toBe('营销策划');
    expect(await hitAt(await pointOn('title-curtain', 0))).toBe('销售');
    expect(await hitAt(await pointOn('inshadow', 0))).toBe('营销');
  });

  it('finds no mark under a visible layer: a modal, a dimming backdrop, a frosted pane, a painted ::after', async () => {
    // The four 运营总监 are marked: only the layers over them keep the card shut.
    expect((await readMarks(page))['role-lens-operations']).toEqual([
      '运营总监',
      '运营总监',
      '运营总监',
      '运营总监',
    ]);
    const found: Record<string, string | null> = {};
    for (const id of ['title-modal', 'title-backdrop', 'title-frosted', 'title-dimmed']) {
      found[id] = await hitAt(await pointOn(id, 1));
    }
    expect(found).toEqual({
      'title-modal': null,
      'title-backdrop': null,
      'title-frosted': null,
      'title-dimmed': null,
    });
  });

  it('finds a mark nothing covers by the caret alone, without listing the layers', async () => {
    expect(await hitAt(await pointOn('plain', 3))).toBe('销售');
    expect(await hitAt(await pointOn('plain', 5))).toBeNull(); // 团: on text, no mark
    expect(await elementsFromPointCalls()).toBe(0);
    expect(await hitAt(await pointOn('title-link', 1))).toBe('销售代表');
    expect(await elementsFromPointCalls()).toBeGreaterThan(0);
  });

  it('changes nothing in the page’s DOM or styles while looking beneath', async () => {
    for (const id of [
      'title-link',
      'title-layer',
      'title-modal',
      'title-dimmed',
      'title-stretched',
      'inshadow',
    ]) {
      await hitAt(await pointOn(id, 0));
    }
    const seen = await page.evaluate(() => {
      const { __pageSaw, __pageObserver } = window as unknown as {
        __pageSaw: string[];
        __pageObserver: MutationObserver;
      };
      return [...__pageSaw, ...__pageObserver.takeRecords().map((record) => record.type)];
    });
    expect(seen).toEqual([]);
  });
});
