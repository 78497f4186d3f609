import { browser } from 'wxt/browser';
import { isTabStateQuery, TAB_STATE_MESSAGE, type TabState } from '../core/tab-state';

/** How often, at most, a tab tells the extension its marks changed (marking goes on in slices). */
const REPORT_EVERY_MS = 1000;

/**
 * Content script: tells the extension this tab's state (core/tab-state.ts) whenever it changed, checked
 * every REPORT_EVERY_MS through `every` (the content script context's interval, which stops with it), and
 * answers the popup's question at once. Returns the way to report now (after a settings change).
 */
export function reportTabState(
  read: () => TabState,
  every: (report: () => void, ms: number) => unknown,
): () => void {
  let last = '';
  const report = () => {
    const state = read();
    const sent = JSON.stringify(state);
    if (sent === last) return;
    last = sent;
    // Nobody listening (the background restarting): the next check sends it again.
    browser.runtime.sendMessage({ type: TAB_STATE_MESSAGE, state }).catch(() => {
      last = '';
    });
  };
  browser.runtime.onMessage.addListener((message, _sender, respond) => {
    if (isTabStateQuery(message)) respond(read());
  });
  every(report, REPORT_EVERY_MS);
  return report;
}
