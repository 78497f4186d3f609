import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/chromium';
import type { StaticServer } from '../../scripts/lib/static-server';
import { startHarness } from './extension-harness';

// The popup's page state, the toolbar icon's state and the context menu, in real Chromium with the built
// extension (issue 13, items 2, 3 and 5).
//
// Playwright cannot click the toolbar button, so the popup page is opened in a tab of the same window behind
// the test page: it reads "the active tab of its window" as the real popup does. Without the click there is
// no activeTab grant, so the tab's address is hidden from it and the switch takes the host the page's content
// script reports, the host that script checks against the site list. Playwright cannot click native context
// menus either: the tests fire the menu's click through the service worker's own chrome.contextMenus.onClicked
// (`dispatch`), which runs the listener the background registered, with the info a click would give.

/** The extension's own `chrome` global, as seen inside its service worker (where `evaluate` runs). */
declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<{ settings: { disabledSites: string[] } }>;
    };
  };
  tabs: { query(info: object): Promise<{ id: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
  runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> };
};

const FAMILIES = ['operations', 'marketing', 'sales'] as const;
/** What the fixture holds: 用户运营, 运营总监; 市场营销; 销售代表, 大客户销售, 电话销售. */
const EXPECTED = { operations: 2, marketing: 1, sales: 3 };

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;
let popup: Page;
let tabId: number;

/** The marks the page registered with the CSS Custom Highlight API, per family (the fixture fits in view). */
const marksOnPage = () =>
  page.evaluate(
    (families) =>
      Object.fromEntries(families.map((f) => [f, CSS.highlights.get(`role-lens-${f}`)?.size ?? 0])),
    [...FAMILIES],
  );
const popupCounts = () =>
  popup.evaluate(
    (families) =>
      Object.fromEntries(
        families.map((f) => [
          f,
          Number(
            document.querySelector(`.rl-count[data-family="${f}"] .rl-count-number`)?.textContent ?? NaN,
          ),
        ]),
      ),
    [...FAMILIES],
  );
const badge = () => browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const actionTitle = () =>
  browser.serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
const siteSwitch = () => popup.getByRole('switch');
const pageNote = () => popup.locator('.rl-page-note').textContent();
const cardOnPage = () =>
  page.evaluate(
    () =>
      document
        .querySelector('role-lens-tooltip')
        ?.shadowRoot?.querySelector('.rl-card')
        ?.getAttribute('data-term') ?? null,
  );
const popupContexts = () =>
  browser.serviceWorker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c) => c.documentUrl ?? ''),
  );

/** Selects the text of the element `selector` on the test page, as a reader's drag would. */
async function select(selector: string, text: string) {
  await page.evaluate(
    ({ selector, text }) => {
      const node = document.querySelector(selector)?.firstChild as Text;
      const start = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    { selector, text },
  );
}

/** A click on "用岗位透镜解释 “%s”" with `text` selected in the top frame of the test page. */
async function clickExplainMenu(text: string) {
  await browser.serviceWorker.evaluate(
    ({ id, text }) =>
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'role-lens-explain', selectionText: text, frameId: 0, editable: false, pageUrl: '' },
        { id, index: 0, active: true },
      ),
    { id: tabId, text },
  );
}

beforeAll(async () => {
  ({ browser, server } = await startHarness());
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { language: 'zh-Hans', badge: true } }),
  );
  // The popup's tab first, then the page in front of it: the page is the active tab of their window.
  popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  page = await browser.context.newPage();
  await page.goto(server.url('state-page.html'));
  await page.bringToFront();
  await page.waitForFunction(() => CSS.highlights.get('role-lens-sales')?.size === 3);
  const [active] = await browser.serviceWorker.evaluate(() =>
    chrome.tabs.query({ active: true, lastFocusedWindow: true }),
  );
  if (!active) throw new Error('no active tab');
  tabId = active.id;
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('combobox').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the page state in the popup and on the toolbar', () => {
  it('counts in the popup the marks the page holds, family by family', async () => {
    await expect.poll(popupCounts).toEqual(EXPECTED);
    expect(await marksOnPage()).toEqual(EXPECTED);
    expect(await popup.locator('.rl-counts').getAttribute('aria-label')).toBe(
      '本页标记：运营 2 处，营销 1 处，销售 3 处',
    );
    expect(await siteSwitch().isChecked()).toBe(true);
  });

  it('shows the count as a badge and in the icon title, when the reader asked for the badge', async () => {
    await expect.poll(badge).toBe('6');
    expect(await actionTitle()).toBe('Role Lens 岗位透镜：本页标记了 6 处');
  });

  it('switches the site off from the popup: the marks leave the tab, the icon says off, and back', async () => {
    await siteSwitch().click();
    await expect.poll(marksOnPage).toEqual({ operations: 0, marketing: 0, sales: 0 });
    await expect.poll(pageNote).toBe('已在这个网站上关闭，本页不标记。');
    await expect.poll(badge).toBe('');
    expect(await actionTitle()).toBe('Role Lens 岗位透镜：已在这个网站上关闭');
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings.disabledSites).toEqual(['127.0.0.1']);

    await siteSwitch().click();
    await expect.poll(marksOnPage).toEqual(EXPECTED);
    await expect.poll(popupCounts).toEqual(EXPECTED);
    await expect.poll(badge).toBe('6');
  });

  it('drops the badge when the option is switched off, and keeps the title', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { language: 'zh-Hans', badge: false } }),
    );
    await expect.poll(badge).toBe('');
    expect(await actionTitle()).toBe('Role Lens 岗位透镜：本页标记了 6 处');
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { language: 'zh-Hans', badge: true } }),
    );
    await expect.poll(badge).toBe('6');
  });
});

describe('the context menu: 用岗位透镜解释 “%s”', () => {
  it('explains the selection in the page’s card', async () => {
    await select('#sales', '销售代表');
    await clickExplainMenu('销售代表');
    await expect.poll(cardOnPage).toBe('销售代表');
    expect(await popupContexts()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('opens the popup instead where the page cannot show a card (Role Lens off on the site)', async () => {
    await siteSwitch().click();
    await expect.poll(marksOnPage).toEqual({ operations: 0, marketing: 0, sales: 0 });
    await select('#ops', '用户运营');
    await clickExplainMenu('用户运营');
    await expect.poll(popupContexts).toEqual([`chrome-extension://${browser.extensionId}/popup.html`]);
    await siteSwitch().click();
  });

  it('looks the selection up in the popup page opened in a window of its own', async () => {
    const own = await browser.context.newPage();
    await own.setViewportSize({ width: 400, height: 600 });
    await own.goto(
      `chrome-extension://${browser.extensionId}/popup.html?q=${encodeURIComponent('大客户销售')}`,
    );
    await expect.poll(() => own.locator('.rl-card').getAttribute('data-term')).toBe('大客户销售');
    expect(await own.locator('.rl-page').count()).toBe(0);
    await own.close();
  });
});

describe('the popup at 400 × 600', () => {
  /** Whether the document or the body scrolls, and what the popup's one scroll container holds. */
  const overflow = () =>
    popup.evaluate(() => {
      const doc = document.documentElement;
      const body = document.body;
      const scroller = document.querySelector('.rl-popup-body') as HTMLElement;
      return {
        documentScrolls: doc.scrollHeight > doc.clientHeight,
        bodyScrolls: body.scrollHeight > body.clientHeight,
        popupHeight: document.querySelector('.rl-popup')?.getBoundingClientRect().height ?? 0,
        bodyScrollerScrolls: scroller.scrollHeight > scroller.clientHeight,
      };
    });

  it('fits 600 px with one scroll container, for a long card and for the comparison', async () => {
    await popup.getByRole('combobox').fill('运营');
    await expect.poll(() => popup.locator('.rl-card').getAttribute('data-term')).toBe('运营');
    expect(await overflow()).toEqual(
      expect.objectContaining({ documentScrolls: false, bodyScrolls: false, bodyScrollerScrolls: true }),
    );
    expect((await overflow()).popupHeight).toBeLessThanOrEqual(600);

    await popup.getByRole('button', { name: '三者对比' }).click();
    await popup.locator('.rl-compare').waitFor();
    expect(await overflow()).toEqual(
      expect.objectContaining({ documentScrolls: false, bodyScrolls: false, bodyScrollerScrolls: true }),
    );
    // No sideways scrolling either: the comparison fits the 400 px, in Chinese and in English.
    expect(
      await popup.evaluate(() => {
        const scroller = document.querySelector('.rl-popup-body') as HTMLElement;
        return scroller.scrollWidth <= scroller.clientWidth && document.documentElement.scrollWidth <= 400;
      }),
    ).toBe(true);
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { language: 'en', badge: true } }),
    );
    await popup.getByRole('button', { name: 'Compare all three' }).waitFor();
    expect(
      await popup.evaluate(() => {
        const scroller = document.querySelector('.rl-popup-body') as HTMLElement;
        const table = document.querySelector('.rl-compare') as HTMLElement;
        return table.getBoundingClientRect().right <= scroller.getBoundingClientRect().right + 0.5;
      }),
    ).toBe(true);
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { language: 'zh-Hans', badge: true } }),
    );
    await popup.getByRole('button', { name: '三者对比' }).waitFor();
  });

  it('keeps the comparison’s header row in view as it scrolls', async () => {
    const headerTop = () =>
      popup.evaluate(() => {
        const scroller = document.querySelector('.rl-popup-body') as HTMLElement;
        const th = document.querySelector('.rl-compare thead th:nth-child(2)') as HTMLElement;
        return Math.round(th.getBoundingClientRect().top - scroller.getBoundingClientRect().top);
      });
    await popup.evaluate(() => {
      (document.querySelector('.rl-popup-body') as HTMLElement).scrollTop = 400;
    });
    expect(
      await popup.evaluate(() => (document.querySelector('.rl-popup-body') as HTMLElement).scrollTop),
    ).toBe(400);
    expect(await headerTop()).toBe(0);
  });
});
