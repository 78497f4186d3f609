import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/Options';
import { Popup } from '../../components/Popup';
import { CATALOGS } from '../../core/i18n/messages';
import { defaultSettings, type Settings } from '../../core/settings';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';

// The popup and the options page speak the language the settings choose, or on 'auto' the browser's.

afterEach(cleanup);
const defaults = defaultSettings(DEFAULT_VIEWPOINT_IDS);
const withLanguage = (language: Settings['language']): Settings => ({ ...defaults, language });

function renderOptions(settings: Settings, browserLanguage: string) {
  const onChange = vi.fn<(next: Settings) => void>();
  render(
    <Options settings={settings} defaults={defaults} browserLanguage={browserLanguage} onChange={onChange} />,
  );
  return onChange;
}

/**
 * The interface's own text on screen, labels and placeholders included, without what the knowledge base
 * says (the viewpoints, marked lang="zh-CN") and the three words' names, which stay Chinese in every language.
 */
function interfaceText(): string {
  const root = document.querySelector('main');
  if (!root) return '';
  const copy = root.cloneNode(true) as HTMLElement;
  for (const kept of copy.querySelectorAll('[lang="zh-CN"], .rl-family, .rl-quick button')) kept.remove();
  const attributes = [...copy.querySelectorAll('[placeholder], [aria-label], [title]')].flatMap((element) =>
    ['placeholder', 'aria-label', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [copy.textContent ?? '', ...attributes].join(' ');
}

/** Interface text with the Chinese that English may keep (the words it explains, the languages' names) taken out. */
const chineseLeftIn = (text: string) =>
  text.replace(/运营总监|运营|营销|销售|營運|简体中文|繁體中文|简体/g, '').match(/\p{Script=Han}+/gu) ?? [];

describe('Options in the chosen language', () => {
  it('speaks English when the setting says English, in a Chinese browser', () => {
    renderOptions(withLanguage('en'), 'zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Role Lens · Settings');
    expect(screen.getByRole('radio', { name: 'Hold Shift and point at a mark' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Internet industry' })).toBeTruthy();
    expect(document.body.textContent).toContain(`Chosen: ${defaults.viewpoints.length} / 14.`);
    // Each viewpoint's name and summary too: they are ours, not the source's words.
    expect(document.querySelector('[data-viewpoint="v01"]')?.textContent).toContain(
      '#1 Marketing is larger than operations',
    );
    expect(chineseLeftIn(interfaceText())).toEqual([]);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Role Lens · Settings');
  });

  it('speaks Taiwan’s Traditional when the setting says 繁體, in an English browser', () => {
    renderOptions(withLanguage('zh-Hant'), 'en-US');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Role Lens 崗位透鏡 · 設定');
    expect(screen.getByRole('heading', { name: '介面語言' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '網路產業' })).toBeTruthy();
    expect(document.querySelector('[data-viewpoint="v01"]')?.textContent).toContain('#1 行銷大於營運');
    expect(interfaceText()).not.toMatch(/设置|标记|观点|网页/);
    expect(document.documentElement.lang).toBe('zh-TW');
  });

  it.each([
    ['zh-TW', 'Role Lens 崗位透鏡 · 設定'],
    ['zh-HK', 'Role Lens 崗位透鏡 · 設定'],
    ['zh-CN', 'Role Lens 岗位透镜 · 设置'],
    ['en-US', 'Role Lens · Settings'],
    ['fr-FR', 'Role Lens · Settings'],
  ])('follows a browser in %s on auto', (browserLanguage, heading) => {
    renderOptions(withLanguage('auto'), browserLanguage);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
  });

  it('chooses the interface language and the language cards explain in', () => {
    const onChange = renderOptions(withLanguage('auto'), 'en-US');
    expect(screen.getByRole('radio', { name: 'The browser’s language' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: '繁體中文' }));
    expect(onChange.mock.lastCall?.[0].language).toBe('zh-Hant');
    fireEvent.click(screen.getByRole('radio', { name: 'My interface language' }));
    expect(onChange.mock.lastCall?.[0].explainIn).toBe('interface');
    fireEvent.click(screen.getByRole('radio', { name: '简体 (Simplified Chinese)' }));
    expect(onChange.mock.lastCall?.[0].explainIn).toBe('zh-Hans');
  });

  it('says a save took effect, or why it failed, in the interface language', () => {
    const settings = withLanguage('en');
    const { rerender } = render(
      <Options
        settings={settings}
        defaults={defaults}
        browserLanguage="zh-CN"
        onChange={() => {}}
        status={{ saved: true }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(CATALOGS.en.options_saved);
    rerender(
      <Options
        settings={withLanguage('zh-Hant')}
        defaults={defaults}
        browserLanguage="zh-CN"
        onChange={() => {}}
        status={{ saved: false, error: 'QuotaExceeded' }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('儲存失敗：QuotaExceeded');
  });
});

describe('Popup in the chosen language', () => {
  it('speaks English when the setting says English, its cards aside', () => {
    render(<Popup settings={withLanguage('en')} browserLanguage="zh-TW" />);
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Look up a term' })).toBeTruthy();
    expect(chineseLeftIn(interfaceText())).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Compare all three' }));
    const rowHeads = [...document.querySelectorAll('.rl-compare tbody th[scope="row"]')].map(
      (th) => th.textContent,
    );
    expect(rowHeads.slice(0, 2)).toEqual(['What it does', 'In short']);
    expect(document.querySelector('.rl-compare .rl-section-title')?.textContent).toBe(
      CATALOGS.en.compare_relations_title,
    );
  });

  it('speaks Traditional when the setting says 繁體, and says so when nothing matches', () => {
    render(
      <Popup
        settings={withLanguage('zh-Hant')}
        browserLanguage="en-US"
        host="jobs.example.com"
        onToggleSite={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: '設定' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '三者比較' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: '在 jobs.example.com 上標記' })).toBeTruthy();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: '量子力學' } });
    expect(document.body.textContent).toContain('找不到「量子力學」');
    expect(document.documentElement.lang).toBe('zh-TW');
  });

  it.each([
    ['zh-TW', '設定'],
    ['zh-CN', '设置'],
    ['en-US', 'Settings'],
  ])('follows a browser in %s on auto', (browserLanguage, settingsButton) => {
    render(<Popup settings={withLanguage('auto')} browserLanguage={browserLanguage} />);
    expect(screen.getByRole('button', { name: settingsButton })).toBeTruthy();
  });
});
