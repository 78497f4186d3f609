import { browser } from 'wxt/browser';
import { PAGE_SETTINGS_REQUEST, type PageSettings, type PageSettingsRequest } from '../core/page-settings';
import { SETTINGS_KEY } from './settings-key';

/**
 * Content script: the page's settings, asked of the background. Undefined when it cannot answer (the
 * extension was reloaded or removed under this page): then the page is left alone.
 */
export async function askPageSettings(host: string): Promise<PageSettings | undefined> {
  const request: PageSettingsRequest = { type: PAGE_SETTINGS_REQUEST, host };
  try {
    return ((await browser.runtime.sendMessage(request)) as PageSettings | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Content script: asks again whenever the popup, the options page or a shortcut saves the settings. */
export function watchPageSettings(
  host: string,
  onChange: (settings: PageSettings | undefined) => void,
): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void askPageSettings(host).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
