import type { Settings } from '../settings';

/** The three languages the interface is written in (issue 12). */
export const INTERFACE_LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number];

/** Each interface language's folder under `_locales/` (the extension i18n system's names). */
export const LOCALE_FOLDER: Record<InterfaceLocale, string> = {
  'zh-Hans': 'zh_CN',
  'zh-Hant': 'zh_TW',
  en: 'en',
};

/** Each interface language as an HTML `lang`: it picks the right glyphs (Taiwan's forms for zh-TW) and voice. */
export const HTML_LANG: Record<InterfaceLocale, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en',
};

/**
 * The interface language for a browser language tag (browser.i18n.getUILanguage, e.g. "zh-TW", "en-US"):
 * Taiwan, Hong Kong, Macau and any explicit Hant script read Traditional; every other Chinese reads Simplified;
 * anything else reads English.
 */
export function localeForBrowserLanguage(tag: string): InterfaceLocale {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((part) => part === 'tw' || part === 'hk' || part === 'mo') ? 'zh-Hant' : 'zh-Hans';
}

/** The language the popup and options speak: the one chosen in the settings, else the browser's. */
export function interfaceLocale(language: Settings['language'], browserLanguage: string): InterfaceLocale {
  return language === 'auto' ? localeForBrowserLanguage(browserLanguage) : language;
}
