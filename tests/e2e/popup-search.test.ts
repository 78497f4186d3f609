import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { builtScripts } from './extension-harness';

// The popup's search in real Chromium, in the built extension (issue 13, items 1 and 5): what people type
// finds its term first; the keys walk every result; picked entries come back as recent lookups.

/** The extension's own `chrome` global, as seen inside its service worker (where `evaluate` runs). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  // The size of Chrome's toolbar popup at its narrowest useful width and its tallest.
  browser = await launchWithExtension({ viewport: { width: 400, height: 600 } });
  // This Chromium reports en-US: the Chinese interface is chosen as a reader may (see extension.test.ts).
  await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { language: 'zh-Hans' } }));
  popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('combobox').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const box = () => popup.getByRole('combobox');
const shownTerm = () => popup.locator('.rl-card').getAttribute('data-term');
const activeTerm = () =>
  popup.evaluate(() => {
    const id = document.querySelector('[role="combobox"]')?.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.getAttribute('data-term') : null;
  });
const optionTerms = () =>
  popup.locator('[role="option"]').evaluateAll((options) => options.map((o) => o.getAttribute('data-term')));

/** Clears the box and types the query key by key, as a reader does. */
async function typeQuery(query: string) {
  await box().fill('');
  await box().pressSequentially(query);
}

describe('popup search in Chromium', () => {
  it.each([
    ['yunying', '运营'],
    ['yy', '运营'],
    ['yùnyíng', '运营'],
    ['yun ying', '运营'],
    ['yingxiao', '营销'],
    ['xs', '销售'],
    ['marketing', '营销'],
    ['COO', '首席运营官'],
    ['sales rep', 'sales representative'],
    ['營運', '运营'],
    ['运营总', '运营总监'],
    ['运营', '运营'],
  ])('%s finds %s first', async (query, term) => {
    await typeQuery(query);
    await expect.poll(shownTerm).toBe(term);
  });

  it('walks the results of yunying and CMO with ↓ and takes one with Enter', async () => {
    await typeQuery('yunying');
    await expect.poll(() => optionTerms().then((terms) => terms[0])).toBe('运营');
    await box().press('ArrowDown');
    await box().press('ArrowDown');
    const second = (await optionTerms())[1];
    await expect.poll(activeTerm).toBe(second);
    await box().press('Enter');
    await expect.poll(shownTerm).toBe(second);
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');

    await typeQuery('CMO');
    await expect.poll(optionTerms).toEqual(expect.arrayContaining(['cmo', 'chief marketing officer']));
    expect((await optionTerms()).slice(0, 2)).toEqual(['cmo', 'chief marketing officer']);
    await box().press('ArrowDown');
    await box().press('ArrowDown');
    await box().press('Enter');
    await expect.poll(shownTerm).toBe('chief marketing officer');
  });

  it('reaches every result of 运营 by keys, 用户运营 scrolled into view inside the list', async () => {
    await typeQuery('运营');
    const terms = await optionTerms();
    expect(terms.length).toBeGreaterThan(40);
    const index = terms.indexOf('用户运营');
    expect(index).toBeGreaterThan(8);
    for (let step = 0; step <= index; step++) await box().press('ArrowDown');
    await expect.poll(activeTerm).toBe('用户运营');
    const inView = () =>
      popup.evaluate(() => {
        const list = document.querySelector('[role="listbox"]')?.getBoundingClientRect();
        const id = document.querySelector('[role="combobox"]')?.getAttribute('aria-activedescendant');
        const option = id ? document.getElementById(id)?.getBoundingClientRect() : undefined;
        return !!list && !!option && option.top >= list.top - 1 && option.bottom <= list.bottom + 1;
      });
    await expect.poll(inView).toBe(true);
    await box().press('Enter');
    await expect.poll(shownTerm).toBe('用户运营');
  });

  it('answers 运营商 as no job title, with no card', async () => {
    await typeQuery('运营商');
    await expect
      .poll(() => popup.locator('.rl-false-friend').textContent())
      .toBe('“运营商”不是职位名称，岗位透镜不标记它。');
    expect(await popup.locator('.rl-card').count()).toBe(0);
  });

  it('keeps the entries picked as recent lookups, latest first, after the popup reopens', async () => {
    await popup.reload();
    await box().waitFor();
    // Picked above, in this order: the second result of yunying, chief marketing officer, 用户运营.
    await expect
      .poll(() => optionTerms().then((terms) => terms.slice(0, 2)))
      .toEqual(['用户运营', 'chief marketing officer']);
    expect(await optionTerms()).toHaveLength(3);
    expect(await popup.getByRole('listbox').getAttribute('aria-label')).toBe('最近查过');
    await box().press('ArrowDown');
    await box().press('Enter');
    await expect.poll(shownTerm).toBe('用户运营');
  });
});

describe('the pinyin comes from the build', () => {
  it('no bundle of the extension carries pinyin-pro (its dictionary), the popup the generated pinyin', () => {
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThan(2);
    // A line of pinyin-pro's own dictionary (中 read zhōng or zhòng).
    for (const file of scripts) expect(readFileSync(file, 'utf8'), file).not.toContain('"zhōng zhòng"');
    const popup = scripts.filter((file) => /popup/.test(path.basename(file)));
    expect(popup.some((file) => readFileSync(file, 'utf8').includes('yun ying shang'))).toBe(true);
  });
});
