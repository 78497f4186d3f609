import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../../core/settings';
import {
  MAX_SETTINGS_FILE_BYTES,
  readSettingsFile,
  SETTINGS_FILE_FORMAT,
  settingsFileText,
} from '../../core/settings-file';

const KNOWN = ['v01', 'v02', 'v03', 'v11', 'v12'];
const CURRENT = defaultSettings(['v01', 'v11']);
const CHOSEN: Settings = {
  enabled: false,
  viewpoints: ['v02', 'v12'],
  families: ['sales'],
  disabledSites: ['jobs.example.com', '*.example.org'],
  theme: 'dark',
  trigger: 'alt',
  markStyle: 'background',
  textSize: 18,
  language: 'en',
  explainIn: 'zh-Hans',
  badge: true,
};

const file = (settings: unknown, version: unknown = SETTINGS_VERSION) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });
const read = (text: string) => readSettingsFile(text, CURRENT, KNOWN);

describe('the settings file', () => {
  it('round-trips: what is exported imports as the same settings', () => {
    const text = settingsFileText(CHOSEN);
    expect(JSON.parse(text)).toEqual({
      format: 'role-lens-settings',
      version: SETTINGS_VERSION,
      settings: CHOSEN,
    });
    expect(read(text)).toEqual({ settings: CHOSEN });
  });

  it('migrates a version 1 file: its site lines become the sites they meant, every other choice kept', () => {
    const v1 = {
      ...CHOSEN,
      disabledSites: ['http://Jobs.Example.com:8080/list', '*.example.org', 'www.例子.测试'],
    };
    expect(read(file(v1, 1)).settings).toEqual({
      ...CHOSEN,
      disabledSites: ['jobs.example.com', '*.example.org', 'www.xn--fsqu00a.xn--0zwm56d'],
    });
  });

  it('keeps the current choice for what a file leaves out, and leaves out viewpoints this version lacks', () => {
    const current = { ...CURRENT, theme: 'light' as const };
    expect(readSettingsFile(file({ enabled: false, viewpoints: ['v99', 'v03'] }), current, KNOWN)).toEqual({
      settings: { ...current, enabled: false, viewpoints: ['v03'] },
    });
  });

  it.each([
    ['not JSON', '{"format": "role-lens-settings",', { reason: 'not-json' }],
    ['an empty file', '', { reason: 'not-json' }],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, settings: {} }),
      { reason: 'not-settings' },
    ],
    ['an array', '[]', { reason: 'not-settings' }],
    ['settings not an object', file([1, 2]), { reason: 'not-settings' }],
    ['no version', JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: {} }), { reason: 'bad-version' }],
    ['a version as text', file({}, '2'), { reason: 'bad-version' }],
    ['version 0', file({}, 0), { reason: 'bad-version' }],
    ['a newer version', file({}, SETTINGS_VERSION + 1), { reason: 'newer', version: SETTINGS_VERSION + 1 }],
    [
      'a __proto__ key',
      file(JSON.parse('{"__proto__": {"enabled": false}}')),
      { reason: 'hostile-key', key: '__proto__' },
    ],
    [
      'a nested constructor key',
      file({ theme: 'dark', x: { constructor: { prototype: 1 } } }),
      { reason: 'hostile-key', key: 'prototype' },
    ],
    ['enabled as text', file({ enabled: 'yes' }), { reason: 'bad-field', field: 'enabled' }],
    ['viewpoints not a list', file({ viewpoints: 'v01' }), { reason: 'bad-field', field: 'viewpoints' }],
    ['an unknown family', file({ families: ['sales', 'hr'] }), { reason: 'bad-field', field: 'families' }],
    [
      'a site as a number',
      file({ disabledSites: ['a.com', 7] }),
      { reason: 'bad-field', field: 'disabledSites' },
    ],
    ['an unknown theme', file({ theme: 'neon' }), { reason: 'bad-field', field: 'theme' }],
    ['a text size out of range', file({ textSize: 72 }), { reason: 'bad-field', field: 'textSize' }],
    [
      'a site that is none',
      file({ disabledSites: ['a.com', 'javascript:alert(1)'] }),
      { reason: 'bad-site', site: 'javascript:alert(1)' },
    ],
  ])('refuses %s, saying why', (_name, text, refusal) => {
    expect(read(text)).toEqual({ refusal });
  });

  it('refuses a file too large to be settings before reading it', () => {
    const padded = file({ ...CHOSEN, padding: 'x'.repeat(MAX_SETTINGS_FILE_BYTES) });
    expect(read(padded)).toEqual({ refusal: { reason: 'too-large' } });
  });

  it('pollutes no prototype, whatever the file says', () => {
    read(file(JSON.parse('{"__proto__": {"polluted": true}}')));
    read('{"__proto__": {"polluted": true}, "format": "role-lens-settings", "version": 1, "settings": {}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
