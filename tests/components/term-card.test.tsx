import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermCard } from '../../components/TermCard';
import { Tooltip } from '../../components/Tooltip';
import { detector } from '../../core/detector';
import type { Card } from '../../core/knowledge/card-model';
import { cardForTerm, terms } from '../../core/knowledge/catalog';
import { cardForDetection } from '../../core/knowledge/detection-card';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';

afterEach(cleanup);

function card(id: string, viewpoints: readonly string[] = DEFAULT_VIEWPOINT_IDS): Card {
  const found = cardForTerm(id, viewpoints);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

/** 汉字 a reader sees: text only (not attributes), Han script only. */
const hanCount = (element: Element | null) => (element?.textContent?.match(/\p{Script=Han}/gu) ?? []).length;

/** The first screen is everything shown before the reader asks for more. */
const FIRST_SCREEN_MAX_HAN = 200;

/** Titles the detector builds from parts, which have no line of their own in terms.json. */
function builtCards(): Card[] {
  const page = '招聘快手运营、抖音运营专员、直播销售顾问、精准营销经理、營運專員、誠徵業務代表';
  return detector
    .detect(page)
    .flatMap((detection) => cardForDetection(detection, DEFAULT_VIEWPOINT_IDS) ?? []);
}

describe('the first screen', () => {
  it.each([
    ...terms.map((term) => [term.id, card(term.id)] as const),
    ...builtCards().map((built) => [`${built.headword} (built)`, built] as const),
  ])(`of %s holds at most ${FIRST_SCREEN_MAX_HAN} 汉字`, (_id, built) => {
    const { container } = render(<TermCard card={built} onCopy={async () => {}} />);
    expect(container.querySelector('.rl-details')).toBeNull();
    expect(hanCount(container.querySelector('.rl-card'))).toBeLessThanOrEqual(FIRST_SCREEN_MAX_HAN);
  });

  it('fails the limit when a card says too much (the count can fail)', () => {
    const long = { ...card('运营'), lead: { kind: 'note' as const, text: '运'.repeat(201) } };
    const { container } = render(<TermCard card={long} />);
    expect(hanCount(container.querySelector('.rl-card'))).toBeGreaterThan(FIRST_SCREEN_MAX_HAN);
  });

  it('reads in order: headword and family, the title’s note, three contrasts, the disagreement, the diagram', () => {
    const { container } = render(<TermCard card={card('用户运营')} />);
    const order = [...container.querySelectorAll('.rl-card > *')].map((element) => element.className);
    expect(order).toEqual([
      'rl-card-header',
      'rl-parts',
      'rl-lead',
      'rl-roles',
      'rl-disagreement',
      'rl-diagram',
      'rl-card-actions',
    ]);
    expect(container.querySelector('.rl-family')?.textContent).toBe('运营');
    expect(container.querySelector('.rl-sense')?.textContent).toContain('互联网岗位');
    expect(container.querySelector('.rl-lead')?.getAttribute('data-kind')).toBe('note');
  });

  it('shows the page’s own spelling beside the entry it was matched to', () => {
    const [detection] = detector.detect('誠徵營運專員');
    const built = detection && cardForDetection(detection, []);
    if (!built) throw new Error('營運專員 must be explained');
    const { container } = render(<TermCard card={built} />);
    expect(container.querySelector('.rl-term')?.textContent).toBe('營運專員');
    expect(container.querySelector('.rl-entry')?.textContent).toBe('= 运营专员');
  });

  it('gives a related role (产品经理) no family badge', () => {
    const { container } = render(<TermCard card={card('产品经理')} />);
    expect(container.querySelector('.rl-family')?.getAttribute('data-family')).toBe('related');
    expect(container.querySelector('.rl-family')?.textContent).toBe('相关岗位');
  });
});

describe('the diagram', () => {
  it('draws one row per pair, and each row accounts for all fourteen viewpoints', () => {
    const { container } = render(<TermCard card={card('运营')} />);
    const rows = [...container.querySelectorAll('.rl-diagram-row')];
    expect(rows.map((row) => row.getAttribute('data-pair'))).toEqual([
      'operations-marketing',
      'operations-sales',
    ]);
    for (const row of rows) {
      const cited = row.querySelectorAll('.rl-cite').length;
      const silent = Number(row.querySelector('.rl-diagram-silent')?.textContent?.match(/\d+/)?.[0] ?? 0);
      expect(cited + silent).toBe(14);
    }
    // nested circles for a containment, circles apart for a division of work
    expect(rows[0]?.querySelectorAll('[data-place="contains"] .rl-glyph-inner')).toHaveLength(2);
    expect(rows[0]?.querySelectorAll('[data-place="divides"] .rl-glyph-side')).toHaveLength(2);
  });
});

describe('more', () => {
  it('is collapsed by default and opens on one click: the title’s notes and each chosen take with its quote', () => {
    const built = card('用户运营', ['v01', 'v09']);
    const { container } = render(<TermCard card={built} />);
    const more = screen.getByRole('button', { name: /原文和各观点/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelectorAll('.rl-notes > li')).toHaveLength(built.notes.length);
    const takes = [...container.querySelectorAll('.rl-takes > li')];
    expect(takes.map((li) => li.getAttribute('data-take'))).toEqual(['1', '9']);
    expect(takes[0]?.querySelector('.rl-quote')?.textContent).toContain('而运营更多提现');
    expect(takes[0]?.querySelector('.rl-typo')?.textContent).toBe('〔体现〕');
  });

  it('lets the reader pick viewpoints in the card: a row of numbers, one per viewpoint that speaks to the word', () => {
    const built = card('销售', ['v04']);
    const { container } = render(<TermCard card={built} />);
    fireEvent.click(screen.getByRole('button', { name: /原文和各观点/ }));
    const tabs = [...container.querySelectorAll<HTMLButtonElement>('.rl-tab')];
    expect(tabs.map((tab) => tab.textContent)).toEqual(built.takes.map((take) => `#${take.viewpoint}`));
    const six = tabs.find((tab) => tab.textContent === '#6') as HTMLButtonElement;
    fireEvent.click(six);
    expect(six.getAttribute('aria-pressed')).toBe('true');
    expect(
      [...container.querySelectorAll('.rl-takes > li')].map((li) => li.getAttribute('data-take')),
    ).toEqual(['4', '6']);
    fireEvent.click(six);
    expect(container.querySelectorAll('.rl-takes > li')).toHaveLength(1);
  });

  it('opens a viewpoint’s take from its number anywhere on the first screen', () => {
    const { container } = render(<TermCard card={card('运营', [])} />);
    const [cite] = [...container.querySelectorAll<HTMLButtonElement>('.rl-disagreement button.rl-cite')];
    expect(cite?.textContent).toBe('#2');
    fireEvent.click(cite as HTMLButtonElement);
    expect(container.querySelector('.rl-details')).not.toBeNull();
    expect(container.querySelector('[data-take="2"]')).not.toBeNull();
  });

  it('says so when the number picked is of a viewpoint that says nothing about the word', () => {
    const { container } = render(<TermCard card={card('销售', [])} />);
    const eight = [...container.querySelectorAll<HTMLButtonElement>('button.rl-cite')].find(
      (button) => button.textContent === '#8',
    );
    fireEvent.click(eight as HTMLButtonElement);
    expect(container.querySelector('[data-missing="8"]')?.textContent).toBe('#8 没有谈到“销售”。');
  });

  it('shows the sentence several answers share word for word once, under all their numbers', () => {
    const { container } = render(<TermCard card={card('运营', [...VIEWPOINT_IDS])} />);
    fireEvent.click(screen.getByRole('button', { name: /原文和各观点/ }));
    const shared = container.querySelector('[data-take="3 11 14"]');
    expect(shared?.textContent).toContain('措辞相同');
  });
});

describe('copy', () => {
  it('copies the first screen as Markdown and says 已复制', async () => {
    const onCopy = vi.fn(async (_markdown: string) => {});
    render(<TermCard card={card('用户运营')} onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '已复制' })).toBeTruthy());
    const markdown = onCopy.mock.calls[0]?.[0] ?? '';
    expect(markdown.startsWith('**用户运营** · 运营 · 互联网岗位')).toBe(true);
    expect(markdown).not.toContain('> ');
  });

  it('copies the open takes too once the card is expanded', async () => {
    const onCopy = vi.fn(async (_markdown: string) => {});
    render(<TermCard card={card('用户运营', ['v08'])} onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: /原文和各观点/ }));
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    await waitFor(() => expect(onCopy).toHaveBeenCalled());
    expect(onCopy.mock.calls[0]?.[0]).toContain('- #8 对现有用户进行组织和激发');
  });

  it('says 复制失败 when the clipboard refuses', async () => {
    render(<TermCard card={card('销售')} onCopy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '复制失败' })).toBeTruthy());
  });
});

describe('Tooltip', () => {
  it('is a labelled dialog carrying the chosen theme', () => {
    const { container } = render(<Tooltip card={card('销售')} theme="dark" />);
    const tooltip = container.querySelector('[role="dialog"]');
    expect(tooltip?.getAttribute('data-theme')).toBe('dark');
    const title = container.querySelector(`[id="${tooltip?.getAttribute('aria-labelledby')}"]`);
    expect(title?.textContent).toBe('销售');
    const lead = container.querySelector(`[id="${tooltip?.getAttribute('aria-describedby')}"]`);
    expect(lead?.classList.contains('rl-lead')).toBe(true);
  });
});

describe('a card in Traditional', () => {
  const traditional = () => {
    const built = cardForDetection({ term: '运营', text: '營運' }, ['v01'], 'zh-Hant');
    if (!built) throw new Error('no Traditional card');
    return built;
  };

  it('is marked as Traditional and names no Simplified entry beside its headword', () => {
    const { container } = render(<TermCard card={traditional()} />);
    expect(container.querySelector('.rl-card')?.getAttribute('lang')).toBe('zh-Hant');
    expect(container.querySelector('.rl-entry')).toBeNull();
    expect(container.querySelector('.rl-family')?.textContent).toBe('營運');
  });

  it('says each quote is converted, and shows the Simplified original on one click, and back', () => {
    const built = traditional();
    const { container } = render(<TermCard card={built} onCopy={async () => {}} />);
    // The card's own words come with it, in its script.
    expect(screen.getByRole('button', { name: '複製' })).toBeTruthy();
    expect(container.querySelector('.rl-diagram-silent')?.textContent).toMatch(/^沒談 \d+ 個$/);
    fireEvent.click(screen.getByRole('button', { name: /原文和各觀點（\d+）/ }));
    expect(screen.getByRole('button', { name: '收起' })).toBeTruthy();
    const titles = [...container.querySelectorAll('.rl-details h3')].map((title) => title.textContent);
    expect(titles).toEqual(['各觀點怎麼說“營運”', '誰包含誰（每組 14 個觀點）']);
    const quote = () => container.querySelector('.rl-takes .rl-quote');
    expect(quote()?.textContent).toContain('而營運更多提現〔體現〕');
    expect(quote()?.querySelector('.rl-converted')?.textContent).toBe('由簡體原文轉換');
    const toggle = screen.getByRole('button', { name: '看簡體原文' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(quote()?.textContent).toContain('而运营更多提现〔体现〕');
    expect(quote()?.getAttribute('lang')).toBe('zh-Hans');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '看轉換後的文字' }));
    expect(quote()?.textContent).toContain('而營運更多提現');
  });

  it('has no marker or toggle on a Simplified card', () => {
    const { container } = render(<TermCard card={card('运营', ['v01'])} />);
    fireEvent.click(screen.getByRole('button', { name: /原文和各观点/ }));
    expect(container.querySelector('.rl-converted')).toBeNull();
    expect(container.querySelector('.rl-original')).toBeNull();
  });
});
