import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TermCard } from '../../components/TermCard';
import { Tooltip } from '../../components/Tooltip';
import { viewpoints } from '../../core/knowledge';
import { explainTerm, terms } from '../../core/term-catalog';

afterEach(cleanup);
const ALL = viewpoints.map((viewpoint) => viewpoint.id);

function explain(id: string, selected: readonly string[] = ALL) {
  const explanation = explainTerm(id, selected);
  if (!explanation) throw new Error(`no entry ${id}`);
  return explanation;
}

describe('TermCard', () => {
  it('shows the term, its family, the definition and both contrasts for a core word', () => {
    const { container } = render(<TermCard explanation={explain('运营')} />);
    const card = container.querySelector('.rl-card');
    expect(card?.getAttribute('data-family')).toBe('operations');
    expect(container.querySelector('.rl-term')?.textContent).toBe('运营');
    const contrasts = [...container.querySelectorAll('.rl-contrasts li')].map((li) =>
      li.getAttribute('data-family'),
    );
    expect(contrasts).toEqual(['marketing', 'sales']);
    expect(container.querySelector('.rl-silence')).toBeNull();
  });

  it('lists one take per selected viewpoint, in source order, each with its verbatim quote', () => {
    const selected = ['v12', 'v01', 'v09'];
    const explanation = explain('营销', selected);
    const { container } = render(<TermCard explanation={explanation} />);
    const takes = [...container.querySelectorAll('.rl-takes > li')];
    expect(takes.map((li) => li.getAttribute('data-viewpoint'))).toEqual(['v01', 'v09', 'v12']);
    for (const [index, li] of takes.entries()) {
      expect(li.querySelector('.rl-quote')?.textContent).toContain(explanation.takes[index]?.quote);
    }
  });

  it('says the text is silent about a title it does not describe, instead of inventing one', () => {
    const silent = terms.find((term) => term.kind === 'title' && explain(term.id).titleNotes.length === 0);
    if (!silent) throw new Error('expected at least one title the source text does not describe');
    const { container } = render(<TermCard explanation={explain(silent.id)} />);
    expect(container.querySelector('.rl-silence')?.textContent).toContain('原文没有专门描述');
  });

  it('shows what the text says of a title it does describe, and the title read as parts', () => {
    const { container } = render(<TermCard explanation={explain('用户运营')} />);
    expect(container.querySelectorAll('.rl-title-notes li').length).toBeGreaterThan(0);
    expect(container.querySelector('.rl-parts')?.textContent).toBe('运营 · 对象：用户');
  });

  it('shows the page\u2019s own spelling beside the entry it was matched to', () => {
    const { container } = render(<TermCard explanation={explain('运营')} surface="營運" />);
    expect(container.querySelector('.rl-term')?.textContent).toBe('營運');
    expect(container.querySelector('.rl-entry')?.textContent).toBe('= 运营');
  });

  it('asks the user to pick viewpoints when none is selected', () => {
    const { container } = render(<TermCard explanation={explain('销售', [])} />);
    expect(container.querySelector('.rl-takes')).toBeNull();
    expect(container.textContent).toContain('没有选中的观点');
  });
});

describe('Tooltip', () => {
  it('is a tooltip carrying the chosen theme', () => {
    const { container } = render(<Tooltip explanation={explain('销售')} surface="销售" theme="dark" />);
    const tooltip = container.querySelector('[role="tooltip"]');
    expect(tooltip?.getAttribute('data-theme')).toBe('dark');
  });
});
