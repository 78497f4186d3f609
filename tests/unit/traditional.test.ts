import { readFileSync } from 'node:fs';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  buildTraditional,
  serializeTraditional,
  TRADITIONAL_PATH,
  traditionalInputs,
} from '../../scripts/lib/build-traditional';
import { jiebaCut } from '../../scripts/lib/lexicon-sources';
import { createTaiwanConverter, openccTaiwan } from '../../scripts/lib/taiwan-converter';

const taiwanTerms = JSON.parse(readFileSync('data/taiwan-terms.json', 'utf8')).terms;
const toTaiwan = createTaiwanConverter({ terms: taiwanTerms, cut: jiebaCut });
const s2twp = openccTaiwan();
describe('data/generated/traditional.json', () => {
  it('is what npm run traditional builds from data/ today (run it after editing data/)', () => {
    const fresh = serializeTraditional(buildTraditional(traditionalInputs()));
    const committed = readFileSync(TRADITIONAL_PATH, 'utf8');
    expect(committed === fresh, 'data/generated/traditional.json is stale: run `npm run traditional`').toBe(
      true,
    );
  }, 60_000);
});

describe('the Taiwan conversion', () => {
  it('writes the three words as Taiwan does, alone and inside a word', () => {
    expect(toTaiwan('运营')).toBe('營運');
    expect(toTaiwan('营销')).toBe('行銷');
    expect(toTaiwan('销售')).toBe('銷售');
    expect(toTaiwan('精准营销')).toBe('精準行銷');
    expect(toTaiwan('运营商')).toBe('營運商');
    expect(toTaiwan('营销和运营是同一个概念吗')).toBe('行銷和營運是同一個概念嗎');
  });

  it('leaves a reviewed word that only spans two words to OpenCC (经营|销售 holds 营销)', () => {
    expect(toTaiwan('经营销售')).toBe('經營銷售');
    expect(toTaiwan('国营销售')).toBe('國營銷售');
    // OpenCC alone writes the Mainland word in Traditional characters: the reviewed list is what changes it.
    expect(s2twp('精准营销')).toBe('精準營銷');
  });

  it('keeps what OpenCC gives elsewhere: Taiwan phrases and characters', () => {
    expect(toTaiwan('网络营销')).toBe('網路行銷');
    expect(toTaiwan('互联网')).toBe(s2twp('互联网'));
  });

  it('reviews words written in Traditional characters only', () => {
    const characters = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const { taiwan } of taiwanTerms) expect(characters(taiwan)).toBe(taiwan);
  });

  it('keeps 对象 the target of the work, not a programming object (物件)', () => {
    expect(s2twp('对象：用户')).toBe('物件：使用者');
    expect(toTaiwan('对象：用户')).toBe('對象：使用者');
  });
});
