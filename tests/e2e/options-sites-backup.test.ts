import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, PROJECT_ROOT } from '../../scripts/lib/chromium';
import { highlightCounts, waitForMarks } from '../../scripts/lib/page-probe';
import type { StaticServer } from '../../scripts/lib/static-server';
import { startHarness } from './extension-harness';

// The options' site list and settings file in real Chromium (issue 13, items 4 and 5): what a line becomes,
// the message a line that is no site gets, a wildcard switching a served page off, a version 1 list
// migrated when the extension's pages start, and a file exported, imported back, and a hostile one refused.

/** The extension's own `chrome` global, as seen inside its service worker (where `evaluate` runs). */
declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
      remove(keys: string[]): Promise<void>;
    };
  };
};

let browser: ExtensionBrowser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, server } = await startHarness());
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function storedSettings(): Promise<Record<string, unknown>> {
  return (await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings')))
    .settings as Record<string, unknown>;
}

async function writeRawSettings(value: unknown): Promise<void> {
  await browser.serviceWorker.evaluate((raw) => chrome.storage.local.set({ settings: raw }), value);
}

/** The options page, in English (this test browser's language, on auto). */
async function openOptions(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Stay off these sites' }).waitFor();
  return page;
}

describe('the options page’s site list', () => {
  it('keeps each site as the browser writes hosts, and names a line that is no site', async () => {
    await writeRawSettings(null);
    const options = await openOptions();
    const box = options.getByRole('textbox', { name: 'Stay off these sites' });
    await box.fill('HTTP://Jobs.Example.COM:8080/path?q=1\nnot a site\n*.例子.测试');
    await box.blur();
    await expect
      .poll(async () => (await storedSettings())?.disabledSites)
      .toEqual(['jobs.example.com', '*.xn--fsqu00a.xn--0zwm56d']);
    expect(await box.inputValue()).toBe('jobs.example.com\nnot a site\n*.xn--fsqu00a.xn--0zwm56d');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    // The message is what assistive tech reads for the box: an element it names in aria-describedby.
    const described = await box.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? ''),
    );
    const message =
      'Line 2, “not a site”, is not a site and was not saved. Write a host name (www.example.com) or a URL starting with http:// or https://.';
    expect(described[1]).toBe(message);
    await expect.poll(() => options.getByText(message).isVisible()).toBe(true);
    // For a person to look at (demo-output/ is not committed).
    await options.screenshot({
      path: path.join(PROJECT_ROOT, 'demo-output/options-site-list-en.png'),
      fullPage: true,
    });
    await options.close();
  });

  it('saves as one types, without leaving the box, and a wildcard switches the open tab off', async () => {
    await writeRawSettings(null);
    // localhost is the test server's 127.0.0.1 under a name: "*.localhost" holds it.
    const page = await context.newPage();
    await page.goto(server.url('sample-job-page.html').replace('127.0.0.1', 'localhost'));
    await waitForMarks(page, 'sales');
    const options = await openOptions();
    await options.getByRole('textbox', { name: 'Stay off these sites' }).pressSequentially('*.LOCALHOST');
    await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual(['*.localhost']);
    await page.waitForFunction(() => (CSS.highlights.get('role-lens-sales')?.size ?? 0) === 0);
    expect(Object.values(await highlightCounts(page))).toEqual([0, 0, 0]);
    await options.close();
    await page.close();
    await writeRawSettings(null);
  });

  it('migrates a list stored by version 1 when the extension’s pages start', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          theme: 'dark',
          disabledSites: ['http://host.example:8080/jobs', 'JOBS.例子.测试', 'not a site'],
        },
        settings$: { v: 1 },
      }),
    );
    const options = await openOptions();
    await expect
      .poll(
        async () =>
          (await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings$'))).settings$,
      )
      .toEqual({ v: 2 });
    expect(await storedSettings()).toEqual({
      theme: 'dark',
      disabledSites: ['host.example', 'jobs.xn--fsqu00a.xn--0zwm56d'],
    });
    expect(await options.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await options.close();
    await writeRawSettings(null);
  });
});

describe('settings as a file', () => {
  it('exports, and imports back what was exported; a hostile file is refused and changes nothing', async () => {
    await writeRawSettings({
      theme: 'dark',
      families: ['sales'],
      disabledSites: ['*.example.com'],
      language: 'en',
    });
    const options = await openOptions();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('link', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('role-lens-settings.json');
    const exportedPath = path.join(
      mkdtempSync(path.join(tmpdir(), 'role-lens-export-')),
      download.suggestedFilename(),
    );
    await download.saveAs(exportedPath);
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported).toMatchObject({
      format: 'role-lens-settings',
      version: 2,
      settings: { theme: 'dark', families: ['sales'], disabledSites: ['*.example.com'], language: 'en' },
    });

    // Changed since: the import brings the exported choices back.
    await options.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(async () => (await storedSettings())?.theme).toBe('light');
    const fileInput = options.locator('input[type="file"]');
    await fileInput.setInputFiles(exportedPath);
    await expect.poll(async () => await storedSettings()).toEqual(exported.settings);
    await expect
      .poll(() => options.locator('.rl-import-done').textContent())
      .toBe('Imported the settings in “role-lens-settings.json”.');

    // A hostile file: refused in an alert, storage untouched.
    const before = await storedSettings();
    await fileInput.setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"role-lens-settings","version":2,"settings":{"theme":"light","__proto__":{"enabled":false}}}',
      ),
    });
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe(
        '“hostile.json” was not imported, and no setting changed: the file holds a key that is not allowed, “__proto__”.',
      );
    expect(await storedSettings()).toEqual(before);
    expect(await options.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await options.close();
    await writeRawSettings(null);
  });
});
