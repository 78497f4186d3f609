import { describe, expect, it } from 'vitest';
import { documentOf, halfOf } from '../../scripts/lib/corpus-sources';
import { precision, recall, scoreUnits, type Unit } from '../../scripts/lib/score';

const unit = (text: string, candidates: Unit['candidates'], lang: Unit['lang'] = 'zh-Hans'): Unit => ({
  unit_id: text,
  lang,
  text,
  candidates,
});
const span = (start: number, end: number, family: 'operations' | 'marketing' | 'sales', text = '') => ({
  start,
  end,
  family,
  text,
});

describe('scoreUnits', () => {
  it('counts a same-family overlap as correct and found', () => {
    const u = unit('招聘用户运营', [{ start: 4, end: 6, surface: '运营', label: 'operations' }]);
    const { tallies, errors } = scoreUnits([{ unit: u, detections: [span(2, 6, 'operations')] }]);
    expect(tallies['zh-Hans'].operations).toMatchObject({
      correct: 1,
      falsePositives: 0,
      found: 1,
      missed: 0,
    });
    expect(errors).toEqual([]);
  });

  it('counts a detection over a none candidate as a false positive', () => {
    const u = unit('三大运营商', [{ start: 2, end: 4, surface: '运营', label: 'none' }]);
    const { tallies, errors } = scoreUnits([{ unit: u, detections: [span(2, 4, 'operations')] }]);
    expect(tallies['zh-Hans'].operations.falsePositives).toBe(1);
    expect(errors[0]).toMatchObject({ kind: 'false-positive', label: 'none' });
  });

  it('counts a detection of another family as a false positive and the candidate as missed', () => {
    const u = unit('sales', [{ start: 0, end: 5, surface: 'sales', label: 'sales' }], 'en');
    const { tallies } = scoreUnits([{ unit: u, detections: [span(0, 5, 'marketing')] }]);
    expect(tallies.en.marketing.falsePositives).toBe(1);
    expect(tallies.en.sales.missed).toBe(1);
  });

  it('counts a missed role candidate', () => {
    const u = unit('業務代表', [{ start: 0, end: 2, surface: '業務', label: 'sales' }], 'zh-Hant');
    const { tallies, errors } = scoreUnits([{ unit: u, detections: [] }]);
    expect(tallies['zh-Hant'].sales.missed).toBe(1);
    expect(errors[0]).toMatchObject({ kind: 'miss', family: 'sales' });
  });

  it('counts a detection that crosses a none false-join candidate as a false positive', () => {
    // 我们进行销售: the candidate 行销 (3..5) is none; the detection 销售 (4..6) crosses it.
    const u = unit('我们进行销售', [{ start: 3, end: 5, surface: '行销', label: 'none' }]);
    const { tallies, errors } = scoreUnits([{ unit: u, detections: [span(4, 6, 'sales')] }]);
    expect(tallies['zh-Hans'].sales).toMatchObject({ correct: 0, falsePositives: 1 });
    expect(precision(tallies['zh-Hans'].sales)).toBe(0);
    expect(errors[0]).toMatchObject({ kind: 'false-positive', family: 'sales', label: 'none' });
  });

  it('counts a detection that crosses a candidate of another family as a false positive', () => {
    // 运营销售 read as 营销: it crosses both the operations and the sales candidate.
    const u = unit('运营销售', [
      { start: 0, end: 2, surface: '运营', label: 'operations' },
      { start: 2, end: 4, surface: '销售', label: 'sales' },
    ]);
    const { tallies } = scoreUnits([{ unit: u, detections: [span(1, 3, 'marketing')] }]);
    expect(tallies['zh-Hans'].marketing.falsePositives).toBe(1);
    expect(tallies['zh-Hans'].operations.missed).toBe(1);
    expect(tallies['zh-Hans'].sales.missed).toBe(1);
  });

  it('counts a detection over its own candidate as correct even when it also touches a none candidate (revision 2)', () => {
    // 执行销售: the false join 行销 is `none`, the 销售 behind it is `sales`; marking 销售 is right.
    const u = unit('执行销售计划', [
      { start: 1, end: 3, surface: '行销', label: 'none' },
      { start: 2, end: 4, surface: '销售', label: 'sales' },
    ]);
    const { tallies, errors } = scoreUnits([{ unit: u, detections: [span(2, 4, 'sales')] }]);
    expect(tallies['zh-Hans'].sales).toMatchObject({ correct: 1, falsePositives: 0, found: 1, missed: 0 });
    expect(errors).toEqual([]);
  });

  it('counts the false join itself, which touches no candidate of its family, as a false positive', () => {
    const u = unit('执行销售计划', [
      { start: 1, end: 3, surface: '行销', label: 'none' },
      { start: 2, end: 4, surface: '销售', label: 'sales' },
    ]);
    const { tallies } = scoreUnits([{ unit: u, detections: [span(1, 3, 'marketing')] }]);
    expect(tallies['zh-Hans'].marketing.falsePositives).toBe(1);
    expect(tallies['zh-Hans'].sales.missed).toBe(1);
  });

  it('still counts a detection that contains a none candidate', () => {
    const u = unit('营运资金', [{ start: 0, end: 2, surface: '营运', label: 'none' }]);
    const { tallies } = scoreUnits([{ unit: u, detections: [span(0, 4, 'operations')] }]);
    expect(tallies['zh-Hans'].operations.falsePositives).toBe(1);
  });

  it('leaves a detection without any candidate unscored', () => {
    const u = unit('产品经理', []);
    const score = scoreUnits([{ unit: u, detections: [span(0, 4, 'marketing')] }]);
    expect(score.unscored).toBe(1);
    expect(score.tallies['zh-Hans'].marketing).toMatchObject({ correct: 0, falsePositives: 0 });
  });
});

describe('precision and recall', () => {
  it('computes the ratios', () => {
    const tally = { correct: 9, falsePositives: 1, found: 3, missed: 1 };
    expect(precision(tally)).toBeCloseTo(0.9);
    expect(recall(tally)).toBeCloseTo(0.75);
  });
  it('is 1 when there is nothing to count', () => {
    const empty = { correct: 0, falsePositives: 0, found: 0, missed: 0 };
    expect(precision(empty)).toBe(1);
    expect(recall(empty)).toBe(1);
  });
});

describe('corpus sources and halves', () => {
  it('keeps the units of one document together, in one half, whatever their number', () => {
    const first = unit('a', []);
    const second = unit('b', []);
    first.unit_id = 'post:p123:0';
    second.unit_id = 'post:p123:7';
    expect(documentOf(first)).toBe('post:p123');
    expect(halfOf(first)).toBe(halfOf(second));
  });

  it('splits documents into two halves of similar size', () => {
    const halves = { A: 0, B: 0 };
    for (let n = 0; n < 1000; n++) {
      const u = unit('x', []);
      u.unit_id = `post:p${n.toString(16)}:0`;
      halves[halfOf(u)]++;
    }
    expect(Math.abs(halves.A - halves.B)).toBeLessThan(100);
  });
});
