import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/chromium';
import { hoverMark, waitForMarks } from '../../scripts/lib/page-probe';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';
import { builtScripts } from './extension-harness';

// The card follows the page: on a Taiwan posting, hovering 營運 gives a card written in Traditional (Taiwan),
// built by the background from the converted knowledge base, whose quotes say they are converted and show the
// Simplified original on a click. A Simplified mark on the same page keeps a Simplified card. On an English
// posting the card is English, its quotes in Chinese with their English beside them; and a reader who chose
// "my interface language" with an English interface gets English cards on a Chinese page too.

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const PAGE =
  '<!doctype html><html lang="zh-TW"><meta charset="utf-8"><title>誠徵營運人員</title><body>' +
  '<h1>職缺</h1><p id="hant">我們在找營運，也需要行銷。</p><p id="hans">另有运营岗位。</p>';
const ENGLISH_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Careers</title><body>' +
  '<h1>Open roles</h1><p>We are hiring a Marketing Manager to lead our campaigns.</p>';
const SIMPLIFIED_PAGE =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>招聘</title><body>' +
  '<h1>职位</h1><p>招聘用户运营专员。</p>';

let browser: ExtensionBrowser;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'role-lens-hant-'));
  writeFileSync(path.join(dir, 'taiwan.html'), PAGE);
  writeFileSync(path.join(dir, 'english.html'), ENGLISH_PAGE);
  writeFileSync(path.join(dir, 'simplified.html'), SIMPLIFIED_PAGE);
  [browser, server] = await Promise.all([launchWithExtension(), serveStatic([dir])]);
  await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: null }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a served page, waits for its marks, hovers `text` and returns the card's text. */
async function openAndHover(page: Page, file: string, family: string, text: string): Promise<string> {
  await page.goto(server.url(file));
  await waitForMarks(page, family);
  return hoverMark(page, family, text);
}

/** The open card's headword, family badge, language and first contrast. */
function card(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('role-lens-tooltip')?.shadowRoot;
    const article = root?.querySelector('.rl-card');
    return {
      headword: article?.querySelector('.rl-term')?.textContent,
      family: article?.querySelector('.rl-family')?.textContent,
      lang: article?.getAttribute('lang'),
      roles: [...(article?.querySelectorAll('.rl-role-word') ?? [])].map((word) => word.textContent),
      entry: article?.querySelector('.rl-entry')?.textContent ?? null,
    };
  });
}

describe('a card on a Traditional page', () => {
  it('is written in Traditional when 營運 is hovered, and its quote’s Simplified original is one click away', async () => {
    const page = await browser.context.newPage();
    await openAndHover(page, 'taiwan.html', 'operations', '營運');
    expect(await card(page)).toEqual({
      headword: '營運',
      family: '營運',
      lang: 'zh-Hant',
      roles: ['營運', '行銷', '銷售'],
      entry: null,
    });
    await page.locator('role-lens-tooltip .rl-more').click();
    const quote = page.locator('role-lens-tooltip .rl-takes .rl-quote').first();
    await quote.waitFor();
    const converted = await quote.textContent();
    expect(converted).toContain('由簡體原文轉換');
    const toggle = quote.locator('.rl-original');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const original = await quote.textContent();
    expect(original).not.toBe(converted);
    expect(await quote.getAttribute('lang')).toBe('zh-Hans');
    // The original is the source's Simplified: the family word as the source writes it.
    expect(original).toMatch(/运营|营销|销售/);
    await toggle.click();
    await expect.poll(() => quote.textContent()).toBe(converted);

    await hoverMark(page, 'operations', '运营');
    expect(await card(page)).toMatchObject({ headword: '运营', family: '运营', lang: 'zh-Hans' });
    await page.close();
  });

  it('no bundle of the extension carries OpenCC, and the content script no converted text', () => {
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts)
      expect(readFileSync(file, 'utf8'), file).not.toContain('Invalid dictionary entry');
    const content = readFileSync(path.join(CHROME_BUILD, 'content-scripts/content.js'), 'utf8');
    const background = readFileSync(path.join(CHROME_BUILD, 'background.js'), 'utf8');
    // A converted line of the table: in the background, never in the content script.
    expect(background).toContain('誰包含誰，原文沒有共識');
    expect(content).not.toContain('誰包含誰');
  });
});

/** The first open take's quote: its Chinese, its gloss, and their languages. */
async function firstQuote(page: Page) {
  await page.locator('role-lens-tooltip .rl-more').click();
  const quote = page.locator('role-lens-tooltip .rl-takes .rl-quote').first();
  await quote.waitFor();
  return {
    lang: await quote.getAttribute('lang'),
    text: await quote.textContent(),
    gloss: await quote.locator('.rl-gloss').textContent(),
    glossLang: await quote.locator('.rl-gloss').getAttribute('lang'),
  };
}

describe('a card in English', () => {
  it('explains an English posting’s title in English, each quote in Chinese with its gloss', async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: null }));
    const page = await browser.context.newPage();
    await openAndHover(page, 'english.html', 'marketing', 'Marketing Manager');
    expect(await card(page)).toEqual({
      headword: 'Marketing Manager',
      family: 'marketing',
      lang: 'en',
      roles: ['operations', 'marketing', 'sales'],
      entry: expect.any(String),
    });
    const quote = await firstQuote(page);
    expect(quote.lang).toBe('zh-Hans');
    expect(quote.text).toMatch(/[\u4e00-\u9fff]/);
    expect(quote.glossLang).toBe('en');
    expect(quote.gloss?.trim()).toMatch(/^[\x20-\x7e‘’“”—–…]+$/);
    await page.close();
  });

  it('explains a Chinese page in English when the reader chose the interface’s language, English', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { explainIn: 'interface', language: 'en' } }),
    );
    const page = await browser.context.newPage();
    const shown = await openAndHover(page, 'simplified.html', 'operations', '用户运营专员');
    expect(shown).toContain('Aimed at: users (用户)');
    expect(await card(page)).toMatchObject({ headword: '用户运营专员', family: 'operations', lang: 'en' });
    await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: null }));
    await page.close();
  });
});
