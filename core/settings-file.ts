import {
  EXPLAIN_IN,
  LANGUAGES,
  MARK_STYLES,
  migrateSettings,
  parseSettings,
  SETTINGS_VERSION,
  type Settings,
  TEXT_SIZE_RANGE,
  THEMES,
  TRIGGERS,
} from './settings';
import { normaliseSites, parseSiteEntry } from './site-patterns';
import { FAMILIES } from './types';

/**
 * Settings as a file the reader keeps: exported from the options page, imported back there, on this machine
 * or another. `{"format": "role-lens-settings", "version": N, "settings": {…}}`, N being SETTINGS_VERSION
 * when it was written; an older file is migrated as stored settings are (core/settings.ts).
 *
 * Import is stricter than repair: storage is ours and repaired field by field, a file comes from anywhere, so
 * a file that is not exactly settings is refused whole, with the reason, and changes nothing.
 */

export const SETTINGS_FILE_FORMAT = 'role-lens-settings';
/** Settings take about 1 KB; a file a hundred times that is not one of ours. */
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;
export const SETTINGS_FILE_NAME = 'role-lens-settings.json';

/** Why a file is refused. */
export type ImportRefusal =
  | { reason: 'too-large' }
  | { reason: 'not-json' }
  | { reason: 'not-settings' }
  | { reason: 'bad-version' }
  | { reason: 'newer'; version: number }
  | { reason: 'hostile-key'; key: string }
  | { reason: 'bad-field'; field: string }
  | { reason: 'bad-site'; site: string };

export type ImportResult =
  | { settings: Settings; refusal?: undefined }
  | { settings?: undefined; refusal: ImportRefusal };

/** Keys that reach an object's prototype when code merges carelessly: no settings file has them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The file's text for `settings`: readable, stable, nothing but what the settings hold. */
export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const oneOf =
  (choices: readonly unknown[]) =>
  (value: unknown): boolean =>
    choices.includes(value);

/**
 * What each field of a file must be, in every version so far (version 1 and 2 share their types). A field
 * missing keeps the reader's current choice; an unknown field is ignored (it says nothing we could apply).
 */
const FIELD_CHECKS: Record<keyof Settings, (value: unknown) => boolean> = {
  enabled: (value) => typeof value === 'boolean',
  viewpoints: isStringArray,
  families: (value) => isStringArray(value) && value.every(oneOf(FAMILIES)),
  disabledSites: isStringArray,
  theme: oneOf(THEMES),
  trigger: oneOf(TRIGGERS),
  markStyle: oneOf(MARK_STYLES),
  textSize: (value) =>
    value === 'page' ||
    (Number.isInteger(value) &&
      (value as number) >= TEXT_SIZE_RANGE.min &&
      (value as number) <= TEXT_SIZE_RANGE.max),
  language: oneOf(LANGUAGES),
  explainIn: oneOf(EXPLAIN_IN),
  badge: (value) => typeof value === 'boolean',
};

/**
 * Reads a settings file: the settings it gives (what it holds over `current`, migrated from its version,
 * repaired, sites normalised), or why it is refused. Never throws. Viewpoint ids this version does not know
 * are left out, as repair leaves them out of storage: a file from a newer knowledge base still imports.
 */
export function readSettingsFile(
  text: string,
  current: Settings,
  knownViewpoints: readonly string[],
): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { refusal: { reason: 'too-large' } };
  let hostileKey: string | undefined;
  let file: unknown;
  try {
    file = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostileKey ??= key;
      return value;
    });
  } catch {
    return { refusal: { reason: 'not-json' } };
  }
  if (hostileKey !== undefined) return { refusal: { reason: 'hostile-key', key: hostileKey } };
  if (!isRecord(file) || file.format !== SETTINGS_FILE_FORMAT || !isRecord(file.settings)) {
    return { refusal: { reason: 'not-settings' } };
  }
  const { version, settings } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { refusal: { reason: 'bad-version' } };
  }
  if (version > SETTINGS_VERSION) return { refusal: { reason: 'newer', version } };
  for (const field of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    if (field in settings && !FIELD_CHECKS[field](settings[field]))
      return { refusal: { reason: 'bad-field', field } };
  }
  const sites = (settings.disabledSites ?? []) as string[];
  const notASite = sites.find((site) => parseSiteEntry(site).problem);
  if (notASite !== undefined) return { refusal: { reason: 'bad-site', site: notASite } };

  const known = Object.fromEntries(
    Object.keys(FIELD_CHECKS).flatMap((field) => (field in settings ? [[field, settings[field]]] : [])),
  );
  const migrated = migrateSettings(known, version);
  const imported = parseSettings(
    { ...current, ...(isRecord(migrated) ? migrated : {}) },
    knownViewpoints,
    current,
  );
  return { settings: { ...imported, disabledSites: normaliseSites(imported.disabledSites) } };
}
