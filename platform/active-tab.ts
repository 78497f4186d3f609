import { browser } from 'wxt/browser';
import { normalizeHost } from '../core/settings';

/**
 * The active tab: its id, and its host for the per-site switch when it is a web page. The host is readable
 * because opening the popup or pressing the extension's shortcut grants activeTab for that tab; undefined
 * for non-web pages (chrome://, about:, files).
 */
export async function activeTab(): Promise<{ id?: number; host?: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return {};
  const url = tab.url ? new URL(tab.url) : undefined;
  const web = url && (url.protocol === 'http:' || url.protocol === 'https:');
  return { id: tab.id, host: web ? normalizeHost(url.hostname) : undefined };
}

/** Host of the active tab (see activeTab). */
export async function activeTabHost(): Promise<string | undefined> {
  return (await activeTab()).host;
}
