import type { InterfaceLocale } from './locale';
import { CATALOGS, type MessageKey, placeholdersOf } from './messages';

/** One entry of an extension's `_locales/<locale>/messages.json`. */
export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A catalog as the extension i18n system reads it (`_locales/<locale>/messages.json`): `{host}` becomes
 * `$host$`, the n-th substitution of getMessage, numbered by its order in the Simplified source so that every
 * locale numbers a message's values alike; a literal `$` is doubled, as that format requires.
 */
export function chromeMessages(locale: InterfaceLocale): Record<MessageKey, ChromeMessage> {
  const catalog = CATALOGS[locale];
  const entries = (Object.keys(catalog) as MessageKey[]).map((key): [MessageKey, ChromeMessage] => {
    const order = placeholdersOf(CATALOGS['zh-Hans'][key]);
    const message = catalog[key].replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, '$$$1$$');
    if (order.length === 0) return [key, { message }];
    const placeholders = Object.fromEntries(order.map((name, index) => [name, { content: `$${index + 1}` }]));
    return [key, { message, placeholders }];
  });
  return Object.fromEntries(entries) as Record<MessageKey, ChromeMessage>;
}
