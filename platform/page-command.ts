import { browser } from 'wxt/browser';
import { EXPLAIN_MESSAGE, isExplainMessage } from '../core/page-command';

/** Background: passes the explain command to the active tab's content script (activeTab lets it reach it). */
export async function sendExplainToActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // A tab without our content script (chrome://, the web store) has nobody listening: nothing to explain.
  await browser.tabs.sendMessage(tab.id, { type: EXPLAIN_MESSAGE }).catch(() => undefined);
}

/** Content script: calls `onExplain` when the command is pressed on this tab. Returns the way to stop. */
export function onExplainRequest(onExplain: () => void): () => void {
  const listener = (message: unknown) => {
    if (isExplainMessage(message)) onExplain();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
