import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/Options';
import { viewpoints } from '../../core/knowledge/queries';
import { viewpointSummary } from '../../core/knowledge/viewpoint-summaries';
import { defaultSettings, type Settings } from '../../core/settings';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import presets from '../../data/viewpoint-presets.json';

afterEach(cleanup);
const defaults = defaultSettings(DEFAULT_VIEWPOINT_IDS);
// These tests read the interface in Simplified, chosen in the settings over an English browser
// (options-language.test.tsx covers the other languages and 'auto').
const simplified: Settings = { ...defaults, language: 'zh-Hans' };

function renderOptions(settings: Settings = simplified) {
  const onChange = vi.fn<(next: Settings) => void>();
  render(<Options settings={settings} defaults={defaults} browserLanguage="en-US" onChange={onChange} />);
  return onChange;
}

const viewpointBox = (id: string) =>
  document.querySelector<HTMLInputElement>(`[data-viewpoint="${id}"] input[type="checkbox"]`);

describe('Options', () => {
  it('lists all fourteen viewpoints with title and summary, ticking the selected ones', () => {
    renderOptions();
    const items = document.querySelectorAll('[data-viewpoint]');
    expect(items.length).toBe(14);
    expect(items[0]?.textContent).toContain(viewpoints[0]?.title);
    expect(items[0]?.textContent).toContain(viewpointSummary('v01'));
    expect(viewpointSummary('v01')).not.toBe('');
    for (const viewpoint of viewpoints) {
      expect(viewpointBox(viewpoint.id)?.checked).toBe(DEFAULT_VIEWPOINT_IDS.includes(viewpoint.id));
    }
  });

  it('adds a viewpoint in source order and removes one', () => {
    const onChange = renderOptions({ ...simplified, viewpoints: ['v03', 'v12'] });
    fireEvent.click(viewpointBox('v07') as HTMLInputElement);
    expect(onChange.mock.lastCall?.[0].viewpoints).toEqual(['v03', 'v07', 'v12']);
    fireEvent.click(viewpointBox('v12') as HTMLInputElement);
    expect(onChange.mock.lastCall?.[0].viewpoints).toEqual(['v03']);
  });

  it('selects all, and restores the default selection', () => {
    const onChange = renderOptions({ ...simplified, viewpoints: [] });
    fireEvent.click(screen.getByRole('button', { name: '全部' }));
    expect(onChange.mock.lastCall?.[0].viewpoints).toHaveLength(14);
    fireEvent.click(screen.getByRole('button', { name: /^默认/ }));
    expect(onChange.mock.lastCall?.[0].viewpoints).toEqual(defaults.viewpoints);
  });

  it('offers presets: who contains whom, what each does, internet industry, company organisation', () => {
    const onChange = renderOptions({ ...simplified, viewpoints: [] });
    expect(presets.map((preset) => preset.label)).toEqual(['谁包含谁', '各做什么', '互联网行业', '公司组织']);
    for (const preset of presets) {
      fireEvent.click(screen.getByRole('button', { name: preset.label }));
      expect(onChange.mock.lastCall?.[0].viewpoints).toEqual(preset.viewpoints);
    }
  });

  it('shows which preset the current choice is', () => {
    const [internet] = presets.filter((preset) => preset.preset === 'internet');
    renderOptions({ ...simplified, viewpoints: internet?.viewpoints ?? [] });
    expect(screen.getByRole('button', { name: '互联网行业' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /^默认/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('chooses which families are marked and where Role Lens stays off', () => {
    const onChange = renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: '营销' }));
    expect(onChange.mock.lastCall?.[0].families).toEqual(['operations', 'sales']);
    const list = screen.getByRole('textbox');
    fireEvent.input(list, { target: { value: 'Jobs.Example.com\n\n104.com.tw ' } });
    fireEvent.blur(list);
    expect(onChange.mock.lastCall?.[0].disabledSites).toEqual(['jobs.example.com', '104.com.tw']);
  });

  it('chooses what opens a card, how marks look and the card\u2019s text size', () => {
    const onChange = renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: '按住 Shift 并指向标记' }));
    expect(onChange.mock.lastCall?.[0].trigger).toBe('shift');
    fireEvent.click(screen.getByRole('radio', { name: /不标记/ }));
    expect(onChange.mock.lastCall?.[0].markStyle).toBe('none');
    fireEvent.click(screen.getByRole('radio', { name: '16 像素' }));
    expect(onChange.mock.lastCall?.[0].textSize).toBe(16);
  });
});
