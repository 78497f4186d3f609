import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { TermEntry } from '../../core/knowledge/types';
import { FAMILIES, type Family } from '../../core/types';
import type { LexiconRules, ScriptConverters } from './build-lexicon';
import { PROJECT_ROOT } from './lexicon-sources';
import { openccScripts } from './script-converters';

export const SEARCH_INDEX_PATH = resolve(PROJECT_ROOT, 'data/generated/search.json');

/** What the popup's search reads besides data/terms.json: pinyin of every Chinese form, and the false friends. */
export interface SearchIndex {
  /** Term id → the toneless pinyin of each of its Chinese forms, syllables joined by spaces (运营 → "yun ying"). */
  pinyin: Record<string, string[]>;
  falseFriends: FalseFriend[];
}

/**
 * A word that holds a family word but that the lexicon's rules block on pages (运营商, 销售额, 营销号): looked up,
 * it gets an answer of its own instead of the family word's card.
 */
export interface FalseFriend {
  word: string;
  family: Family;
  /** The word in both scripts, as the lexicon writes blocking words (运营商, 運營商; Taiwan's and Hong Kong's characters). */
  forms: string[];
  pinyin: string[];
}

export interface SearchIndexInputs {
  terms: TermEntry[];
  rules: LexiconRules;
  scripts: ScriptConverters;
}

const CJK = /\p{Script=Han}/u;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(PROJECT_ROOT, path), 'utf8')) as T;

export function searchIndexInputs(): SearchIndexInputs {
  return {
    terms: readJson<TermEntry[]>('data/terms.json'),
    rules: readJson<SearchIndexInputs['rules']>('data/lexicon-rules.json'),
    scripts: openccScripts(),
  };
}

/** Toneless pinyin of a Chinese text, one syllable per character (pinyin-pro reads polyphones in context: 行销 xing). */
export function pinyinOf(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: false })
    .map((syllable) => syllable.toLowerCase().replace(/ü/g, 'u'))
    .filter((syllable) => /^[a-z]+$/.test(syllable))
    .join(' ');
}

/** Builds the search index. Pure: same inputs, same output, byte for byte. */
export function buildSearchIndex({ terms, rules, scripts }: SearchIndexInputs): SearchIndex {
  const pinyinByTerm: Record<string, string[]> = {};
  for (const term of terms) {
    const keys = unique(term.forms.filter((form) => CJK.test(form)).map(pinyinOf)).filter(Boolean);
    if (keys.length > 0) pinyinByTerm[term.id] = keys;
  }

  const termForms = new Set(terms.flatMap((term) => [term.id, ...term.forms]));
  const familyOf = (word: string): Family | undefined =>
    FAMILIES.find((family) => rules.familyWords[family].some((form) => word.includes(form)));

  // Non-job senses the lexicon's rules name: family word + a blocking word after it (运营商, 销售额), blocking
  // words (营销号), and jieba's dictionary words a rule blocks (销售一空).
  const words: string[] = [];
  for (const { forms, words: after } of rules.blockAfter.classes)
    for (const form of forms) for (const word of after) words.push(form + word);
  words.push(...rules.blockWords.words);
  for (const rule of rules.jiebaWords.rules) if (rule.then === 'block') words.push(...(rule.contains ?? []));

  const falseFriends: FalseFriend[] = [];
  for (const word of unique(words)) {
    const family = familyOf(word);
    if (!family || termForms.has(word)) continue;
    falseFriends.push({
      word,
      family,
      forms: unique([word, ...scripts.traditional(word)]),
      pinyin: [pinyinOf(word)],
    });
  }
  return { pinyin: pinyinByTerm, falseFriends };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** One entry a line, so a change to the data shows as a change to its lines. */
export function serializeSearchIndex(index: SearchIndex): string {
  const pinyinLines = Object.entries(index.pinyin).map(
    ([id, keys]) => `${JSON.stringify(id)}:${JSON.stringify(keys)}`,
  );
  const friendLines = index.falseFriends.map((friend) => JSON.stringify(friend));
  return `{"$comment":"Written by npm run search-index from data/terms.json and data/lexicon-rules.json (pinyin by pinyin-pro); do not edit.",\n"pinyin":{\n${pinyinLines.join(',\n')}\n},\n"falseFriends":[\n${friendLines.join(',\n')}\n]}\n`;
}
