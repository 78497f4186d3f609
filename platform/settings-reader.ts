import { browser } from 'wxt/browser';
import { defaultSettings, parseSettings, type Settings } from '../core/settings';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../core/viewpoint-ids';
import { SETTINGS_KEY } from './settings-key';

/**
 * Reading settings, for the background, the popup and the options page (pages ask the background:
 * platform/page-settings.ts). Plain storage.local calls: the versioned item and its migrations
 * (platform/settings-store.ts) live where settings are written.
 */

export { SETTINGS_KEY };

export const DEFAULT_SETTINGS: Settings = defaultSettings(DEFAULT_VIEWPOINT_IDS);

/** Whatever storage holds, repaired field by field (core/settings.ts): never throws, never loses a valid field. */
export function repairSettings(raw: unknown): Settings {
  return parseSettings(raw, VIEWPOINT_IDS, DEFAULT_SETTINGS);
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return repairSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('[Role Lens] settings unreadable, using defaults:', error);
    return repairSettings(undefined);
  }
}

/** Calls `onChange` with repaired settings whenever the popup or the options page saves. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(repairSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
