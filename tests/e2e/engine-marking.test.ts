import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { idleCount, readMarks, startEngineInPage, waitForIdle } from '../../scripts/lib/bench-engine-page';
import { useEngineHarness } from './engine-harness';

// The page engine alone (no extension) in real Chromium: marks, coverage, updates, hit-testing.

const harness = useEngineHarness();
let page: Page;

/** Opens the fixture, starts watching the page's DOM (as a page script would), then starts the engine. */
async function openWithEngine(file: string): Promise<void> {
  page = await harness.openPage(file);
  await page.evaluate(() => {
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) seen.push(`${record.type} on ${record.target.nodeName}`);
    });
    const options = { subtree: true, childList: true, characterData: true, attributes: true };
    observer.observe(document, options);
    const shadow = document.getElementById('host')?.shadowRoot;
    if (shadow) observer.observe(shadow, options);
    const frameDoc = (document.getElementById('frame') as HTMLIFrameElement | null)?.contentDocument;
    if (frameDoc) observer.observe(frameDoc, options);
    Object.assign(window, { __pageSaw: seen, __pageObserver: observer });
  });
  const before = await idleCount(page);
  await startEngineInPage({ page, bundle: harness.bundle });
  await waitForIdle(page, before);
}

/** Runs `change` in the page and waits for the engine to catch up with it. */
async function changePage(change: () => void): Promise<void> {
  const before = await idleCount(page);
  await page.evaluate(change);
  await waitForIdle(page, before);
}

async function pageMutations(): Promise<string[]> {
  return page.evaluate(() => {
    const { __pageSaw, __pageObserver } = window as unknown as {
      __pageSaw: string[];
      __pageObserver: MutationObserver;
    };
    __pageSaw.push(
      ...__pageObserver.takeRecords().map((record) => `${record.type} on ${record.target.nodeName}`),
    );
    return __pageSaw;
  });
}

/** Centre of the first `length` characters of the text in `selector` (in the top document). */
async function pointOnText(
  selector: string,
  from: number,
  length: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, from, length }) => {
      const host = document.getElementById('host')?.shadowRoot;
      const element = document.querySelector(selector) ?? host?.querySelector(selector);
      const text = element?.firstChild;
      if (!text) throw new Error(`no text in ${selector}`);
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { selector, from, length },
  );
}

async function hitAt(point: { x: number; y: number }): Promise<{ text: string; family: string } | null> {
  return page.evaluate(({ x, y }) => {
    const marker = (
      window as unknown as {
        __marker: { hitTest(x: number, y: number): { detection: { text: string; family: string } } | null };
      }
    ).__marker;
    const hit = marker.hitTest(x, y);
    return hit ? { text: hit.detection.text, family: hit.detection.family } : null;
  }, point);
}

describe('page engine in Chromium', () => {
  beforeEach(async () => {
    await page?.close();
  });

  it('marks each term once, reading <b>运营</b>总监 as one title, and skips text nobody reads', async () => {
    await openWithEngine('basic.html');
    const marks = await readMarks(page);
    expect(marks['role-lens-operations']).toEqual(['运营', '运营总监']);
    // 销售 in #plain and #short, 销售 in the contenteditable="false" part; nothing from the skipped elements.
    expect(marks['role-lens-sales']).toEqual(['销售', '销售', '销售']);
    // 市场营销 in the list, 营销策划 inside the open shadow root.
    expect(marks['role-lens-marketing']).toEqual(['市场营销', '营销策划']);
  });

  it('marks a same-origin frame in the frame’s own registry and styles it without touching its DOM', async () => {
    await openWithEngine('basic.html');
    const marks = await readMarks(page);
    expect(marks['#frame role-lens-sales']).toEqual(['销售代表']);
    const adopted = await page.evaluate(
      () =>
        (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.adoptedStyleSheets.length,
    );
    expect(adopted).toBe(1);
  });

  it('marks content that arrives later and drops marks of content that leaves', async () => {
    await openWithEngine('basic.html');
    await changePage(() => {
      const list = document.getElementById('list') as HTMLElement;
      for (let index = 0; index < 3; index++) {
        const card = document.createElement('div');
        card.className = 'card';
        card.innerHTML = `<h3>新媒体<span>运营</span></h3><p>负责营销活动 ${index}</p>`;
        list.append(card);
      }
    });
    let marks = await readMarks(page);
    expect(marks['role-lens-operations']).toEqual(['运营', '运营', '运营', '运营', '运营总监']);
    expect(marks['role-lens-marketing']).toHaveLength(2 + 3);

    await changePage(() => {
      document.querySelector('#list .card')?.remove();
      (document.getElementById('li1') as HTMLElement).remove();
    });
    marks = await readMarks(page);
    expect(marks['role-lens-operations']).toEqual(['运营', '运营', '运营', '运营总监']);
    expect(marks['role-lens-marketing']).toEqual(['营销', '营销', '营销策划']);
  });

  it('follows changed text, joins runs when inline text arrives, and never marks twice', async () => {
    await openWithEngine('basic.html');
    await changePage(() => {
      // 销售 → 销售代表 by editing the text node: one mark, the longer one.
      (document.getElementById('short')?.firstChild as Text).data = '销售代表';
      // 运营 + an appended inline <span>总监</span> reads as 运营总监.
      const span = document.createElement('span');
      span.textContent = '总监';
      document.getElementById('li2')?.append(span);
      // Moving a paragraph keeps its marks (once).
      document.getElementById('list')?.append(document.getElementById('plain') as HTMLElement);
    });
    const marks = await readMarks(page);
    expect(marks['role-lens-sales']).toEqual(['销售', '销售', '销售代表']);
    expect(marks['role-lens-operations']).toEqual(['运营总监', '运营总监']);

    await changePage(() => {
      (document.getElementById('short')?.firstChild as Text).data = '财务';
    });
    expect((await readMarks(page))['role-lens-sales']).toEqual(['销售', '销售']);
  });

  it('marks a block changed many times in a row as its last text says, once', async () => {
    await openWithEngine('basic.html');
    // 40 changes to one paragraph, each in a task of its own (a ticking page), the engine reading between
    // them: rescans not yet started are not queued again, and the last text is what gets marked.
    const before = await idleCount(page);
    await page.evaluate(async () => {
      const short = document.getElementById('short')?.firstChild as Text;
      for (let tick = 0; tick < 40; tick++) {
        short.data = tick % 2 ? `销售代表 ${tick}` : `市场营销 ${tick}`;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      short.data = '销售代表与营销策划';
    });
    await waitForIdle(page, before);
    const marks = await readMarks(page);
    expect(marks['role-lens-sales']).toEqual(['销售', '销售', '销售代表']);
    expect(marks['role-lens-marketing']).toEqual(['市场营销', '营销策划', '营销策划']);
  });

  it('drops the marks of text moved into content nobody reads (a <script>, a hidden subtree)', async () => {
    await openWithEngine('basic.html');
    await changePage(() => {
      // Found by the engine fuzz test: a marked node moved into a <script> kept its marks.
      const script = document.createElement('script');
      script.type = 'text/plain';
      document.body.append(script);
      script.append(document.getElementById('plain') as HTMLElement);
      const hidden = document.createElement('div');
      hidden.hidden = true;
      document.body.append(hidden);
      hidden.append(document.getElementById('li2') as HTMLElement);
    });
    const marks = await readMarks(page);
    expect(marks['role-lens-sales']).toEqual(['销售', '销售']);
    expect(marks['role-lens-operations']).toEqual(['运营总监']);
    // Not only unpainted (a <script> has no box): gone from the engine's index, which hit testing and the
    // counts read (sales: the two above and the frame's 销售代表).
    const found = await page.evaluate(() =>
      (window as unknown as { __marker: { found(): Record<string, number> } }).__marker.found(),
    );
    expect(found).toMatchObject({ sales: 3, operations: 1 });
  });

  it('marks text a page shows by dropping `hidden` or editing, and drops its marks when hidden again', async () => {
    await openWithEngine('basic.html');
    type Counts = { operations: number; marketing: number; sales: number };
    const found = () =>
      page.evaluate(() => (window as unknown as { __marker: { found(): Counts } }).__marker.found());
    await changePage(() => {
      // A "read more" block, hidden until asked; an editable note; a title whose rank is hidden.
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div id="more" hidden><p>负责用户运营</p></div><p id="note" contenteditable>营销</p>' +
          '<p id="rank">大客户销售<span id="rank-hidden" hidden>代表</span></p>',
      );
    });
    const before = await found();
    const marksBefore = await readMarks(page);
    expect(marksBefore['role-lens-sales']).not.toContain('销售代表');

    await changePage(() => {
      (document.getElementById('more') as HTMLElement).hidden = false;
      document.getElementById('note')?.setAttribute('contenteditable', 'false');
      (document.getElementById('rank-hidden') as HTMLElement).hidden = false;
    });
    const shown = await found();
    expect(shown.operations).toBe(before.operations + 1);
    expect(shown.marketing).toBe(before.marketing + 1);
    // 大客户销售 and 代表 are one run now: one mark, the longer term (the test detector's 销售代表).
    expect(shown.sales).toBe(before.sales);
    const marksShown = await readMarks(page);
    expect(marksShown['role-lens-sales']).toContain('销售代表');

    await changePage(() => {
      (document.getElementById('more') as HTMLElement).hidden = true;
      document.getElementById('note')?.setAttribute('contenteditable', '');
      (document.getElementById('rank-hidden') as HTMLElement).hidden = true;
    });
    expect(await found()).toEqual(before);
    expect(await readMarks(page)).toEqual(marksBefore);
  });

  it('stops counting a frame’s marks when the frame leaves the page', async () => {
    await openWithEngine('basic.html');
    const found = () =>
      page.evaluate(
        () => (window as unknown as { __marker: { found(): Record<string, number> } }).__marker.found().sales,
      );
    // basic.html: 销售 three times in the page, 销售代表 in the same-origin frame.
    expect(await found()).toBe(4);
    await changePage(() => document.getElementById('frame')?.remove());
    expect(await found()).toBe(3);
  });

  it('marks text added inside an open shadow root and in the frame later on', async () => {
    await openWithEngine('basic.html');
    await changePage(() => {
      const shadow = document.getElementById('host')?.shadowRoot as ShadowRoot;
      const extra = document.createElement('p');
      extra.textContent = '用户运营';
      shadow.append(extra);
      const frameDoc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument as Document;
      const line = frameDoc.createElement('p');
      line.textContent = '营销总监';
      frameDoc.body.append(line);
    });
    const marks = await readMarks(page);
    expect(marks['role-lens-operations']).toEqual(['运营', '运营', '运营总监']);
    expect(marks['#frame role-lens-marketing']).toEqual(['营销']);
  });

  it('causes no DOM mutation the page can observe', async () => {
    await openWithEngine('basic.html');
    await hitAt(await pointOnText('#split b', 0, 2));
    await page.evaluate(() =>
      (window as unknown as { __marker: { setFamilies(f: string[]): void } }).__marker.setFamilies(['sales']),
    );
    expect(await pageMutations()).toEqual([]);
  });

  it('adopts changeable styles into the page and its frame, restyles both in place, and removes them', async () => {
    await openWithEngine('basic.html');
    const setStyles = (css: string) =>
      page.evaluate(
        (css) =>
          (window as unknown as { __marker: { setStyles(css: string): void } }).__marker.setStyles(css),
        css,
      );
    // What the page paints for a sales mark (read from the highlight pseudo-element), and our sheets.
    const look = () =>
      page.evaluate(() => {
        const frameDoc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument as Document;
        const salesColour = (element: Element) =>
          (element.ownerDocument.defaultView as Window).getComputedStyle(
            element,
            '::highlight(role-lens-sales)',
          ).color;
        return {
          page: salesColour(document.getElementById('plain') as Element),
          frame: salesColour(frameDoc.getElementById('inframe') as Element),
          sheets: [document.adoptedStyleSheets.length, frameDoc.adoptedStyleSheets.length],
        };
      });
    const unstyled = await look();
    expect(unstyled.sheets).toEqual([0, 1]); // only the frame styles, in the frame

    await setStyles('::highlight(role-lens-sales) { color: rgb(1, 2, 3); }');
    expect(await look()).toEqual({ page: 'rgb(1, 2, 3)', frame: 'rgb(1, 2, 3)', sheets: [1, 2] });
    await setStyles('::highlight(role-lens-sales) { color: rgb(4, 5, 6); }');
    expect(await look()).toEqual({ page: 'rgb(4, 5, 6)', frame: 'rgb(4, 5, 6)', sheets: [1, 2] });
    await setStyles('');
    expect(await look()).toEqual(unstyled);
    expect(await pageMutations()).toEqual([]);
  });

  it('finds the mark under the pointer, and nothing past the end of its line', async () => {
    await openWithEngine('basic.html');
    expect(await hitAt(await pointOnText('#split b', 0, 1))).toEqual({
      text: '运营总监',
      family: 'operations',
    });
    expect(await hitAt(await pointOnText('#plain', 4, 1))).toEqual({ text: '销售', family: 'sales' });
    expect(await hitAt(await pointOnText('#plain', 2, 1))).toBeNull(); // 团 of 我们的销售团队: not a mark
    const end = await pointOnText('#short', 0, 2);
    // #short is 600 px wide and holds only 销售: 200 px right of it the caret still snaps to 销售's end.
    expect(await hitAt({ x: end.x + 200, y: end.y })).toBeNull();
    expect(await hitAt(await pointOnText('#inshadow', 1, 1))).toEqual({
      text: '营销策划',
      family: 'marketing',
    });
  });

  it('finds marks inside the frame, reporting the frame’s document', async () => {
    await openWithEngine('basic.html');
    const hit = await page.evaluate(() => {
      const frame = document.getElementById('frame') as HTMLIFrameElement;
      const frameDoc = frame.contentDocument as Document;
      const text = frameDoc.getElementById('inframe')?.firstChild as Text;
      const range = frameDoc.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const inner = range.getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      const marker = (
        window as unknown as {
          __marker: { hitTest(x: number, y: number): { detection: { text: string }; doc: Document } | null };
        }
      ).__marker;
      const found = marker.hitTest(outer.left + inner.left + 5, outer.top + inner.top + 5);
      return found ? { text: found.detection.text, inFrame: found.doc === frameDoc } : null;
    });
    expect(hit).toEqual({ text: '销售代表', inFrame: true });
  });

  it('shows only the chosen families, and removes every highlight when stopped', async () => {
    await openWithEngine('basic.html');
    await page.evaluate(() =>
      (window as unknown as { __marker: { setFamilies(f: string[]): void } }).__marker.setFamilies(['sales']),
    );
    expect(Object.keys(await readMarks(page)).sort()).toEqual(['#frame role-lens-sales', 'role-lens-sales']);
    expect(await hitAt(await pointOnText('#split b', 0, 1))).toBeNull();
    await page.evaluate(() => (window as unknown as { __marker: { stop(): void } }).__marker.stop());
    expect(await readMarks(page)).toEqual({});
  });
});
