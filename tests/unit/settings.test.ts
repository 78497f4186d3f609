import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isActiveOn,
  marksPageOn,
  normalizeHost,
  parseSettings,
  withSiteToggled,
} from '../../core/settings';

const KNOWN = ['v01', 'v02', 'v03', 'v11', 'v12'];
const DEFAULTS = defaultSettings(['v01', 'v11']);

describe('parseSettings', () => {
  it('returns the defaults for anything that is not an object', () => {
    for (const raw of [null, undefined, 42, 'corrupt', [], true]) {
      expect(parseSettings(raw, KNOWN, DEFAULTS)).toEqual(DEFAULTS);
    }
  });

  it('keeps a valid stored value as it is', () => {
    const stored = {
      enabled: false,
      viewpoints: ['v02', 'v12'],
      families: ['sales'],
      disabledSites: ['example.com'],
      theme: 'dark',
      trigger: 'shift',
      markStyle: 'background',
      textSize: 16,
      language: 'zh-Hant',
      explainIn: 'zh-Hans',
    };
    expect(parseSettings(stored, KNOWN, DEFAULTS)).toEqual(stored);
  });

  it('repairs each corrupt field on its own and keeps the others', () => {
    const parsed = parseSettings(
      {
        enabled: 'yes',
        viewpoints: ['v12', 'v99', 'v02'],
        families: 'all',
        disabledSites: [1, 'A.com.'],
        theme: 'neon',
        trigger: 'wink',
        markStyle: { underline: true },
        textSize: 72,
        language: 'klingon',
        explainIn: 7,
      },
      KNOWN,
      DEFAULTS,
    );
    expect(parsed.enabled).toBe(DEFAULTS.enabled);
    expect(parsed.viewpoints).toEqual(['v02', 'v12']); // unknown dropped, source order restored
    expect(parsed.families).toEqual(DEFAULTS.families);
    expect(parsed.disabledSites).toEqual(['a.com']);
    expect(parsed.theme).toBe('auto');
    expect(parsed.trigger).toBe('hover');
    expect(parsed.markStyle).toBe('underline');
    expect(parsed.textSize).toBe('page');
    expect(parsed.language).toBe('auto');
    expect(parsed.explainIn).toBe('page');
  });

  it('takes settings stored before a field existed: the new fields get their defaults, the old keep', () => {
    const older = {
      enabled: true,
      viewpoints: ['v03'],
      families: ['sales'],
      disabledSites: [],
      theme: 'light',
    };
    expect(parseSettings(older, KNOWN, DEFAULTS)).toEqual({
      ...older,
      trigger: 'hover',
      markStyle: 'underline',
      textSize: 'page',
      language: 'auto',
      explainIn: 'page',
    });
  });

  it('keeps a text size only as a whole number of px from 12 to 20, or page', () => {
    const size = (textSize: unknown) => parseSettings({ textSize }, KNOWN, DEFAULTS).textSize;
    expect([size(12), size(20), size('page')]).toEqual([12, 20, 'page']);
    expect([size(11), size(21), size(14.5), size('16'), size(Number.NaN)]).toEqual(Array(5).fill('page'));
  });

  it('never hands out the defaults object itself, so callers cannot corrupt them', () => {
    const parsed = parseSettings(null, KNOWN, DEFAULTS);
    parsed.viewpoints.push('v03');
    expect(DEFAULTS.viewpoints).toEqual(['v01', 'v11']);
  });

  it('keeps an empty viewpoint selection: choosing none is a choice', () => {
    expect(parseSettings({ viewpoints: [] }, KNOWN, DEFAULTS).viewpoints).toEqual([]);
  });
});

describe('isActiveOn', () => {
  it('is off everywhere when disabled, and off on listed sites', () => {
    const settings = { ...DEFAULTS, disabledSites: ['jobs.example.com'] };
    expect(isActiveOn(settings, 'www.example.com')).toBe(true);
    expect(isActiveOn(settings, 'JOBS.example.com')).toBe(false);
    expect(isActiveOn({ ...settings, enabled: false }, 'www.example.com')).toBe(false);
  });

  it('normalizes host names the way they are stored', () => {
    expect(normalizeHost(' WWW.Example.COM. ')).toBe('www.example.com');
  });
});

describe('marksPageOn', () => {
  it('leaves pages alone with mark style none (the popup only), and wherever Role Lens is off', () => {
    const settings = { ...DEFAULTS, disabledSites: ['jobs.example.com'] };
    expect(marksPageOn(settings, 'www.example.com')).toBe(true);
    expect(marksPageOn({ ...settings, markStyle: 'background' }, 'www.example.com')).toBe(true);
    expect(marksPageOn({ ...settings, markStyle: 'none' }, 'www.example.com')).toBe(false);
    expect(marksPageOn(settings, 'jobs.example.com')).toBe(false);
    expect(marksPageOn({ ...settings, enabled: false }, 'www.example.com')).toBe(false);
  });
});

describe('withSiteToggled', () => {
  it('switches a site off once and back on, leaving other sites alone', () => {
    const start = { ...DEFAULTS, disabledSites: ['a.com'] };
    const off = withSiteToggled(start, 'Jobs.Example.com', true);
    expect(off.disabledSites).toEqual(['a.com', 'jobs.example.com']);
    expect(withSiteToggled(off, 'jobs.example.com', true).disabledSites).toEqual([
      'a.com',
      'jobs.example.com',
    ]);
    expect(withSiteToggled(off, 'jobs.example.com', false).disabledSites).toEqual(['a.com']);
    expect(start.disabledSites).toEqual(['a.com']);
  });
});
