import { browser } from 'wxt/browser';
import { interfaceLocale } from '../core/i18n/locale';
import { formatMessage } from '../core/i18n/messages';
import { isPendingQueryRequest, MAX_QUERY_CHARS } from '../core/page-command';
import type { Settings } from '../core/settings';
import { explainInTab } from './page-command';
import { loadSettings, watchSettings } from './settings-reader';
import { toolbarAction } from './toolbar-state';

/** The context menu's one item: explain the selected text (issue 13, item 3). */
export const EXPLAIN_MENU_ID = 'role-lens-explain';

/** The popup page, in a small window of its own when the toolbar popup cannot open: about its size. */
const POPUP_WINDOW = { width: 420, height: 640 };
/** A query the popup takes on opening is for that opening only. */
const PENDING_FOR_MS = 10_000;

let pending: { query: string; until: number } | undefined;

async function createMenu(settings: Settings): Promise<void> {
  const locale = interfaceLocale(settings.language, browser.i18n.getUILanguage());
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: EXPLAIN_MENU_ID,
    // %s: the browser puts the selected text there (shortened when long).
    title: formatMessage(locale, 'context_explain'),
    contexts: ['selection'],
  });
}

/** The selection explained in the popup: the toolbar popup where the browser lets us open it, else a window. */
async function explainInPopup(query: string): Promise<void> {
  pending = { query, until: Date.now() + PENDING_FOR_MS };
  try {
    await toolbarAction().openPopup();
    return;
  } catch {
    // Not available (Chrome before 127) or refused (no focused window): the popup page in a window.
  }
  pending = undefined;
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}`),
    type: 'popup',
    ...POPUP_WINDOW,
  });
}

/**
 * What a click on the menu item does: the page's card explains the selection, as Alt+Shift+K does, when the
 * page can show one: the content script of the frame the text was selected in answers (a same-origin frame has
 * none of its own) and Role Lens is on there; otherwise the popup looks the text up.
 */
export async function onExplainMenu(
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return;
  const query = (info.selectionText ?? '').trim().slice(0, MAX_QUERY_CHARS);
  const tabId = tab?.id ?? -1;
  if (tabId >= 0 && (await explainInTab(tabId, info.frameId ?? 0))) return;
  await explainInPopup(query);
}

/** Background: the context menu item, in the interface's language, and the popup's pending query. */
export function serveContextMenu(): void {
  // Made again at every start (and when the language changes): menus do not survive every restart in
  // every browser, and removeAll first keeps Chrome, which does keep them, from doubling the item.
  let language: string | undefined;
  const update = (settings: Settings) => {
    if (settings.language === language) return;
    language = settings.language;
    void createMenu(settings).catch(() => undefined);
  };
  void loadSettings().then(update);
  watchSettings(update);
  browser.contextMenus.onClicked.addListener((info, tab) => void onExplainMenu(info, tab));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPendingQueryRequest(message)) return undefined;
    const query = pending && pending.until > Date.now() ? pending.query : undefined;
    pending = undefined;
    return Promise.resolve(query ?? null);
  });
}
