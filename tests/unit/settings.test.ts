import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isActiveOn,
  isSiteOff,
  marksPageOn,
  migrateSettings,
  normalizeHost,
  parseSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
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
      badge: true,
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
        badge: 'on',
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
    expect(parsed.badge).toBe(false);
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
      badge: false,
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

  it('is off on a wildcard domain and every subdomain of it, and nowhere else', () => {
    const settings = { ...DEFAULTS, disabledSites: ['*.example.org'] };
    for (const host of ['example.org', 'www.example.org', 'A.B.Example.org.']) {
      expect(isActiveOn(settings, host), host).toBe(false);
      expect(isSiteOff(settings, host), host).toBe(true);
    }
    for (const host of ['badexample.org', 'example.org.evil.com', 'example.com']) {
      expect(isActiveOn(settings, host), host).toBe(true);
    }
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

  it('adds nothing when a wildcard already holds the site, and switching it on removes what holds it', () => {
    const start = { ...DEFAULTS, disabledSites: ['*.example.com', 'a.com', 'www.example.com'] };
    expect(withSiteToggled(start, 'jobs.example.com', true).disabledSites).toEqual(start.disabledSites);
    const on = withSiteToggled(start, 'www.example.com', false);
    expect(on.disabledSites).toEqual(['a.com']);
    expect(isSiteOff(on, 'www.example.com')).toBe(false);
  });
});

/** What version 1 stored: every field of that shape, the site list as the options page of then saved it. */
const STORED_V1 = {
  enabled: false,
  viewpoints: ['v02', 'v12'],
  families: ['sales', 'operations'],
  disabledSites: [
    'jobs.example.com',
    'http://host.example:8080/path',
    '*.example.org',
    'www.例子.测试',
    'not a site',
    'jobs.example.com:443',
  ],
  theme: 'dark',
  trigger: 'click',
  markStyle: 'background',
  textSize: 18,
  language: 'zh-Hant',
  explainIn: 'interface',
};

describe('settings versions and their migrations', () => {
  it('has one migration for each version after the first', () => {
    const steps = Object.keys(SETTINGS_MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, index) => index + 2));
  });

  it('2: keeps every choice of version 1 and turns each site line into the site it meant', () => {
    const migrated = parseSettings(migrateSettings(structuredClone(STORED_V1), 1), KNOWN, DEFAULTS);
    const expected: Settings = {
      ...(STORED_V1 as Settings),
      families: ['operations', 'sales'], // the known order, as repair always gave it
      disabledSites: ['jobs.example.com', 'host.example', '*.example.org', 'www.xn--fsqu00a.xn--0zwm56d'],
      badge: false, // added after version 2 as an optional field: older settings get its default
    };
    expect(migrated).toEqual(expected);
    expect(isActiveOn({ ...migrated, enabled: true }, 'host.example')).toBe(false);
  });

  it('2: leaves a value that holds no list as it is, and never throws on junk', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'x',
      [],
      { disabledSites: 'a.com' },
      { disabledSites: [null, {}] },
    ]) {
      expect(() => migrateSettings(junk, 1)).not.toThrow();
    }
    expect(migrateSettings({ theme: 'dark' }, 1)).toEqual({ theme: 'dark' });
    expect(migrateSettings({ disabledSites: [null, 'A.com', 5] }, 1)).toEqual({ disabledSites: ['a.com'] });
  });

  it('runs nothing on settings already at this version', () => {
    const current = { disabledSites: ['Not normalised'] };
    expect(migrateSettings(current, SETTINGS_VERSION)).toBe(current);
  });
});

describe('repair', () => {
  it('never throws and keeps every valid field, whatever storage or a file holds', () => {
    const hostile = [
      JSON.parse('{"__proto__": {"enabled": false}, "theme": "dark"}'),
      Object.assign(Object.create(null), { theme: 'light', enabled: false }),
      { viewpoints: [undefined, 'v02'], families: [null, 'sales'], disabledSites: [[], {}, 'ok.com'] },
      Object.freeze({ textSize: 14, constructor: 'x', toString: 5 }),
      { viewpoints: Array.from({ length: 100_000 }, () => 'v02') },
    ];
    for (const raw of hostile) expect(() => parseSettings(raw, KNOWN, DEFAULTS)).not.toThrow();
    const [proto, nullProto, holes, frozen, huge] = hostile.map((raw) => parseSettings(raw, KNOWN, DEFAULTS));
    expect(proto?.theme).toBe('dark');
    expect(proto?.enabled).toBe(true);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(nullProto).toMatchObject({ theme: 'light', enabled: false });
    expect(holes?.viewpoints).toEqual(DEFAULTS.viewpoints);
    expect(holes?.disabledSites).toEqual(['ok.com']);
    expect(frozen?.textSize).toBe(14);
    expect(huge?.viewpoints).toEqual(['v02']);
  });
});
