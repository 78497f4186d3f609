import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jiebaModule from 'nodejs-jieba';
import type { TermEntry } from '../../core/knowledge/types';
import type { DictWord, LexiconInputs, LexiconRules } from './build-lexicon';
import { openccScripts } from './script-converters';

/** Node-side inputs of the lexicon build: data/ files, jieba's dictionary and its segmenter. */

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const LEXICON_PATH = resolve(PROJECT_ROOT, 'data/generated/lexicon.json');

interface Jieba {
  cut(text: string): string[];
  DEFAULT_DICT: string;
}
// nodejs-jieba is CommonJS; depending on the loader its API sits on the namespace or on `default`.
const jieba = ((jiebaModule as unknown as { default?: Jieba }).default ?? jiebaModule) as unknown as Jieba;

export function jiebaCut(text: string): string[] {
  return jieba.cut(text);
}

/** jieba's main dictionary: one "word frequency tag" per line. */
export function readJiebaDictionary(): DictWord[] {
  const words: DictWord[] = [];
  for (const line of readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (word && freq) words.push({ word, freq: Number(freq) });
  }
  return words;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(PROJECT_ROOT, path), 'utf8')) as T;

export function lexiconInputs(): LexiconInputs {
  return {
    terms: readJson<TermEntry[]>('data/terms.json'),
    rules: readJson<LexiconRules>('data/lexicon-rules.json'),
    dictionary: readJiebaDictionary(),
    cut: jiebaCut,
    scripts: openccScripts(),
  };
}
