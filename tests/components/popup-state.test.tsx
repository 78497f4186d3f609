import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PageView, Popup } from '../../components/Popup';
import { defaultSettings, type Settings } from '../../core/settings';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';

// The popup's header: the page's state (issue 13, item 2), as the popup draws it from what the tab's
// content script reports, and the switch for the site.

afterEach(cleanup);
const settings: Settings = { ...defaultSettings(DEFAULT_VIEWPOINT_IDS), language: 'zh-Hans' };
const COUNTS = { operations: 12, marketing: 3, sales: 0 };
const state = (extra: Partial<{ off: boolean }> = {}): PageView => ({
  kind: 'state',
  state: { off: false, counts: COUNTS, host: 'jobs.example.com', ...extra },
});

function show(page: PageView, overrides: Partial<Settings> = {}, host?: string) {
  const onToggleSite = vi.fn();
  render(
    <Popup
      browserLanguage="en-US"
      settings={{ ...settings, ...overrides }}
      page={page}
      host={host}
      onToggleSite={onToggleSite}
    />,
  );
  return onToggleSite;
}

const header = () => document.querySelector('.rl-page') as HTMLElement;
const counts = () =>
  [...document.querySelectorAll('.rl-count')].map((item) => [
    item.getAttribute('data-family'),
    item.querySelector('.rl-count-number')?.textContent ?? item.querySelector('.rl-count-off')?.textContent,
  ]);
const note = () => document.querySelector('.rl-page-note')?.textContent;

describe('the popup’s page state', () => {
  it('comes first, before the search, with the counts of each word and the site switch', () => {
    show(state(), {}, 'jobs.example.com');
    const main = document.querySelector('.rl-popup') as HTMLElement;
    const order = [...main.children].map((child) => child.className);
    expect(order.indexOf('rl-page')).toBeLessThan(order.indexOf('rl-input'));
    expect(counts()).toEqual([
      ['operations', '12'],
      ['marketing', '3'],
      ['sales', '0'],
    ]);
    expect(screen.getByRole('list', { name: '本页标记：运营 12 处，营销 3 处，销售 0 处' })).toBeTruthy();
    const words = [...header().querySelectorAll('.rl-count-word')].map((word) =>
      word.getAttribute('data-family'),
    );
    expect(words).toEqual(['operations', 'marketing', 'sales']);
    expect(
      (screen.getByRole('switch', { name: '在 jobs.example.com 上标记' }) as HTMLInputElement).checked,
    ).toBe(true);
    // The comparison is one click away, in the row under the search.
    expect(screen.getByRole('button', { name: '三者对比' })).toBeTruthy();
  });

  it('says a family the reader does not mark is not marked, instead of a count', () => {
    show(state(), { families: ['operations', 'sales'] });
    expect(counts()).toEqual([
      ['operations', '12'],
      ['marketing', '不标记'],
      ['sales', '0'],
    ]);
  });

  it('says why a page holds no marks', () => {
    show({ kind: 'state', state: { off: false, counts: { operations: 0, marketing: 0, sales: 0 } } });
    expect(note()).toBe('本页没有运营、营销或销售。');
    cleanup();
    show(state({ off: true }), { disabledSites: ['jobs.example.com'] }, 'jobs.example.com');
    expect(note()).toBe('已在这个网站上关闭，本页不标记。');
    expect(header().getAttribute('data-state')).toBe('off');
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
    cleanup();
    show(state({ off: true }), { enabled: false });
    expect(note()).toBe('岗位透镜已在所有网站上关闭（见设置）。');
    cleanup();
    show(state(), { markStyle: 'none' });
    expect(note()).toBe('设置里选了“不标记”：网页上不显示标记。');
  });

  it('tells a page it cannot read from one it has not read yet, and says when it is still asking', () => {
    show({ kind: 'unavailable' });
    expect(note()).toContain('这个页面不能标记');
    expect(screen.queryByRole('switch')).toBeNull();
    cleanup();
    show({ kind: 'unavailable' }, {}, 'old.example.com');
    expect(note()).toContain('刷新页面');
    expect(screen.getByRole('switch')).toBeTruthy();
    cleanup();
    show({ kind: 'asking' });
    expect(note()).toBe('正在数本页的标记…');
    cleanup();
    show({ kind: 'state', state: { off: false } });
    expect(note()).toBe('正在数本页的标记…');
  });

  it('switches the site off, and back on when it is off', () => {
    const toggle = show(state(), {}, 'jobs.example.com');
    fireEvent.click(screen.getByRole('switch'));
    expect(toggle).toHaveBeenCalledWith('jobs.example.com', true);
    cleanup();
    const again = show(state({ off: true }), { disabledSites: ['*.example.com'] }, 'jobs.example.com');
    fireEvent.click(screen.getByRole('switch'));
    expect(again).toHaveBeenCalledWith('jobs.example.com', false);
  });

  it('shows no page state in the popup page opened on its own, and looks up the query it was given', () => {
    render(<Popup browserLanguage="en-US" settings={settings} initialQuery="销售代表" />);
    expect(header()).toBeNull();
    expect(document.querySelector('.rl-card')?.getAttribute('data-term')).toBe('销售代表');
  });

  it('speaks English when the interface does', () => {
    show(state(), { language: 'en' }, 'jobs.example.com');
    expect(screen.getByRole('heading', { name: 'This page' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Marked on this page: 运营 12, 营销 3, 销售 0' })).toBeTruthy();
  });
});
