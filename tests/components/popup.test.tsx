import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { CATALOGS } from '../../core/i18n/messages';
import { defaultSettings, type Settings } from '../../core/settings';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';

afterEach(cleanup);
// These tests read the interface in Simplified, chosen in the settings over an English browser
// (popup-language.test.tsx covers the other languages and 'auto').
const settings: Settings = { ...defaultSettings(DEFAULT_VIEWPOINT_IDS), language: 'zh-Hans' };
const BROWSER_LANGUAGE = 'en-US';

function type(value: string) {
  fireEvent.input(screen.getByRole('combobox'), { target: { value } });
}

const shownTerm = () => document.querySelector('.rl-card')?.getAttribute('data-term');

describe('Popup', () => {
  it('shows the card of the term typed, from Simplified, Traditional or part of a title', () => {
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={settings} />);
    type('运营总监');
    expect(shownTerm()).toBe('运营总监');
    type('營運');
    expect(shownTerm()).toBe('运营');
    type('销售代');
    expect(shownTerm()).toBe('销售代表');
  });

  it('lists several matches for a partial query and switches the card on click', () => {
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={settings} />);
    type('总监');
    const results = screen.getAllByRole('option');
    expect(results.length).toBeGreaterThan(1);
    const other = results.find((option) => option.getAttribute('data-current') !== 'true');
    if (!other) throw new Error('expected a second result');
    fireEvent.click(other);
    expect(shownTerm()).toBe(other.getAttribute('data-term'));
  });

  it('says plainly when nothing matches', () => {
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={settings} />);
    type('量子力学');
    expect(document.querySelector('.rl-card')).toBeNull();
    expect(document.body.textContent).toContain('没有找到“量子力学”');
  });

  it('opens each core word in one click', () => {
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={settings} />);
    for (const word of ['运营', '营销', '销售']) {
      fireEvent.click(screen.getByRole('button', { name: word }));
      expect(shownTerm()).toBe(word);
    }
  });

  it('compares the three side by side: what each does, one row per chosen viewpoint, silent where one is', () => {
    const all = { ...settings, viewpoints: [...VIEWPOINT_IDS] };
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={all} />);
    fireEvent.click(screen.getByRole('button', { name: '三者对比' }));
    const headers = [...document.querySelectorAll('.rl-compare thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['', '运营', '营销', '销售']);
    expect(document.querySelectorAll('.rl-compare tbody tr[data-viewpoint]').length).toBe(14);
    expect(document.querySelector('.rl-compare')?.textContent).toContain(
      CATALOGS['zh-Hans'].compare_not_discussed,
    );
  });

  it('draws the larger diagram in the comparison: all three pairs, every row with all fourteen numbers', () => {
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={settings} />);
    fireEvent.click(screen.getByRole('button', { name: '三者对比' }));
    const rows = [...document.querySelectorAll('.rl-diagram[data-size="large"] .rl-diagram-row')];
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.querySelectorAll('.rl-cite')).toHaveLength(14);
  });

  it('copies the card as Markdown from the card’s own button', async () => {
    const onCopy = vi.fn(async (_markdown: string) => {});
    render(<Popup browserLanguage={BROWSER_LANGUAGE} settings={settings} onCopy={onCopy} />);
    type('用户运营');
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    expect(onCopy).toHaveBeenCalledOnce();
    expect(onCopy.mock.calls[0]?.[0]).toMatch(/^\*\*用户运营\*\* · 运营/);
  });

  it('turns Role Lens off for the current site', () => {
    const onToggleSite = vi.fn();
    render(
      <Popup
        browserLanguage={BROWSER_LANGUAGE}
        settings={settings}
        host="jobs.example.com"
        onToggleSite={onToggleSite}
      />,
    );
    fireEvent.click(screen.getByRole('switch'));
    expect(onToggleSite).toHaveBeenCalledWith('jobs.example.com', true);
  });

  it('shows a site switched off by a wildcard entry as off', () => {
    const onToggleSite = vi.fn();
    render(
      <Popup
        browserLanguage={BROWSER_LANGUAGE}
        settings={{ ...settings, disabledSites: ['*.example.com'] }}
        host="jobs.example.com"
        onToggleSite={onToggleSite}
      />,
    );
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onToggleSite).toHaveBeenCalledWith('jobs.example.com', false);
  });
});
