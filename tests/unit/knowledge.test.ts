import { describe, expect, it } from 'vitest';
import { getTerm, termsOfFamily } from '../../core/knowledge/catalog';
import { searchTerms } from '../../core/knowledge/search';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('searchTerms', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('puts the exact term first: 运营 → 运营, then titles built on it', () => {
    const found = ids(searchTerms('运营'));
    expect(found[0]).toBe('运营');
    expect(found).toContain('运营总监');
    expect(found).toContain('用户运营');
  });

  it('finds the Simplified entry from Traditional input through its forms', () => {
    expect(searchTerms('營運')[0]?.id).toBe('运营');
    expect(searchTerms('運營')[0]?.id).toBe('运营');
    expect(searchTerms('銷售')[0]?.id).toBe('销售');
    expect(searchTerms('業務')[0]?.id).toBe('销售');
  });

  it('completes a title from its beginning: 运营总 → 运营总监', () => {
    expect(searchTerms('运营总')[0]?.id).toBe('运营总监');
  });

  it('finds a full title first and still offers its family word', () => {
    const found = ids(searchTerms('运营总监'));
    expect(found[0]).toBe('运营总监');
    expect(found).toContain('运营');
  });

  it('finds titles from a part of them', () => {
    expect(ids(searchTerms('总监'))).toContain('运营总监');
    expect(ids(searchTerms('用户'))).toContain('用户运营');
    expect(ids(searchTerms('代表'))).toContain('销售代表');
  });

  it('ignores case for Latin letters', () => {
    const lower = ids(searchTerms('sales'));
    expect(lower.length).toBeGreaterThan(0);
    expect(ids(searchTerms('SALES'))).toEqual(lower);
    expect(ids(searchTerms('Sales'))).toEqual(lower);
  });

  it('respects the limit', () => {
    expect(searchTerms('运营', 1)).toHaveLength(1);
    expect(searchTerms('运营', 0)).toEqual([]);
  });

  it('finds nothing for text unrelated to any entry', () => {
    expect(searchTerms('量子力学')).toEqual([]);
  });
});

describe('getTerm and termsOfFamily', () => {
  it('looks entries up by id', () => {
    expect(getTerm('营销')).toMatchObject({ family: 'marketing' });
    expect(getTerm('no such term')).toBeUndefined();
  });

  it('lists only the entries of one family', () => {
    const sales = termsOfFamily('sales');
    expect(ids(sales)).toContain('销售');
    expect(sales.every((term) => term.family === 'sales')).toBe(true);
  });

  it('lists a related role (产品经理) under no family, though search finds it', () => {
    for (const family of ['operations', 'marketing', 'sales'] as const) {
      expect(ids(termsOfFamily(family))).not.toContain('产品经理');
    }
    expect(searchTerms('产品经理')[0]?.id).toBe('产品经理');
  });
});

describe('titles for looking up', () => {
  it('finds the titles people type that hold no family word, each under its family', () => {
    expect(searchTerms('电销')[0]).toMatchObject({ id: '电销', family: 'sales' });
    expect(searchTerms('COO')[0]).toMatchObject({ id: '首席运营官', family: 'operations' });
    expect(searchTerms('cmo')[0]).toMatchObject({ id: 'cmo', family: 'marketing' });
    expect(searchTerms('SDR')[0]).toMatchObject({ id: 'sdr', family: 'sales' });
  });
});
