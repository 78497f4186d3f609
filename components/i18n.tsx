import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { HTML_LANG, type InterfaceLocale } from '../core/i18n/locale';
import { formatMessage, type MessageKey, type MessageValues } from '../core/i18n/messages';

/** Looks up one interface message, its `{placeholders}` filled from `values`. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(locale: InterfaceLocale): Translate {
  return (key, values) => formatMessage(locale, key, values);
}

const LocaleContext = createContext<InterfaceLocale>('zh-Hans');

/** Gives the components inside it (CompareTable, SearchBox) the interface language Popup or Options chose. */
export const LocaleProvider = LocaleContext.Provider;

/** The interface's words in the language of the nearest LocaleProvider; Simplified, the source's, outside one. */
export function useMessages(): Translate {
  return translator(useContext(LocaleContext));
}

/**
 * Keeps the page's `lang` (the glyphs Chinese is drawn with, the voice of a screen reader) and its title in the
 * interface language.
 */
export function useDocumentLanguage(locale: InterfaceLocale, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[locale];
    if (title) document.title = title;
  }, [locale, title]);
}
