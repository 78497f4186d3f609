import { hasMessageType } from './message-type';
import { isActiveOn, type Settings } from './settings';
import { FAMILIES, type Family } from './types';

/**
 * What a tab's content script tells the extension about its page (issue 13, item 2): pushed to the background
 * (the toolbar icon and badge) and to an open popup when it changes, and answered when the popup asks.
 * `off`: Role Lens is not active there (switched off for the site, or everywhere); `counts`: the marks the
 * page holds, by family, every family included (the settings say which of them show); absent while nothing
 * is marked. Plain data, so the content script sends it as it is.
 */
export interface TabState {
  off: boolean;
  counts?: Record<Family, number>;
  /**
   * The page's host as the content script checks it against the site list: the popup's switch for this
   * site when the popup cannot read the tab's address itself (opened other than by the toolbar button).
   */
  host?: string;
}

/** The content script → extension push, and the extension's question to a tab's content script. */
export const TAB_STATE_MESSAGE = 'role-lens:tab-state';
export const TAB_STATE_QUERY = 'role-lens:tab-state?';

export function isTabStateQuery(message: unknown): boolean {
  return hasMessageType(message, TAB_STATE_QUERY);
}

/** A pushed state: `{ type: TAB_STATE_MESSAGE, state }`, checked field by field (the sender may be stale). */
export function tabStateOf(message: unknown): TabState | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, state } = message as { type?: unknown; state?: unknown };
  return type === TAB_STATE_MESSAGE ? parseTabState(state) : undefined;
}

/** A state as received (a push or an answer), or undefined for anything else. */
export function parseTabState(value: unknown): TabState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { off, counts, host: sent } = value as { off?: unknown; counts?: unknown; host?: unknown };
  if (typeof off !== 'boolean') return undefined;
  const host = typeof sent === 'string' && sent !== '' && sent.length <= 253 ? sent : undefined;
  if (counts === undefined) return host ? { off, host } : { off };
  if (typeof counts !== 'object' || counts === null) return undefined;
  const read = counts as Record<string, unknown>;
  const parsed = {} as Record<Family, number>;
  for (const family of FAMILIES) {
    const count = read[family];
    parsed[family] = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
  }
  return host ? { off, counts: parsed, host } : { off, counts: parsed };
}

/**
 * Whether Role Lens is off on the page (everywhere, or for its site): from its host under these settings when
 * the page gave it, else as the page said (which also counts the "no marks" style as off).
 */
export function isTabOff(state: TabState, settings: Settings): boolean {
  return state.host !== undefined
    ? !isActiveOn(settings, state.host)
    : state.off && settings.markStyle !== 'none';
}

/** How many marks of `family` a page shows under these settings: none for a family the reader does not mark. */
export function shownCount(state: TabState, settings: Settings, family: Family): number {
  return state.off || settings.markStyle === 'none' || !settings.families.includes(family)
    ? 0
    : (state.counts?.[family] ?? 0);
}

/** The marks a page shows, all families together. */
export function shownTotal(state: TabState, settings: Settings): number {
  return FAMILIES.reduce((sum, family) => sum + shownCount(state, settings, family), 0);
}

/**
 * The toolbar badge for a tab: its number of marks when the reader asked for it (settings.badge), else
 * nothing; nothing for a page with no marks, or where Role Lens is off (the grey icon says that).
 */
export function badgeText(state: TabState, settings: Settings): string {
  if (!settings.badge || isTabOff(state, settings) || settings.markStyle === 'none') return '';
  const total = shownTotal(state, settings);
  if (total === 0) return '';
  return total > 999 ? '999+' : String(total);
}
