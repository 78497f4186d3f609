import { browser } from 'wxt/browser';
import { PENDING_QUERY_MESSAGE } from '../core/page-command';
import { normalizeHost } from '../core/settings';
import { parseTabState, TAB_STATE_QUERY, type TabState, tabStateOf } from '../core/tab-state';

/** The tab the popup was opened over: its id, and its host when it is a web page (activeTab lets us read it). */
export async function activeTab(): Promise<{ id?: number; host?: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return {};
  const url = tab.url ? new URL(tab.url) : undefined;
  const web = url && (url.protocol === 'http:' || url.protocol === 'https:');
  return { id: tab.id, host: web ? normalizeHost(url.hostname) : undefined };
}

/**
 * Popup: the state of tab `tabId`'s page as its content script tells it (core/tab-state.ts), first asked,
 * then as it changes (the script pushes each change to every extension page). `onState(null)`: nobody
 * answers there (a browser page, the web store, a PDF, a page loaded before Role Lens). Returns the way to stop.
 */
export function followTabState(tabId: number, onState: (state: TabState | null) => void): () => void {
  let pushed = false;
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
    const state = tabStateOf(message);
    if (state && sender.tab?.id === tabId && sender.frameId === 0) {
      pushed = true;
      onState(state);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  void browser.tabs
    .sendMessage(tabId, { type: TAB_STATE_QUERY }, { frameId: 0 })
    .then(parseTabState, () => undefined)
    .then((state) => {
      if (!pushed) onState(state ?? null);
    });
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * The text the popup opens with: `?q=` when the context menu opened the popup page in a window of its own,
 * else what the background kept for it when it opened the toolbar popup; undefined for a plain opening.
 */
export async function pendingQuery(): Promise<string | undefined> {
  const fromAddress = new URLSearchParams(location.search).get('q');
  if (fromAddress) return fromAddress;
  const kept: unknown = await browser.runtime
    .sendMessage({ type: PENDING_QUERY_MESSAGE })
    .catch(() => undefined);
  return typeof kept === 'string' && kept !== '' ? kept : undefined;
}
