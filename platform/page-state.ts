import { browser } from 'wxt/browser';
import { PENDING_QUERY_MESSAGE } from '../core/page-command';
import { parseTabState, TAB_STATE_QUERY, type TabState, tabStateOf } from '../core/tab-state';

/** Asks a tab's content script for its state; undefined where none answers (chrome://, the web store, PDF). */
export async function askTabState(tabId: number): Promise<TabState | undefined> {
  const answer: unknown = await browser.tabs
    .sendMessage(tabId, { type: TAB_STATE_QUERY }, { frameId: 0 })
    .catch(() => undefined);
  return parseTabState(answer);
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
  void askTabState(tabId).then((state) => {
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
