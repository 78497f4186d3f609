import { storage } from 'wxt/utils/storage';
import { RECENT_LOOKUPS, withRecentLookup } from '../core/knowledge/search';

/**
 * The popup's recent lookups: the ids of the last few entries picked from its search, latest first, in
 * storage.local beside the settings (never synced, never sent anywhere).
 */
const recentItem = storage.defineItem<unknown>('local:recentLookups', { fallback: [] });

export async function loadRecentLookups(): Promise<string[]> {
  const stored = await recentItem.getValue();
  return Array.isArray(stored)
    ? stored.filter((id): id is string => typeof id === 'string').slice(0, RECENT_LOOKUPS)
    : [];
}

/** Puts `termId` first and returns the list as stored. */
export async function rememberLookup(termId: string): Promise<string[]> {
  const recent = withRecentLookup(await recentItem.getValue(), termId);
  await recentItem.setValue(recent);
  return recent;
}
