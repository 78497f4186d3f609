import { browser } from 'wxt/browser';
import { isPageSettingsRequest, pageSettingsFor } from '../core/page-settings';
import { loadSettings } from './settings-reader';

/** Background: answers each page's question "what do the settings say here?" (core/page-settings.ts). */
export function servePageSettings(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPageSettingsRequest(message)) return undefined;
    return loadSettings().then((settings) => pageSettingsFor(settings, message.host));
  });
}
