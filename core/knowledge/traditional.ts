import table from '../../data/generated/traditional.json';
import { chineseWriter } from './card-writer';

const converted = table.text as Record<string, string>;

/**
 * Cards in Traditional Chinese as written in Taiwan: every reader-facing text of the knowledge base, converted
 * at build time by `npm run traditional` (OpenCC s2twp and data/taiwan-terms.json). The table holds only the
 * texts conversion changes; the background imports it, the content script never does.
 */
export const TRADITIONAL_WRITER = chineseWriter(
  'zh-Hant',
  (simplified) => converted[simplified] ?? simplified,
);
