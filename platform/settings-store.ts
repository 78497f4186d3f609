import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../core/settings';
import { normaliseSites } from '../core/site-patterns';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_KEY } from './settings-reader';

/**
 * The one stored settings item, for the places that write settings (popup, options) and the background,
 * where defining it runs its versioned migrations once at start-up (WXT keeps the version beside the item,
 * as `settings$`; a value without one is version 1). A change of shape or meaning migrates users' choices
 * instead of dropping them: bump SETTINGS_VERSION and add its step to SETTINGS_MIGRATIONS (core/settings.ts).
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/**
 * Settings as they are written: repaired, and every site entry in its normalised form (the content script's
 * light repair only trims and lowers them, so it need not bundle the URL parsing).
 */
export function settingsToStore(settings: unknown): Settings {
  const repaired = repairSettings(settings);
  return { ...repaired, disabledSites: normaliseSites(repaired.disabledSites) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsToStore(settings));
}
