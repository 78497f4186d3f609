import { storage } from 'wxt/utils/storage';
import { DEFAULT_VIEWPOINT_IDS, viewpoints } from '../core/knowledge';
import { defaultSettings, parseSettings, SETTINGS_VERSION, type Settings } from '../core/settings';

const KNOWN_VIEWPOINTS = viewpoints.map((viewpoint) => viewpoint.id);
export const DEFAULT_SETTINGS: Settings = defaultSettings(DEFAULT_VIEWPOINT_IDS);

/**
 * The one stored settings item. Versioned so a later shape change migrates users' choices instead of dropping
 * them: add `migrations: { 2: (v1) => … }` and bump SETTINGS_VERSION.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

const parse = (raw: unknown) => parseSettings(raw, KNOWN_VIEWPOINTS, DEFAULT_SETTINGS);

/** Current settings; whatever is stored is repaired field by field, so a corrupt value never throws here. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parse(await settingsItem.getValue());
  } catch (error) {
    console.warn('[Role Lens] settings unreadable, using defaults:', error);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parse(settings));
}

/** Calls `onChange` with repaired settings whenever any page, the popup or the options page saves. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(parse(raw)));
}
