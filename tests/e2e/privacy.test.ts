import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, findChromium, QUIET_NETWORK_FLAGS } from '../../scripts/lib/chromium';
import { hoverMark, waitForMarks } from '../../scripts/lib/page-probe';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server';
import { DEMO_DIR } from './extension-harness';

// Privacy, asserted: every request the browser makes while Role Lens marks a page, draws cards, copies one,
// and while its popup and options page are used, stays on this machine. Two records of the same session:
// Playwright's view of each request of every page, extension page and the service worker, and Chromium's own
// network log (--log-net-log), which sees every request of the browser's network stack, whoever made it.

// Chromium's calls home are switched off (QUIET_NETWORK_FLAGS, TOOLCHAIN.md), so anything left would be Role Lens's or the page's.

let server: StaticServer;
let context: BrowserContext;
let extensionId: string;
let profile: string;
const netLog = path.join(mkdtempSync(path.join(tmpdir(), 'role-lens-netlog-')), 'net-log.json');
/** Every request Playwright saw, with what made it. */
const seen: { url: string; by: string }[] = [];

beforeAll(async () => {
  server = await serveStatic([DEMO_DIR]);
  profile = mkdtempSync(path.join(tmpdir(), 'role-lens-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      ...QUIET_NETWORK_FLAGS,
      `--log-net-log=${netLog}`,
      '--net-log-capture-mode=Default',
    ],
  });
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    seen.push({ url: request.url(), by: worker ? `service worker ${worker.url()}` : request.frame().url() });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  rmSync(path.dirname(netLog), { recursive: true, force: true });
});

/** Whether a URL stays on this machine: the extension itself, a file, the page's own data, the test server. */
function staysLocal(url: string): boolean {
  if (/^(chrome-extension|file|data|blob|about|chrome):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * Chromium's own calls that its flags do not switch off (seen with Chromium 156: the component updater's
 * update check and the sign-in cookie check). The network log marks them as the browser's (initiator "not
 * an origin"); they are allowed only so, and only to these hosts.
 */
const CHROMIUM_OWN_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com']);

interface LoggedRequest {
  urls: string[];
  /** The origin that asked for it (a page, the extension); "not an origin" or undefined: the browser itself. */
  initiator: string | undefined;
}

/** Chromium's network log, read once the browser has closed: its requests, and every host it looked up. */
function readNetLog(): { requests: LoggedRequest[]; hosts: string[] } {
  const log = JSON.parse(readFileSync(netLog, 'utf8')) as {
    events: { source: { id: number }; params?: Record<string, unknown> }[];
  };
  const bySource = new Map<number, LoggedRequest>();
  const hosts = new Set<string>();
  for (const event of log.events) {
    const params = event.params ?? {};
    // Host lookups and connections name a host without a URL: a lookup leaves the machine too.
    if (typeof params.host === 'string') hosts.add(params.host);
    if (typeof params.url !== 'string' && typeof params.initiator !== 'string') continue;
    const entry = bySource.get(event.source.id) ?? { urls: [], initiator: undefined };
    if (typeof params.url === 'string' && !entry.urls.includes(params.url)) entry.urls.push(params.url);
    if (typeof params.initiator === 'string') entry.initiator = params.initiator;
    bySource.set(event.source.id, entry);
  }
  return { requests: [...bySource.values()].filter((entry) => entry.urls.length > 0), hosts: [...hosts] };
}

/** A host as the log writes it ("update.googleapis.com:443", "https://accounts.google.com"), bare. */
function bareHost(host: string): string {
  const withScheme = /^[a-z]+:\/\//.test(host) ? host : `http://${host}`;
  return new URL(withScheme).hostname;
}

const isLocalHost = (host: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(host);

async function openExtensionPage(name: 'popup' | 'options'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${name}.html`);
  return page;
}

describe('privacy: nothing leaves the machine', () => {
  it('marks a job page, draws and copies a card, with no request but the page’s own', async () => {
    const page = await context.newPage();
    await page.goto(server.url('sample-job-page.html'));
    await waitForMarks(page, 'operations');
    const card = await hoverMark(page, 'operations', '用户运营');
    expect(card).toContain('用户运营');
    // Unfold the card, then copy it (the copy button writes the clipboard, nothing else).
    await page.evaluate(() =>
      document
        .querySelector('role-lens-tooltip')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('.rl-more[aria-expanded="false"]')
        ?.click(),
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const copy = page.locator('role-lens-tooltip .rl-copy');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('用户运营');
    await page.close();
  });

  it('looks terms up and compares them in the popup, and changes settings on the options page', async () => {
    const popup = await openExtensionPage('popup');
    await popup.getByRole('combobox').fill('營運');
    await expect.poll(() => popup.locator('.rl-card').count()).toBeGreaterThan(0);
    await popup.getByRole('combobox').fill('sales');
    await expect.poll(() => popup.locator('.rl-card').count()).toBeGreaterThan(0);
    await popup.close();

    const options = await openExtensionPage('options');
    await options.getByRole('radio').first().waitFor();
    const radios = options.getByRole('radio');
    for (let index = 0; index < Math.min(await radios.count(), 12); index++) await radios.nth(index).check();
    const boxes = options.getByRole('checkbox');
    for (let index = 0; index < Math.min(await boxes.count(), 6); index++) await boxes.nth(index).click();
    await options.close();
  });

  it('saw requests at all (the page itself), and every one of them stayed local', async () => {
    const pageUrl = server.url('sample-job-page.html');
    expect(seen.map((request) => request.url)).toContain(pageUrl);
    expect(seen.some((request) => request.url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
    expect(seen.filter((request) => !staysLocal(request.url))).toEqual([]);

    await context.close(); // the network log is written out on close
    const { requests, hosts } = readNetLog();
    expect(requests.flatMap((request) => request.urls)).toContain(pageUrl);
    const byPageOrExtension = requests.filter(
      (request) => request.initiator !== undefined && request.initiator !== 'not an origin',
    );
    expect(byPageOrExtension.length).toBeGreaterThan(0);
    expect(byPageOrExtension.filter((request) => !request.urls.every(staysLocal))).toEqual([]);
    const byBrowser = requests.filter((request) => !byPageOrExtension.includes(request));
    const leaving = byBrowser.filter(
      (request) =>
        !request.urls.every((url) => staysLocal(url) || CHROMIUM_OWN_HOSTS.has(new URL(url).hostname)),
    );
    expect(leaving).toEqual([]);
    expect(hosts.map(bareHost).filter((host) => !isLocalHost(host) && !CHROMIUM_OWN_HOSTS.has(host))).toEqual(
      [],
    );
  });
});
