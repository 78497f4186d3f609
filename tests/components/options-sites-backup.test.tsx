import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/Options';
import { SITE_LIST_SAVE_DELAY_MS } from '../../components/SiteList';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../../core/settings';
import { MAX_SETTINGS_FILE_BYTES, SETTINGS_FILE_FORMAT, settingsFileText } from '../../core/settings-file';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';

// The options' site list (checked and saved as one types, each line that is no site named) and the
// settings file (export, import, refusal), read in English here: the interface this test browser would get.

const defaults = defaultSettings(DEFAULT_VIEWPOINT_IDS);
const english: Settings = { ...defaults, language: 'en' };

function renderOptions(settings: Settings = english) {
  const onChange = vi.fn<(next: Settings) => void>();
  const view = render(
    <Options settings={settings} defaults={defaults} browserLanguage="en-US" onChange={onChange} />,
  );
  const rerender = (next: Settings) =>
    view.rerender(
      <Options settings={next} defaults={defaults} browserLanguage="en-US" onChange={onChange} />,
    );
  return { onChange, rerender };
}

const siteBox = () => screen.getByRole('textbox', { name: 'Stay off these sites' }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(siteBox(), { target: { value: text } });
/** The texts of the elements the site box names in aria-describedby. */
const description = () =>
  (siteBox().getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the site list', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('saves as one types, once typing rests, the sites normalised', () => {
    const { onChange } = renderOptions();
    type('HTTP://Jobs.Example.COM:8080/path');
    type('HTTP://Jobs.Example.COM:8080/path\n*.例子.测试');
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(SITE_LIST_SAVE_DELAY_MS);
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.lastCall?.[0]).toEqual({
      ...english,
      disabledSites: ['jobs.example.com', '*.xn--fsqu00a.xn--0zwm56d'],
    });
    // Still typing: the box keeps what was typed.
    expect(siteBox().value).toBe('HTTP://Jobs.Example.COM:8080/path\n*.例子.测试');
  });

  it('saves at once when the box loses focus, and then shows each site as it is kept', () => {
    const { onChange } = renderOptions();
    type(' WWW.Example.com. \n\nwww.example.com\n*.Example.ORG');
    fireEvent.blur(siteBox());
    expect(onChange.mock.lastCall?.[0].disabledSites).toEqual(['www.example.com', '*.example.org']);
    expect(siteBox().value).toBe('www.example.com\n*.example.org');
    act(() => {
      vi.advanceTimersByTime(SITE_LIST_SAVE_DELAY_MS * 2);
    });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('saves what was typed when the page is hidden or closed before typing rests', () => {
    const { onChange } = renderOptions();
    type('a.example.com');
    window.dispatchEvent(new Event('pagehide'));
    expect(onChange.mock.lastCall?.[0].disabledSites).toEqual(['a.example.com']);
  });

  it('names each line that is no site, with its number and why, and marks the box invalid for assistive tech', () => {
    const { onChange } = renderOptions();
    type('jobs.example.com\nnot a site\nwww.*.example.com');
    act(() => {
      vi.advanceTimersByTime(SITE_LIST_SAVE_DELAY_MS);
    });
    expect(onChange.mock.lastCall?.[0].disabledSites).toEqual(['jobs.example.com']);
    expect(siteBox().getAttribute('aria-invalid')).toBe('true');
    const [hint, problems] = description();
    expect(hint).toContain('*.example.com (that domain and all its subdomains)');
    expect(problems).toContain(
      'Line 2, “not a site”, is not a site and was not saved. Write a host name (www.example.com) or a URL starting with http:// or https://.',
    );
    expect(problems).toContain(
      'Line 3, “www.*.example.com”, was not saved: a star may only come first, followed by a dot and a domain, as in *.example.com.',
    );
    // Leaving the box keeps the bad lines for fixing, and the messages follow their new line numbers.
    fireEvent.blur(siteBox());
    expect(siteBox().value).toBe('jobs.example.com\nnot a site\nwww.*.example.com');
    // Fixed: the messages and the invalid mark go.
    type('jobs.example.com\nnot-a-site.example');
    act(() => {
      vi.advanceTimersByTime(SITE_LIST_SAVE_DELAY_MS);
    });
    expect(siteBox().getAttribute('aria-invalid')).toBeNull();
    expect(description()).toHaveLength(1);
    expect(onChange.mock.lastCall?.[0].disabledSites).toEqual(['jobs.example.com', 'not-a-site.example']);
  });

  it('shows sites switched off elsewhere (the popup, the shortcut) unless one is typing', () => {
    const { rerender } = renderOptions({ ...english, disabledSites: ['a.com'] });
    expect(siteBox().value).toBe('a.com');
    rerender({ ...english, disabledSites: ['a.com', 'b.com'] });
    expect(siteBox().value).toBe('a.com\nb.com');
    type('a.com\nb.com\nc.co');
    rerender({ ...english, disabledSites: ['a.com'] });
    expect(siteBox().value).toBe('a.com\nb.com\nc.co');
  });
});

/** Chooses `file` in the import's file input, as the file dialog would. */
function chooseFile(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
const jsonFile = (text: string, name = 'settings.json') =>
  new File([text], name, { type: 'application/json' });

describe('export and import', () => {
  const chosen: Settings = {
    ...english,
    theme: 'dark',
    families: ['sales'],
    disabledSites: ['*.example.com'],
  };

  it('exports the settings as a file of their format and version', () => {
    renderOptions(chosen);
    const link = screen.getByRole('link', { name: 'Export settings' }) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('role-lens-settings.json');
    const [prefix, data] = link.href.split(',');
    expect(prefix).toBe('data:application/json;charset=utf-8');
    expect(JSON.parse(decodeURIComponent(data ?? ''))).toEqual({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      settings: chosen,
    });
  });

  it('imports a good file: saves its settings and says so', async () => {
    const { onChange } = renderOptions();
    expect(screen.getByRole('button', { name: 'Import settings…' })).toBeTruthy();
    chooseFile(jsonFile(settingsFileText(chosen), 'backup.json'));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(chosen));
    await waitFor(() =>
      expect(document.querySelector('.rl-import-done')?.textContent).toBe(
        'Imported the settings in “backup.json”.',
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it.each([
    ['not JSON', 'hello', 'the file is not JSON.'],
    [
      'a __proto__ key',
      '{"format":"role-lens-settings","version":2,"settings":{"__proto__":{"enabled":false}}}',
      'the file holds a key that is not allowed, “__proto__”.',
    ],
    [
      'a wrong type',
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { enabled: 'no' } }),
      'the value of “enabled” is not right.',
    ],
    [
      'another format',
      JSON.stringify({ format: 'something-else', version: 1, settings: {} }),
      'this is not a settings file exported by Role Lens.',
    ],
  ])('refuses %s, changing nothing and saying why in an alert', async (_name, text, reason) => {
    const { onChange } = renderOptions();
    chooseFile(jsonFile(text, 'bad.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        `“bad.json” was not imported, and no setting changed: ${reason}`,
      ),
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a file too large to be settings without reading it', async () => {
    const { onChange } = renderOptions();
    const big = jsonFile('x'.repeat(MAX_SETTINGS_FILE_BYTES + 1), 'big.json');
    const text = vi.spyOn(big, 'text');
    chooseFile(big);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('too large (over 100 KB)'));
    expect(text).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });
});
