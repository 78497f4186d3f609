import type { InterfaceLocale } from './locale';
import { EN } from './messages-en';
import { ZH_HANS } from './messages-zh-hans';
import { ZH_HANT } from './messages-zh-hant';

/** Every message the interface has: the keys of the Simplified source catalog. */
export type MessageKey = keyof typeof ZH_HANS;
/** A whole catalog: one string for every key, so a locale missing a message does not compile. */
export type MessageCatalog = Record<MessageKey, string>;
/** The values a message's `{name}` placeholders are filled with. */
export type MessageValues = Record<string, string | number>;

/**
 * The one source of the interface's words. The popup and options bundle all three (the reader may choose a
 * language other than the browser's, which browser.i18n.getMessage cannot switch to at run time);
 * `_locales/*` for the manifest is generated from the same catalogs at build time (wxt.config.ts).
 */
export const CATALOGS: Record<InterfaceLocale, MessageCatalog> = {
  'zh-Hans': ZH_HANS,
  'zh-Hant': ZH_HANT,
  en: EN,
};

/** The names of a message's placeholders, in order of first appearance: "{host}" → ["host"]. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string))];
}

/** A message of `locale` with its placeholders filled in; a placeholder without a value stays visible. */
export function formatMessage(locale: InterfaceLocale, key: MessageKey, values: MessageValues = {}): string {
  return CATALOGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
