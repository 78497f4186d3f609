import { browser } from 'wxt/browser';
import { EXPLAIN_MESSAGE, isExplainMessage } from '../core/page-command';

/**
 * Background: asks tab `tabId`'s content script to explain its selection (or the next mark) in a card on the
 * page. True when the page showed one; false when it cannot: no content script there (chrome:// pages, the
 * web store, the PDF viewer), Role Lens off on that site, or a script that does not answer.
 */
export async function explainInTab(tabId: number, frameId: number): Promise<boolean> {
  const answer: unknown = await browser.tabs
    .sendMessage(tabId, { type: EXPLAIN_MESSAGE }, { frameId })
    .catch(() => false);
  return answer === true;
}

/** Background: passes the explain command to the active tab's content script (activeTab lets it reach it). */
export async function sendExplainToActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // To every frame: the one the reader is in explains (entrypoints/content). A tab without our content
  // script (chrome://, the web store) has nobody listening: nothing to explain.
  await browser.tabs.sendMessage(tab.id, { type: EXPLAIN_MESSAGE }).catch(() => undefined);
}

/**
 * Content script: calls `onExplain` when the command is pressed on this tab, and answers whether a card
 * could show (`onExplain` returns false when Role Lens is off on the page). Returns the way to stop.
 */
export function onExplainRequest(onExplain: () => boolean): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (shown: boolean) => void) => {
    if (isExplainMessage(message)) respond(onExplain());
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
