import { FAMILIES, type Family } from './types';

/** What the user chooses on the options page. Stored as one versioned item (platform/settings-store.ts). */
export interface Settings {
  /** Master switch: off means no marks and no tooltip on any page. */
  enabled: boolean;
  /** Viewpoint ids shown in the tooltip and popup, kept in source order. */
  viewpoints: string[];
  /** Which families are marked on pages. */
  families: Family[];
  /** Host names where Role Lens stays off (e.g. "www.example.com"). */
  disabledSites: string[];
  /** Tooltip colours: follow the system, or force one. */
  theme: 'auto' | 'light' | 'dark';
}

export const THEMES = ['auto', 'light', 'dark'] as const;

/** Bumped when the stored shape changes; each bump gets a migration in platform/settings-store.ts. */
export const SETTINGS_VERSION = 1;

/** A site entry longer than any real host name is junk, not a setting. */
const MAX_HOST_LENGTH = 253;

export function defaultSettings(defaultViewpoints: readonly string[]): Settings {
  return {
    enabled: true,
    viewpoints: [...defaultViewpoints],
    families: [...FAMILIES],
    disabledSites: [],
    theme: 'auto',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the known strings of `value`, in `known` order; undefined when `value` is not a string array. */
function pickKnown<T extends string>(value: unknown, known: readonly T[]): T[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
  return known.filter((item) => value.includes(item));
}

/**
 * Turns whatever storage holds into valid settings. Each field is checked on its own, so one corrupt field
 * falls back to its default without losing the user's other choices; nothing here throws.
 */
export function parseSettings(
  raw: unknown,
  knownViewpoints: readonly string[],
  defaults: Settings,
): Settings {
  if (!isRecord(raw)) return structuredClone(defaults);
  const viewpoints = pickKnown(raw.viewpoints, knownViewpoints);
  const families = pickKnown(raw.families, FAMILIES);
  const sites = Array.isArray(raw.disabledSites)
    ? raw.disabledSites.filter(
        (site): site is string => typeof site === 'string' && site.length <= MAX_HOST_LENGTH,
      )
    : undefined;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : defaults.enabled,
    viewpoints: viewpoints ?? [...defaults.viewpoints],
    families: families ?? [...defaults.families],
    disabledSites: sites
      ? [...new Set(sites.map(normalizeHost))].filter(Boolean)
      : [...defaults.disabledSites],
    theme: THEMES.find((theme) => theme === raw.theme) ?? defaults.theme,
  };
}

/** "WWW.Example.com." → "www.example.com": the form sites are stored and compared in. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether Role Lens should work on a page at `host` under these settings. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(normalizeHost(host));
}

/** Settings with Role Lens switched off on `host` (or back on): the popup's switch and the keyboard shortcut. */
export function withSiteToggled(settings: Settings, host: string, disabled: boolean): Settings {
  const site = normalizeHost(host);
  const others = settings.disabledSites.filter((entry) => entry !== site);
  return { ...settings, disabledSites: disabled ? [...others, site] : others };
}
