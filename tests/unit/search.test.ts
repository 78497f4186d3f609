import { describe, expect, it } from 'vitest';
import { getTerm } from '../../core/knowledge/catalog';
import {
  MATCH,
  normalizeQuery,
  RECENT_LOOKUPS,
  search,
  searchTerms,
  termLabel,
  withRecentLookup,
} from '../../core/knowledge/search';

// The popup's search (issue 13, item 1): what people type finds its term first.

const first = (query: string) => search(query).hits[0]?.term.id;
const ids = (query: string) => search(query).hits.map((hit) => hit.term.id);

describe('each query people type finds its term first', () => {
  it.each([
    // Simplified and Traditional characters
    ['运营', '运营'],
    ['营销', '营销'],
    ['销售', '销售'],
    ['運營', '运营'],
    ['營運', '运营'],
    ['行銷', '营销'],
    ['業務', '销售'],
    ['營運專員', '运营专员'],
    // pinyin in full or initials, with or without tones and spaces
    ['yunying', '运营'],
    ['yy', '运营'],
    ['yùnyíng', '运营'],
    ['yun ying', '运营'],
    ['Yun Ying', '运营'],
    ['yun4ying2', '运营'],
    ['yingxiao', '营销'],
    ['xiaoshou', '销售'],
    ['xs', '销售'],
    ['yonghuyunying', '用户运营'],
    ['yhyy', '用户运营'],
    ['yyzj', '运营总监'],
    // English
    ['marketing', '营销'],
    ['Marketing', '营销'],
    ['sales', '销售'],
    ['COO', '首席运营官'],
    ['sales rep', 'sales representative'],
    ['chief operating', '首席运营官'],
    // parts of titles
    ['用户运', '用户运营'],
    ['运营总', '运营总监'],
    ['销售代', '销售代表'],
    ['大客户', '大客户销售'],
  ])('%s → %s', (query, term) => {
    expect(first(query)).toBe(term);
  });
});

describe('ranking', () => {
  it('puts the exact term, then titles beginning with it, then titles holding it', () => {
    const hits = search('运营').hits;
    expect(hits[0]).toMatchObject({ rank: MATCH.exact });
    const ranks = hits.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const found = ids('运营');
    expect(found.indexOf('运营总监')).toBeLessThan(found.indexOf('用户运营'));
    expect(search('运营').hits.find((hit) => hit.term.id === '用户运营')?.rank).toBe(MATCH.within);
  });

  it('lists every entry a query finds: 运营 reaches 用户运营 and all fifty', () => {
    const found = ids('运营');
    expect(found).toContain('用户运营');
    expect(found).toContain('首席运营官');
    expect(found.length).toBeGreaterThan(40);
  });

  it('ranks pinyin the same way: yunying → 运营, then 运营… titles, then …运营 titles', () => {
    const found = ids('yunying');
    expect(found.slice(0, 2)).toEqual(['运营', expect.stringMatching(/^运营/)]);
    expect(found).toContain('用户运营');
    expect(found.indexOf('运营总监')).toBeLessThan(found.indexOf('用户运营'));
    expect(ids('yun ying')).toEqual(found);
    expect(ids('yùnyíng')).toEqual(found);
  });

  it('matches a short Latin query as whole words first: COO is no coordinator', () => {
    const found = ids('COO');
    expect(found[0]).toBe('首席运营官');
    expect(ids('CMO').slice(0, 2)).toEqual(['cmo', 'chief marketing officer']);
    expect(found.indexOf('marketing coordinator')).toBeGreaterThan(0);
    expect(ids('cmo').slice(0, 2)).toEqual(['cmo', 'chief marketing officer']);
    expect(ids('sdr').slice(0, 2)).toEqual(['sdr', 'sales development representative']);
    expect(first('ops')).toBe('sales operations');
  });

  it('finds no English word from inside another (ing, ales)', () => {
    expect(ids('ing')).toEqual([]);
    expect(ids('ales')).toEqual([]);
  });

  it('puts English titles holding the word right after the word itself', () => {
    const found = search('marketing').hits;
    expect(found[0]?.term.id).toBe('营销');
    expect(found.slice(1, 6).every((hit) => hit.rank === MATCH.word)).toBe(true);
    expect(found.map((hit) => hit.term.id)).toContain('marketing manager');
  });

  it('offers the family word inside a longer query last (运营总监 → 运营总监, …, 运营)', () => {
    const found = ids('运营总监');
    expect(found[0]).toBe('运营总监');
    expect(found.at(-1)).toBe('运营');
  });

  it('ignores case, surrounding space and tone marks', () => {
    expect(normalizeQuery('  Yùn  Yíng ')).toBe('yun ying');
    expect(ids('SALES')).toEqual(ids('sales'));
  });

  it('finds nothing for blank or unrelated text', () => {
    expect(search('').hits).toEqual([]);
    expect(search('   ').hits).toEqual([]);
    expect(search('量子力学').hits).toEqual([]);
    expect(search('zzz').hits).toEqual([]);
  });

  it('keeps searchTerms’ limit', () => {
    expect(searchTerms('运营', 1)).toHaveLength(1);
    expect(searchTerms('运营', 0)).toEqual([]);
  });
});

describe('false friends', () => {
  it('answers 运营商 (a carrier) on its own, then offers the word it holds', () => {
    const answer = search('运营商');
    expect(answer.falseFriend).toEqual({ word: '运营商', family: 'operations' });
    expect(answer.hits[0]?.term.id).toBe('运营');
  });

  it('knows it in Traditional and in pinyin, and knows the other non-job words of the lexicon', () => {
    expect(search('營運商').falseFriend).toEqual({ word: '營運商', family: 'operations' });
    expect(search('yunyingshang').falseFriend).toEqual({ word: '运营商', family: 'operations' });
    expect(search('销售额').falseFriend).toMatchObject({ family: 'sales' });
    expect(search('营销号').falseFriend).toMatchObject({ family: 'marketing' });
  });

  it('never takes a job title for one', () => {
    for (const query of ['运营', '运营总监', 'yunying', '销售代表', 'marketing']) {
      expect(search(query).falseFriend, query).toBeUndefined();
    }
  });
});

describe('termLabel', () => {
  it('writes an entry as the data spells it', () => {
    const coo = getTerm('cmo');
    const manager = getTerm('sales manager');
    const operations = getTerm('运营');
    if (!coo || !manager || !operations) throw new Error('missing entries');
    expect(termLabel(coo)).toBe('CMO');
    expect(termLabel(manager)).toBe('sales manager');
    expect(termLabel(operations)).toBe('运营');
  });
});

describe('withRecentLookup', () => {
  it('puts the latest first, once, and keeps a handful', () => {
    expect(withRecentLookup([], '运营')).toEqual(['运营']);
    expect(withRecentLookup(['销售', '运营'], '运营')).toEqual(['运营', '销售']);
    const many = Array.from({ length: 10 }, (_, index) => `t${index}`);
    expect(withRecentLookup(many, 'new')).toHaveLength(RECENT_LOOKUPS);
    expect(withRecentLookup(many, 'new')[0]).toBe('new');
  });

  it('repairs what storage holds that is no list of ids', () => {
    expect(withRecentLookup(undefined, '运营')).toEqual(['运营']);
    expect(withRecentLookup('运营', '销售')).toEqual(['销售']);
    expect(withRecentLookup([1, null, '营销'], '销售')).toEqual(['销售', '营销']);
  });
});
