import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  pinyinOf,
  SEARCH_INDEX_PATH,
  searchIndexInputs,
  serializeSearchIndex,
} from '../../scripts/lib/build-search-index';

// data/generated/search.json is written by `npm run search-index` (pinyin-pro, at build time): never by hand,
// and never stale.

describe('data/generated/search.json', () => {
  it('is what npm run search-index builds from data/ today (run it after editing data/)', () => {
    const fresh = serializeSearchIndex(buildSearchIndex(searchIndexInputs()));
    const committed = readFileSync(SEARCH_INDEX_PATH, 'utf8');
    expect(committed === fresh, 'data/generated/search.json is stale: run `npm run search-index`').toBe(true);
  });

  it('gives every term with a Chinese form its pinyin, polyphones read in context', () => {
    const { terms } = searchIndexInputs();
    const { pinyin } = buildSearchIndex(searchIndexInputs());
    for (const term of terms)
      if (term.forms.some((form) => /\p{Script=Han}/u.test(form)))
        expect(pinyin[term.id], term.id).toBeDefined();
    expect(pinyin.运营).toEqual(['yun ying', 'ying yun']);
    expect(pinyin.营销).toContain('xing xiao');
    expect(pinyin.销售).toContain('ye wu');
    expect(pinyinOf('會員運營')).toBe('hui yuan yun ying');
    expect(pinyinOf('首席运营官')).toBe('shou xi yun ying guan');
  });

  it('lists the lexicon’s non-job words as false friends, in both scripts, never a term of its own', () => {
    const { falseFriends } = buildSearchIndex(searchIndexInputs());
    const carrier = falseFriends.find((friend) => friend.word === '运营商');
    expect(carrier).toEqual({
      word: '运营商',
      family: 'operations',
      forms: ['运营商', '運營商'],
      pinyin: ['yun ying shang'],
    });
    expect(falseFriends.map((friend) => friend.word)).toEqual(
      expect.arrayContaining(['营运商', '销售额', '营销号', '营运证']),
    );
    const termForms = new Set(searchIndexInputs().terms.flatMap((term) => term.forms));
    for (const friend of falseFriends) expect(termForms.has(friend.word), friend.word).toBe(false);
  });
});
