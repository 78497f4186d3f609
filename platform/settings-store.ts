import { storage } from 'wxt/utils/storage';
import { SETTINGS_VERSION, type Settings } from '../core/settings';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_KEY } from './settings-reader';

/**
 * The one stored settings item, for the places that write settings (popup, options) and the background,
 * where defining it runs its migrations once at start-up. Versioned so a later change of shape migrates
 * users' choices instead of dropping them: add `migrations: { 2: (v1) => … }` and bump SETTINGS_VERSION.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(repairSettings(settings));
}
