import { normaliseSites, siteListed } from './site-patterns';
import { FAMILIES, type Family } from './types';

/** What the user chooses on the options page. Stored as one versioned item (platform/settings-store.ts). */
export interface Settings {
  /** Master switch: off means no marks and no tooltip on any page. */
  enabled: boolean;
  /** Viewpoint ids shown in the tooltip and popup, kept in source order. */
  viewpoints: string[];
  /** Which families are marked on pages. */
  families: Family[];
  /**
   * Where Role Lens stays off: host names ("www.example.com") and wildcard domains ("*.example.com": the
   * domain and its subdomains), in the form core/site-patterns.ts gives them.
   */
  disabledSites: string[];
  /** Tooltip colours: follow the system, or force one. */
  theme: 'auto' | 'light' | 'dark';
  /**
   * What opens a card: resting the pointer on a mark; resting it while holding Shift, Alt or Ctrl; or a
   * click on the mark. A click pins the card in every mode.
   */
  trigger: (typeof TRIGGERS)[number];
  /** How marks look: an underline in the family's line style, a background, or none (the popup only). */
  markStyle: (typeof MARK_STYLES)[number];
  /** The card's text size in px, or 'page' to follow the text at the mark (within 12–20 px). */
  textSize: 'page' | number;
  /** The interface's language: the browser's ('auto'), or one chosen (issue 12). */
  language: (typeof LANGUAGES)[number];
  /**
   * The language cards explain in: the page's (Traditional on a Traditional page), the interface's, or
   * always Simplified, the source's own.
   */
  explainIn: (typeof EXPLAIN_IN)[number];
  /**
   * Whether the toolbar icon carries the page's number of marks as a badge (issue 13). Off by default: a
   * number on the toolbar on every page is noise for most readers. Added after version 2 as an optional
   * field: repair gives older settings the default, so it needs no migration.
   */
  badge: boolean;
}

export const THEMES = ['auto', 'light', 'dark'] as const;
export const TRIGGERS = ['hover', 'shift', 'alt', 'ctrl', 'click'] as const;
export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export const LANGUAGES = ['auto', 'zh-Hans', 'zh-Hant', 'en'] as const;
export const EXPLAIN_IN = ['page', 'interface', 'zh-Hans'] as const;
/** The card's text sizes a reader can choose, and the range a page's own size is kept within. */
export const TEXT_SIZE_RANGE = { min: 12, max: 20 } as const;

/**
 * The version of the stored shape, and of an exported settings file (core/settings-file.ts). Bumped when what
 * is stored changes meaning or shape; each bump gets a migration in SETTINGS_MIGRATIONS.
 * 1: the shape of the first release (fields added since then were optional: repair gives them defaults).
 * 2: `disabledSites` holds normalised site entries, wildcard domains included (core/site-patterns.ts).
 */
export const SETTINGS_VERSION = 2;

/**
 * How settings stored (or exported) by each older version become the next one's, keyed by the version they
 * lead to. WXT's storage item runs them on the stored value (platform/settings-store.ts), an import runs
 * them on an older file. Each takes whatever was there and never throws; repair (parseSettings) follows.
 */
export const SETTINGS_MIGRATIONS: Record<number, (older: unknown) => unknown> = {
  // Version 1 kept each line of the list as typed, only trimmed and in lower case, and matched hosts exactly:
  // a URL or host:port typed there never matched, nor did "*.example.com" or a host in Unicode. They keep
  // what the reader meant (the host, the wildcard, punycode); an entry that is no site at all, which could
  // never match a page, is dropped.
  2: (older) =>
    isRecord(older) && Array.isArray(older.disabledSites)
      ? { ...older, disabledSites: normaliseSites(older.disabledSites) }
      : older,
};

/** Settings stored or exported at `version`, brought up to SETTINGS_VERSION (not yet repaired). */
export function migrateSettings(older: unknown, version: number): unknown {
  let value = older;
  for (let next = Math.max(version, 1) + 1; next <= SETTINGS_VERSION; next++) {
    value = SETTINGS_MIGRATIONS[next]?.(value) ?? value;
  }
  return value;
}

/** A site entry longer than any real host name is junk, not a setting. */
const MAX_HOST_LENGTH = 253;

export function defaultSettings(defaultViewpoints: readonly string[]): Settings {
  return {
    enabled: true,
    viewpoints: [...defaultViewpoints],
    families: [...FAMILIES],
    disabledSites: [],
    theme: 'auto',
    trigger: 'hover',
    markStyle: 'underline',
    textSize: 'page',
    language: 'auto',
    explainIn: 'page',
    badge: false,
  };
}

/** A text size as stored: 'page', or a whole number of px within TEXT_SIZE_RANGE; undefined for anything else. */
function parseTextSize(value: unknown): Settings['textSize'] | undefined {
  if (value === 'page') return 'page';
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  return value >= TEXT_SIZE_RANGE.min && value <= TEXT_SIZE_RANGE.max ? value : undefined;
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
    trigger: TRIGGERS.find((trigger) => trigger === raw.trigger) ?? defaults.trigger,
    markStyle: MARK_STYLES.find((style) => style === raw.markStyle) ?? defaults.markStyle,
    textSize: parseTextSize(raw.textSize) ?? defaults.textSize,
    language: LANGUAGES.find((language) => language === raw.language) ?? defaults.language,
    explainIn: EXPLAIN_IN.find((choice) => choice === raw.explainIn) ?? defaults.explainIn,
    badge: typeof raw.badge === 'boolean' ? raw.badge : defaults.badge,
  };
}

/** "WWW.Example.com." → "www.example.com": the form sites are stored and compared in. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether the site list switches Role Lens off on `host`: the host itself, or a wildcard domain holding it. */
export function isSiteOff(settings: Settings, host: string): boolean {
  return siteListed(settings.disabledSites, normalizeHost(host));
}

/** Whether Role Lens should work on a page at `host` under these settings. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !isSiteOff(settings, host);
}

/**
 * Settings with Role Lens switched off on `host` (or back on): the popup's switch and the keyboard shortcut.
 * Switching a site back on removes every entry that holds it, a wildcard domain too (the switch must do
 * what it says; the options' list shows what is left); switching off adds the host unless an entry holds it.
 */
export function withSiteToggled(settings: Settings, host: string, disabled: boolean): Settings {
  const site = normalizeHost(host);
  const others = settings.disabledSites.filter((entry) => !siteListed([entry], site));
  if (disabled) {
    return isSiteOff(settings, site) ? settings : { ...settings, disabledSites: [...others, site] };
  }
  return { ...settings, disabledSites: others };
}

/**
 * Whether the content script works on a page at `host`: Role Lens is on there, and the reader wants marks.
 * Mark style 'none' is for readers who only use the toolbar popup: no marks, no cards, nothing running.
 */
export function marksPageOn(settings: Settings, host: string): boolean {
  return isActiveOn(settings, host) && settings.markStyle !== 'none';
}
