import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForFrames } from '../../scripts/lib/bench-engine-page';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';

// The same line, a title that ends in 業務, under headings and titles of either script: in Taiwan's usage it
// is the sales role, on a page written in Simplified it is not (core/page-context.ts).
const LINE = '外商公司業務';
const PAGES = {
  'headings.html':
    '<!doctype html><meta charset="utf-8"><body>' +
    `<h2>这个岗位</h2><p id="simplified">${LINE}</p>` +
    `<h2>這個職位</h2><p id="traditional">${LINE}</p>` +
    `<div id="host"></div><script>document.getElementById('host').attachShadow({mode:'open'}).innerHTML='<p>${LINE}</p>'</script>`,
  'title.html': `<!doctype html><meta charset="utf-8"><title>这个岗位</title><body><p id="untitled">${LINE}</p><p id="control">销售代表</p>`,
};

describe('the built extension reads each run with its page context', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'role-lens-context-'));
    for (const [name, html] of Object.entries(PAGES)) writeFileSync(path.join(dir, name), html);
    [browser, server] = await Promise.all([launchWithExtension(), serveStatic([dir])]);
    await browser.context.addInitScript(() => performance.mark('role-lens:record'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each mark's text, by where it starts: the id of its element, or "shadow" inside the shadow root. */
  async function marksOn(name: string): Promise<Record<string, string[]>> {
    const page = await browser.context.newPage();
    await page.goto(server.url(name));
    await page.waitForFunction(() => performance.getEntriesByName('role-lens:idle', 'mark').length > 0);
    await waitForFrames(page);
    const marks = await page.evaluate(() => {
      const byPlace: Record<string, string[]> = {};
      CSS.highlights.forEach((highlight) => {
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          const element = range.startContainer.parentElement;
          const place = element?.getRootNode() instanceof ShadowRoot ? 'shadow' : (element?.id ?? '');
          const text = (range.startContainer.nodeValue ?? '').slice(range.startOffset, range.endOffset);
          byPlace[place] = [...(byPlace[place] ?? []), text];
        }
      });
      return byPlace;
    });
    await page.close();
    return marks;
  }

  it('marks 業務 under a Traditional heading, not under a Simplified one; shadow content under its host’s', async () => {
    const marks = await marksOn('headings.html');
    expect(marks.traditional).toEqual(['業務']);
    expect(marks.simplified).toBeUndefined();
    // The shadow root's host comes after the Traditional heading.
    expect(marks.shadow).toEqual(['業務']);
  });

  it('reads the page title when no heading comes before the text', async () => {
    const marks = await marksOn('title.html');
    expect(marks.untitled).toBeUndefined();
    expect(marks.control).toEqual(['销售代表']);
  });
});
