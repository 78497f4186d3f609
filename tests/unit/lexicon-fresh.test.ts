import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK } from '../../core/lexicon-types';
import { buildLexicon, serializeLexicon } from '../../scripts/lib/build-lexicon';
import { LEXICON_PATH, lexiconInputs } from '../../scripts/lib/lexicon-sources';

describe('data/generated/lexicon.json', () => {
  it('is what npm run lexicon builds from data/ and jieba today (run it after editing data/)', () => {
    const fresh = serializeLexicon(buildLexicon(lexiconInputs()));
    const committed = readFileSync(LEXICON_PATH, 'utf8');
    expect(committed === fresh, 'data/generated/lexicon.json is stale: run `npm run lexicon`').toBe(true);
  }, 60_000);
});

describe('buildLexicon', () => {
  const inputs = lexiconInputs();
  const lexicon = buildLexicon(inputs);
  const item = (surface: string) => lexicon.zh.find(([s]) => s === surface);
  const termId = (surface: string) => lexicon.terms[item(surface)?.[1] ?? -1]?.id;

  it('sorts dictionary words into entries and blocking words', () => {
    expect(item('销售一空')?.[1]).toBe(-1);
    expect(item('行銷全國')?.[1]).toBe(-1);
    expect(termId('销售策略')).toBe('销售');
    // A figure the words after a family word already catch needs no blocking word of its own.
    expect(item('销售额')).toBeUndefined();
    expect(lexicon.blockAfter.销售).toContain('额');
    expect(lexicon.blockAfter.運營).toContain('商');
  });
  it('leaves out a dictionary word that is its family word and one character (销售方|向 is 销售|方向)', () => {
    expect(item('销售方')).toBeUndefined();
    expect(item('销售部')).toBeUndefined();
    expect(item('试运营')).toBeUndefined();
  });
  it('knows the words a level word begins, where no level is taken (销售|岗位)', () => {
    expect(lexicon.notLevels).toContain('岗位');
    expect(lexicon.notLevels).toContain('員工');
    expect(lexicon.notLevels).not.toContain('专员');
  });
  it('adds Traditional forms', () => {
    expect(item('雲端運營')?.[1]).toBe(-1);
    expect(termId('營運專員')).toBe('运营专员');
  });
  it('consumes the word jieba keeps before a false join alone, so the real word behind it is read', () => {
    expect(item('进行销')).toEqual(['进行销', -1, 0, 2]);
    expect(item('執行銷')).toEqual(['執行銷', -1, 0, 2]);
    expect(item('同行销售')).toEqual(['同行销售', -1, 0, 2]);
    expect(item('进行')).toBeUndefined();
  });
  it('detects the family form where jieba keeps the word before a false join whole', () => {
    expect(item('名单行销')).toEqual(['名单行销', lexicon.terms.findIndex((t) => t.id === '营销'), 2, 4]);
    expect(item('上游')).toBeUndefined();
  });
  it('keeps every curated term of a family that is marked on pages, no related role, and composes titles from object words', () => {
    for (const term of inputs.terms) {
      expect(
        lexicon.terms.some((t) => t.id === term.id),
        term.id,
      ).toBe(term.kind !== 'related' && term.onPages !== false);
    }
    expect(lexicon.terms.find((t) => t.id === '快手运营')).toMatchObject({
      family: 'operations',
      kind: 'title',
    });
  });
  it('hints at every surface that can yield a detection, so the detector may skip text without a hint', () => {
    const zhHint = new RegExp(lexicon.hints.zh);
    const enHint = new RegExp(lexicon.hints.en, 'i');
    for (const [surface, term] of lexicon.zh)
      if (term !== BLOCK) expect(zhHint.test(surface), surface).toBe(true);
    for (const form of lexicon.conditional.flatMap((rule) => rule.forms))
      expect(zhHint.test(form)).toBe(true);
    for (const [form] of lexicon.en.forms) {
      expect(enHint.test(form), form).toBe(true);
      expect(enHint.test(form.toUpperCase().replace(/ /g, '\u00a0\t')), form).toBe(true);
    }
    expect(zhHint.test('今天天气不错')).toBe(false);
    expect(enHint.test('The weather is fine')).toBe(false);
  });
  it('is deterministic', () => {
    expect(serializeLexicon(buildLexicon(inputs))).toBe(serializeLexicon(lexicon));
  });
});
