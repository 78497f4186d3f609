import { useMemo, useState } from 'preact/hooks';
import { interfaceLocale } from '../core/i18n/locale';
import { cardForTerm } from '../core/knowledge/catalog';
import { searchTerms } from '../core/knowledge/search';
import type { Settings } from '../core/settings';
import { FAMILIES, FAMILY_LABEL } from '../core/types';
import { CompareTable } from './CompareTable';
import { LocaleProvider, translator, useDocumentLanguage } from './i18n';
import { SearchBox } from './SearchBox';
import { TermCard } from './TermCard';

/** How many search results the popup lists before asking for a longer query. */
export const MAX_RESULTS = 8;

export interface PopupProps {
  settings: Settings;
  /** The browser's language (browser.i18n.getUILanguage): the interface's when the setting says 'auto'. */
  browserLanguage: string;
  /** Host of the active tab, when the popup could read it (for the per-site switch). */
  host?: string;
  onToggleSite?: (host: string, disabled: boolean) => void;
  onOpenOptions?: () => void;
  /** Puts the card on the clipboard as Markdown; the card's copy button says whether it worked. */
  onCopy?: (markdown: string) => Promise<void>;
}

/** The toolbar popup: look any term up, jump to the three core words, or compare them side by side. */
export function Popup({ settings, browserLanguage, host, onToggleSite, onOpenOptions, onCopy }: PopupProps) {
  const locale = interfaceLocale(settings.language, browserLanguage);
  const t = translator(locale);
  useDocumentLanguage(locale, t('extension_name'));
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>();
  const [comparing, setComparing] = useState(false);
  const results = useMemo(() => searchTerms(query, MAX_RESULTS), [query]);
  const shownId = selected ?? results[0]?.id;
  const card = useMemo(
    () => (shownId ? cardForTerm(shownId, settings.viewpoints) : undefined),
    [shownId, settings.viewpoints],
  );
  const siteDisabled = !!host && settings.disabledSites.includes(host);

  const choose = (id: string) => {
    setComparing(false);
    setSelected(id);
  };

  return (
    <LocaleProvider value={locale}>
      <main class="rl-root rl-popup" data-theme={settings.theme}>
        <header class="rl-popup-header">
          <h1 class="rl-popup-title">{t('extension_name')}</h1>
          <button type="button" class="rl-button rl-link" onClick={onOpenOptions}>
            {t('popup_open_options')}
          </button>
        </header>
        <SearchBox
          value={query}
          placeholder={t('popup_search_placeholder')}
          onInput={(value) => {
            setQuery(value);
            setSelected(undefined);
            setComparing(false);
          }}
        />
        <nav class="rl-quick" aria-label={t('popup_core_words')}>
          {FAMILIES.map((family) => (
            <button
              type="button"
              key={family}
              class="rl-button"
              aria-pressed={!comparing && shownId === FAMILY_LABEL[family]}
              onClick={() => choose(FAMILY_LABEL[family])}
            >
              {FAMILY_LABEL[family]}
            </button>
          ))}
          <button
            type="button"
            class="rl-button"
            aria-pressed={comparing}
            onClick={() => setComparing(!comparing)}
          >
            {t('popup_compare')}
          </button>
        </nav>
        {!comparing && results.length > 1 && (
          <ul class="rl-results" aria-label={t('popup_results')}>
            {results.map((term) => (
              <li key={term.id}>
                <button
                  type="button"
                  class="rl-result"
                  aria-current={term.id === shownId}
                  onClick={() => choose(term.id)}
                >
                  {term.id}
                </button>
              </li>
            ))}
          </ul>
        )}
        {comparing ? (
          <CompareTable viewpointIds={settings.viewpoints} />
        ) : card ? (
          <TermCard key={card.entry.id} card={card} onCopy={onCopy} />
        ) : (
          query.trim() && <p class="rl-silence">{t('popup_not_found', { query: query.trim() })}</p>
        )}
        {host && onToggleSite && (
          <label class="rl-site-toggle">
            <input
              type="checkbox"
              checked={!siteDisabled}
              onChange={() => onToggleSite(host, !siteDisabled)}
            />
            {t('popup_mark_on_site', { host })}
          </label>
        )}
      </main>
    </LocaleProvider>
  );
}
