import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './lexicon-sources';

/** The knowledge base's files whose string values readers see (the keys under ID_KEYS apart). */
export const READER_FILES = [
  'data/viewpoints.json',
  'data/families.json',
  'data/relations.json',
  'data/title-notes.json',
  'data/viewpoint-summaries.json',
];

/** Keys whose values are ids or names of places in the data, never shown to readers as they are. */
const ID_KEYS = new Set([
  '$comment',
  'id',
  'viewpoint',
  'viewpoints',
  'family',
  'pair',
  'outer',
  'place',
  'sense',
  'term',
]);

export const readDataJson = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(PROJECT_ROOT, path), 'utf8'));

/** Every string value of a JSON value readers see, with the key it sits under (an array's items take its key). */
export function readerStrings(value: unknown, key?: string): { key: string | undefined; text: string }[] {
  if (key !== undefined && ID_KEYS.has(key)) return [];
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => readerStrings(item, key));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([name, item]) => readerStrings(item, name));
  return [];
}
