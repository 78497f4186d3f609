import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEWPOINT_IDS, viewpoints } from '../../core/knowledge';
import { explainTerm, getTerm, searchTerms, termsOfFamily } from '../../core/term-catalog';
import { FAMILIES } from '../../core/types';

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
    expect(getTerm('营销')?.family).toBe('marketing');
    expect(getTerm('no such term')).toBeUndefined();
  });

  it('lists only the entries of one family', () => {
    const sales = termsOfFamily('sales');
    expect(ids(sales)).toContain('销售');
    expect(sales.every((term) => term.family === 'sales')).toBe(true);
  });
});

describe('explainTerm', () => {
  it('returns undefined for an unknown term', () => {
    expect(explainTerm('不存在的词', DEFAULT_VIEWPOINT_IDS)).toBeUndefined();
  });

  it("explains a title through its family's definition and contrasts, in display order", () => {
    const card = explainTerm('运营总监', []);
    expect(card?.family).toBe('operations');
    expect(card?.familyLabel).toBe('运营');
    expect(card?.definition.text.length).toBeGreaterThan(0);
    expect(card?.contrasts.map((contrast) => contrast.family)).toEqual(['marketing', 'sales']);
    expect(card?.contrasts.map((contrast) => contrast.label)).toEqual(['营销', '销售']);
  });

  it('gives the takes of the selected viewpoints only, in source order', () => {
    const card = explainTerm('运营', ['v12', 'v01', 'v07']);
    expect(card?.takes.map((take) => take.id)).toEqual(['v01', 'v07', 'v12']);
    expect(card?.takes.map((take) => take.index)).toEqual([1, 7, 12]);
    expect(explainTerm('运营', [])?.takes).toEqual([]);
    expect(explainTerm('运营', ['v99', 'v02'])?.takes.map((take) => take.id)).toEqual(['v02']);
  });

  it("takes carry the viewpoint's claim and its own definition of the family with the passage behind it", () => {
    const [take] = explainTerm('营销', ['v08'])?.takes ?? [];
    const v08 = viewpoints.find((viewpoint) => viewpoint.id === 'v08');
    expect(take?.claim).toBe(v08?.relationship.claim);
    expect(take?.definition).toBe(v08?.definitions.marketing?.text);
    expect(take?.quote).toBe(v08?.definitions.marketing?.quote);
  });

  it('falls back to one of the viewpoint’s own quotes when it does not define the family', () => {
    const v05 = viewpoints.find((viewpoint) => viewpoint.id === 'v05');
    expect(v05?.definitions.sales).toBeUndefined();
    const [take] = explainTerm('销售', ['v05'])?.takes ?? [];
    expect(take?.definition).toBeUndefined();
    expect(v05?.quotes).toContain(take?.quote);
  });

  it('gives a title the text does not describe no title notes', () => {
    expect(explainTerm('销售代表', DEFAULT_VIEWPOINT_IDS)?.titleNotes).toEqual([]);
  });

  it('gives a title the text describes its notes, in source order', () => {
    const notes = explainTerm('用户运营', [])?.titleNotes ?? [];
    expect(notes.map((note) => note.viewpoint)).toEqual(['v07', 'v09']);
  });

  it('states the disagreement in both directions for 运营 and 营销', () => {
    for (const termId of ['运营', '营销']) {
      const line = explainTerm(termId, [])?.disagreement ?? '';
      expect(line).toContain('营销 ⊃ 运营');
      expect(line).toContain('运营 ⊃ 营销');
    }
  });

  it('states for 销售 both families said to contain it', () => {
    const line = explainTerm('销售', [])?.disagreement ?? '';
    expect(line).toContain('运营 ⊃ 销售');
    expect(line).toContain('营销 ⊃ 销售');
  });
});

describe('DEFAULT_VIEWPOINT_IDS', () => {
  it('selects four or five existing viewpoints that show opposite containments and a distinct view', () => {
    expect(DEFAULT_VIEWPOINT_IDS.length).toBeGreaterThanOrEqual(4);
    expect(DEFAULT_VIEWPOINT_IDS.length).toBeLessThanOrEqual(5);
    const chosen = viewpoints.filter((viewpoint) => DEFAULT_VIEWPOINT_IDS.includes(viewpoint.id));
    expect(chosen).toHaveLength(DEFAULT_VIEWPOINT_IDS.length);
    const outers = chosen.map(({ relationship }) => relationship.outer);
    expect(outers).toContain('marketing');
    expect(outers).toContain('operations');
    expect(chosen.some(({ relationship }) => relationship.kind === 'distinct')).toBe(true);
  });

  it('every family has a definition and two contrasts to show', () => {
    for (const family of FAMILIES) {
      const core = termsOfFamily(family).find((term) => term.kind === 'core');
      const card = core && explainTerm(core.id, DEFAULT_VIEWPOINT_IDS);
      expect(card?.contrasts).toHaveLength(2);
      expect(card?.takes).toHaveLength(DEFAULT_VIEWPOINT_IDS.length);
    }
  });
});
