import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeMessages } from '../../core/i18n/chrome-messages';
import {
  INTERFACE_LOCALES,
  type InterfaceLocale,
  interfaceLocale,
  localeForBrowserLanguage,
} from '../../core/i18n/locale';
import { CATALOGS, formatMessage, type MessageKey, placeholdersOf } from '../../core/i18n/messages';
import { PRESET_MESSAGES } from '../../core/i18n/preset-messages';
import type { ViewpointPreset } from '../../core/knowledge/types';

// The interface's message catalogs (core/i18n/): complete in every language, each key used by the code and
// no key used that the catalogs lack, and the `_locales` form of them saying the same as the popup's lookup.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['components', 'core', 'entrypoints', 'page-ui', 'platform'];
const CATALOG_FILE = /^core\/i18n\/messages-[\w-]+\.ts$/;

/** Every source file of the extension (the catalogs themselves aside), with its text. */
function sourceFiles(): { file: string; text: string }[] {
  const files = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' }).map((name) =>
      path.join(folder, name),
    ),
  )
    .filter((file) => /\.(ts|tsx|html)$/.test(file) && !CATALOG_FILE.test(file))
    .concat('wxt.config.ts');
  return files.map((file) => ({ file, text: readFileSync(path.join(projectRoot, file), 'utf8') }));
}

const keys = Object.keys(CATALOGS['zh-Hans']) as MessageKey[];
const sources = sourceFiles();

describe('the message catalogs', () => {
  it.each(INTERFACE_LOCALES)('%s has every key, each non-empty, with the same placeholders', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(catalog[key].trim(), key).not.toBe('');
      expect(placeholdersOf(catalog[key]).sort(), key).toEqual(
        placeholdersOf(CATALOGS['zh-Hans'][key]).sort(),
      );
    }
  });

  it('names messages as messages.json allows: letters, digits and _', () => {
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('has every key used somewhere in the code', () => {
    const unused = keys.filter(
      (key) => !sources.some(({ text }) => text.includes(`'${key}'`) || text.includes(`__MSG_${key}__`)),
    );
    expect(unused).toEqual([]);
  });

  it('has every key the code asks for, in a lookup or the manifest', () => {
    const asked = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\bt\(\s*'(\w+)'|__MSG_(\w+)__/g)].map((match) => ({
        file,
        key: match[1] ?? match[2] ?? '',
      })),
    );
    expect(asked.length).toBeGreaterThan(40);
    expect(asked.filter(({ key }) => !(key in CATALOGS['zh-Hans']))).toEqual([]);
  });

  it('names every viewpoint preset, in Simplified as data/viewpoint-presets.json does', () => {
    const presets = JSON.parse(
      readFileSync(path.join(projectRoot, 'data/viewpoint-presets.json'), 'utf8'),
    ) as ViewpointPreset[];
    for (const preset of presets) {
      const messages = PRESET_MESSAGES[preset.preset];
      expect(messages, preset.preset).toBeDefined();
      if (!messages) continue;
      expect(CATALOGS['zh-Hans'][messages.label]).toBe(preset.label);
      expect(CATALOGS['zh-Hans'][messages.hint]).toBe(preset.description);
    }
  });

  it('writes Traditional as Taiwan does, not Simplified words in Traditional characters', () => {
    // Mainland words (left) that Taiwan says otherwise: 設定, 行銷, 營運, 預設, 介面, 儲存, 網路, 使用者, 游標.
    const mainland = [
      '設置',
      '營銷',
      '運營',
      '默認',
      '界面',
      '保存',
      '網絡',
      '互聯網',
      '用戶',
      '鼠標',
      '信息',
    ];
    // Simplified characters that must not survive in Traditional (the language's own name aside).
    const simplified = /[运营销设选择点击线标记么观语简这个组谁说对实网页开关显认预执结为门总监业务时]/;
    const { language_zh_hans: _ownName, ...traditional } = CATALOGS['zh-Hant'];
    for (const [key, message] of Object.entries(traditional)) {
      for (const word of mainland) expect(message, key).not.toContain(word);
      expect(message, key).not.toMatch(simplified);
    }
    expect(CATALOGS['zh-Hant'].popup_open_options).toBe('設定');
    expect(CATALOGS['zh-Hant'].options_enabled).toContain('營運、行銷、銷售');
  });

  it('keeps English free of Chinese but the words it explains and the languages’ own names', () => {
    const allowed = /运营总监|运营|营销|销售|營運|简体中文|繁體中文|简体/g;
    for (const [key, message] of Object.entries(CATALOGS.en)) {
      expect(message.replace(allowed, ''), key).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('fills placeholders, and leaves one without a value in sight', () => {
    expect(formatMessage('en', 'popup_mark_on_site', { host: 'jobs.example.com' })).toBe(
      'Mark words on jobs.example.com',
    );
    expect(formatMessage('zh-Hant', 'text_size_px', { size: 16 })).toBe('16 像素');
    expect(formatMessage('zh-Hans', 'popup_mark_on_site')).toBe('在 {host} 上标记');
  });
});

/** What browser.i18n.getMessage makes of a messages.json entry (Chrome's rules, for `$name$`, `$1` and `$$`). */
function getMessage(entry: ReturnType<typeof chromeMessages>[MessageKey], substitutions: string[]): string {
  return entry.message.replace(/\$\$|\$(\w+)\$/g, (whole, name?: string) => {
    if (whole === '$$') return '$';
    const content = entry.placeholders?.[(name ?? '').toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

describe('the _locales form of the catalogs', () => {
  it.each(INTERFACE_LOCALES)('%s says through getMessage what the popup and options say', (locale) => {
    const messages = chromeMessages(locale);
    for (const key of keys) {
      const names = placeholdersOf(CATALOGS['zh-Hans'][key]);
      const values = Object.fromEntries(names.map((name, index) => [name, `«${index}»`]));
      expect(getMessage(messages[key], Object.values(values)), key).toBe(formatMessage(locale, key, values));
    }
  });
});

describe('the interface language', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr', 'en'],
    ['ja', 'en'],
  ] satisfies [string, InterfaceLocale][])('follows a browser in %s: %s', (tag, locale) => {
    expect(localeForBrowserLanguage(tag)).toBe(locale);
  });

  it('is the one chosen in the settings, else the browser’s', () => {
    expect(interfaceLocale('en', 'zh-TW')).toBe('en');
    expect(interfaceLocale('zh-Hant', 'en-US')).toBe('zh-Hant');
    expect(interfaceLocale('zh-Hans', 'zh-TW')).toBe('zh-Hans');
    expect(interfaceLocale('auto', 'zh-TW')).toBe('zh-Hant');
    expect(interfaceLocale('auto', 'de-DE')).toBe('en');
  });
});
