/** The storage.local key of the settings item (WXT's `local:settings`). */
export const SETTINGS_KEY = 'settings';
