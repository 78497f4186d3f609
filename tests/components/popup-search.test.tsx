import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { search } from '../../core/knowledge/search';
import { defaultSettings, type Settings } from '../../core/settings';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';

// The popup's search as a combobox (WAI-ARIA): the box keeps the focus, ↑/↓ walk the listbox of every
// result, Enter takes one, Esc closes the list; picked entries become recent lookups.

afterEach(cleanup);
const settings: Settings = { ...defaultSettings(DEFAULT_VIEWPOINT_IDS), language: 'zh-Hans' };

const box = () => screen.getByRole('combobox') as HTMLInputElement;
const type = (value: string) => fireEvent.input(box(), { target: { value } });
const key = (name: string) => fireEvent.keyDown(box(), { key: name });
const shownTerm = () => document.querySelector('.rl-card')?.getAttribute('data-term');
const options = () => screen.queryAllByRole('option');
const activeOption = () => {
  const id = box().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('Popup search: keyboard', () => {
  it('walks the results with ↓/↑ and takes one with Enter', () => {
    const onLookup = vi.fn();
    render(<Popup browserLanguage="en-US" settings={settings} onLookup={onLookup} />);
    type('运营');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    expect(shownTerm()).toBe('运营');
    expect(activeOption()).toBeNull();

    key('ArrowDown');
    expect(activeOption()?.getAttribute('data-term')).toBe('运营');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    key('ArrowDown');
    const third = options()[2]?.getAttribute('data-term');
    expect(activeOption()?.getAttribute('data-term')).toBe(third);
    key('ArrowUp');
    const second = options()[1]?.getAttribute('data-term');
    expect(activeOption()?.getAttribute('data-term')).toBe(second);
    expect(options().filter((option) => option.getAttribute('aria-selected') === 'true')).toHaveLength(1);

    key('Enter');
    expect(shownTerm()).toBe(second);
    expect(onLookup).toHaveBeenCalledWith(second);
    // The list closes so the card comes up; ↓ opens it again.
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    key('ArrowDown');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(activeOption()?.getAttribute('data-term')).toBe('运营');
  });

  it('wraps around: ↑ from the top reaches the last result', () => {
    render(<Popup browserLanguage="en-US" settings={settings} />);
    type('销售');
    key('ArrowUp');
    const all = options();
    expect(activeOption()).toBe(all[all.length - 1]);
    key('ArrowDown');
    expect(activeOption()).toBe(all[0]);
  });

  it('lists every result, not a first few: 运营 reaches 用户运营', () => {
    render(<Popup browserLanguage="en-US" settings={settings} />);
    type('运营');
    const terms = options().map((option) => option.getAttribute('data-term'));
    expect(terms).toHaveLength(search('运营').hits.length);
    expect(terms).toContain('用户运营');
    expect(document.querySelector('.rl-results-head')?.textContent).toBe(`${terms.length} 个结果`);
    // Reached by keys alone.
    const index = terms.indexOf('用户运营');
    for (let step = 0; step <= index; step++) key('ArrowDown');
    expect(activeOption()?.getAttribute('data-term')).toBe('用户运营');
    key('Enter');
    expect(shownTerm()).toBe('用户运营');
  });

  it('takes the first result on Enter before any arrow, and closes the list on Esc', () => {
    render(<Popup browserLanguage="en-US" settings={settings} />);
    type('yy');
    expect(options()[0]?.getAttribute('data-term')).toBe('运营');
    key('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().value).toBe('yy');
    key('Enter');
    expect(shownTerm()).toBe('运营');
  });

  it('answers a false friend by itself, with no card, and offers the word it holds', () => {
    render(<Popup browserLanguage="en-US" settings={settings} />);
    type('运营商');
    expect(screen.getByRole('status').textContent).toBe('“运营商”不是职位名称，岗位透镜不标记它。');
    expect(document.querySelector('.rl-card')).toBeNull();
    expect(document.body.textContent).not.toContain('没有找到');
    expect(options()[0]?.getAttribute('data-term')).toBe('运营');
    key('Enter');
    expect(shownTerm()).toBe('运营');
  });

  it('lists recent lookups while the box is empty, and they work like results', () => {
    const onLookup = vi.fn();
    render(
      <Popup
        browserLanguage="en-US"
        settings={settings}
        recent={['用户运营', 'no longer in the data', 'cmo']}
        onLookup={onLookup}
      />,
    );
    expect(screen.getByRole('listbox').getAttribute('aria-label')).toBe('最近查过');
    expect(options().map((option) => option.textContent)).toEqual(['用户运营运营', 'CMO营销']);
    expect(document.querySelector('.rl-card')).toBeNull();
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(shownTerm()).toBe('cmo');
    expect(onLookup).toHaveBeenCalledWith('cmo');
  });

  it('picks with a click too, keeping the focus in the box', () => {
    const onLookup = vi.fn();
    render(<Popup browserLanguage="en-US" settings={settings} onLookup={onLookup} />);
    type('CMO');
    const [first, second] = options();
    expect(first?.getAttribute('data-term')).toBe('cmo');
    expect(second?.getAttribute('data-term')).toBe('chief marketing officer');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    second?.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    if (second) fireEvent.click(second);
    expect(shownTerm()).toBe('chief marketing officer');
    expect(onLookup).toHaveBeenCalledWith('chief marketing officer');
  });
});
