import { describe, expect, it } from 'vitest';
import { citeViewpoints, describeParts, explanationToText, silenceNote } from '../../core/describe';
import { explainTerm } from '../../core/term-catalog';

describe('describeParts', () => {
  it('reads a title as its family word and parts, in a fixed order', () => {
    expect(describeParts('运营', { level: '专员', object: '用户' })).toBe('运营 · 对象：用户 · 职级：专员');
    expect(describeParts('销售', { channel: '电话' })).toBe('销售 · 渠道：电话');
  });

  it('says nothing for an entry without parts', () => {
    expect(describeParts('运营', undefined)).toBeUndefined();
    expect(describeParts('运营', {})).toBeUndefined();
  });
});

describe('citeViewpoints', () => {
  it('cites viewpoint ids by their number in the source text', () => {
    expect(citeViewpoints(['v03', 'v07', 'v11'])).toBe('观点 3、7、11');
    expect(citeViewpoints([])).toBe('');
  });
});

describe('explanationToText', () => {
  it('copies a card as plain text: head line, definition, contrasts, disagreement, each take with its quote', () => {
    const explanation = explainTerm('用户运营', ['v01', 'v09']);
    if (!explanation) throw new Error('用户运营 must be in the catalogue');
    const lines = explanationToText(explanation).split('\n');
    expect(lines[0]).toBe('用户运营（运营）');
    expect(lines[1]).toBe('运营 · 对象：用户');
    expect(lines.filter((line) => line.startsWith('与'))).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('分歧：'))).toBe(true);
    for (const take of explanation.takes) {
      expect(lines).toContain(`  原文：“${take.quote}”`);
    }
  });

  it('says the text is silent about a title it does not describe', () => {
    const silent = explainTerm('新媒体运营', []);
    if (!silent) throw new Error('新媒体运营 must be in the catalogue');
    expect(silent.titleNotes).toEqual([]);
    expect(explanationToText(silent)).toContain(silenceNote('新媒体运营', '运营'));
  });
});
