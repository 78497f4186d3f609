import { browser } from 'wxt/browser';
import { normalizeHost } from '../core/settings';

/**
 * Host of the active tab, for the per-site switch. Readable because opening the popup or pressing the
 * extension's shortcut grants activeTab for that tab; undefined for non-web pages (chrome://, about:, files).
 */
export async function activeTabHost(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return undefined;
  const url = new URL(tab.url);
  return url.protocol === 'http:' || url.protocol === 'https:' ? normalizeHost(url.hostname) : undefined;
}
