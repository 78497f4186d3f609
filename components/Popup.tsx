import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { interfaceLocale } from '../core/i18n/locale';
import { cardForTerm, getTerm } from '../core/knowledge/catalog';
import { search, termLabel } from '../core/knowledge/search';
import type { TermEntry } from '../core/knowledge/types';
import { isSiteOff, type Settings } from '../core/settings';
import { isTabOff, shownCount, shownTotal, type TabState } from '../core/tab-state';
import { FAMILIES, FAMILY_LABEL } from '../core/types';
import { CompareTable } from './CompareTable';
import { LocaleProvider, translator, useDocumentLanguage, useMessages } from './i18n';
import { SearchBox } from './SearchBox';
import { TermCard } from './TermCard';

/** The listbox of results (or of recent lookups), which the search box controls. */
const LIST_ID = 'rl-results';
const optionId = (index: number) => `rl-option-${index}`;

/**
 * What the popup knows of the page it opened over: still asking its content script, nobody answering there
 * (a browser page, the web store, a PDF, a page loaded before Role Lens), or its state.
 */
export type PageView = { kind: 'asking' } | { kind: 'unavailable' } | { kind: 'state'; state: TabState };

export interface PopupProps {
  settings: Settings;
  /** The browser's language (browser.i18n.getUILanguage): the interface's when the setting says 'auto'. */
  browserLanguage: string;
  /** The page the popup opened over (issue 13): shown on top. Absent: no page (the popup page in a window). */
  page?: PageView;
  /** Text to look up on opening (a selection the context menu sent here). */
  initialQuery?: string;
  /** Host of the active tab, when the popup could read it (for the per-site switch). */
  host?: string;
  onToggleSite?: (host: string, disabled: boolean) => void;
  onOpenOptions?: () => void;
  /** Puts the card on the clipboard as Markdown; the card's copy button says whether it worked. */
  onCopy?: (markdown: string) => Promise<void>;
  /** Ids of the entries looked up last, latest first (platform/recent-lookups.ts): listed while the box is empty. */
  recent?: readonly string[];
  /** An entry was picked from the list (Enter or a click): remember it as a recent lookup. */
  onLookup?: (termId: string) => void;
}

/** The toolbar popup: look any term up, jump to the three core words, or compare them side by side. */
export function Popup({
  settings,
  browserLanguage,
  host,
  onToggleSite,
  onOpenOptions,
  onCopy,
  recent = [],
  onLookup,
  page,
  initialQuery,
}: PopupProps) {
  const locale = interfaceLocale(settings.language, browserLanguage);
  const t = translator(locale);
  useDocumentLanguage(locale, t('extension_name'));
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>();
  const [comparing, setComparing] = useState(false);
  // The combobox: whether its listbox is open, and the option ↑/↓ reached (-1: none yet).
  const [expanded, setExpanded] = useState(true);
  const [active, setActive] = useState(-1);
  // A selection sent from the context menu arrives once the popup has asked for it: it is looked up.
  useEffect(() => {
    if (!initialQuery) return;
    setQuery(initialQuery);
    setSelected(undefined);
    setComparing(false);
    setExpanded(false);
  }, [initialQuery]);
  const answer = useMemo(() => search(query), [query]);
  const recentTerms = useMemo(
    () => recent.map((id) => getTerm(id)).filter((term): term is TermEntry => term !== undefined),
    [recent],
  );
  const searching = query.trim() !== '';
  // Every entry the query finds (the list scrolls), or with an empty box the recent lookups.
  const options = searching ? answer.hits.map((hit) => hit.term) : recentTerms;
  // A false friend (运营商) is answered by itself: no card until the reader picks the word it holds.
  const shownId = selected ?? (searching && !answer.falseFriend ? options[0]?.id : undefined);
  const listShown =
    !comparing && expanded && (searching ? options.length > 1 || !!answer.falseFriend : options.length > 0);
  // The popup has no page: its cards speak the interface's language, unless the reader chose the source's.
  const cardLanguage = settings.explainIn === 'zh-Hans' ? 'zh-Hans' : locale;
  const card = useMemo(
    () => (shownId ? cardForTerm(shownId, settings.viewpoints, cardLanguage) : undefined),
    [shownId, settings.viewpoints, cardLanguage],
  );
  const choose = (id: string) => {
    setComparing(false);
    setSelected(id);
    // The card asked for comes up: the list closes (↓ in the box opens it again).
    setExpanded(false);
    setActive(-1);
  };
  /** An option taken from the list: its card, the list closed so the card comes up, and kept as recent. */
  const pick = (index: number) => {
    const term = options[index];
    if (!term) return;
    choose(term.id);
    onLookup?.(term.id);
  };
  const move = (step: 1 | -1) => {
    if (options.length === 0) return;
    setComparing(false);
    if (!listShown) {
      setExpanded(true);
      setActive(step === 1 ? 0 : options.length - 1);
      return;
    }
    const last = options.length - 1;
    // From no option yet, ↓ reaches the first and ↑ the last; past either end, round to the other.
    setActive((index) =>
      index < 0 ? (step === 1 ? 0 : last) : (index + step + options.length) % options.length,
    );
  };
  // The option reached stays in view as ↑/↓ walk a list longer than its box.
  useLayoutEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  return (
    <LocaleProvider value={locale}>
      <main class="rl-root rl-popup" data-theme={settings.theme}>
        <header class="rl-popup-header">
          <h1 class="rl-popup-title">{t('extension_name')}</h1>
          <button type="button" class="rl-button rl-link" onClick={onOpenOptions}>
            {t('popup_open_options')}
          </button>
        </header>
        {(page || (host && onToggleSite)) && (
          <PageState page={page} settings={settings} host={host} onToggleSite={onToggleSite} />
        )}
        <SearchBox
          value={query}
          placeholder={t('popup_search_placeholder')}
          listId={LIST_ID}
          expanded={listShown}
          activeId={listShown && active >= 0 ? optionId(active) : undefined}
          onMove={move}
          onPick={() => pick(listShown && active >= 0 ? active : 0)}
          onClose={() => {
            setExpanded(false);
            setActive(-1);
          }}
          onInput={(value) => {
            setQuery(value);
            setSelected(undefined);
            setComparing(false);
            setExpanded(true);
            setActive(-1);
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
        {listShown && (
          <div class="rl-results-box">
            <p class="rl-results-head">
              {searching ? t('popup_results_count', { count: options.length }) : t('popup_recent')}
            </p>
            <div
              class="rl-results"
              id={LIST_ID}
              role="listbox"
              aria-label={searching ? t('popup_results') : t('popup_recent')}
            >
              {options.map((term, index) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys reach the options through the combobox (↑/↓, Enter), as the pattern wants.
                <div
                  key={term.id}
                  id={optionId(index)}
                  role="option"
                  class="rl-result"
                  aria-selected={index === active}
                  // Focus stays in the box (aria-activedescendant); -1 only makes the option focusable by script.
                  tabIndex={-1}
                  data-term={term.id}
                  data-current={term.id === shownId ? 'true' : undefined}
                  // The box keeps the focus (and so the keys) while an option is clicked.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(index)}
                >
                  <span class="rl-result-name">{termLabel(term)}</span>
                  {'family' in term && <span class="rl-result-family">{FAMILY_LABEL[term.family]}</span>}
                </div>
              ))}
            </div>
          </div>
        )}
        {/* The one part that scrolls: the popup keeps within Chrome's 600 px, with no scrollbar of its own. */}
        <div class="rl-popup-body">
          {!comparing && searching && answer.falseFriend && (
            <p class="rl-false-friend" role="status">
              {t('popup_false_friend', { word: answer.falseFriend.word })}
            </p>
          )}
          {comparing ? (
            <CompareTable viewpointIds={settings.viewpoints} language={cardLanguage} />
          ) : card ? (
            <TermCard key={card.entry.id} card={card} onCopy={onCopy} />
          ) : (
            searching &&
            !answer.falseFriend && <p class="rl-silence">{t('popup_not_found', { query: query.trim() })}</p>
          )}
        </div>
      </main>
    </LocaleProvider>
  );
}

interface PageStateProps {
  /** Absent: no page under the popup to tell of, only its site's switch. */
  page?: PageView;
  settings: Settings;
  host?: string;
  onToggleSite?: (host: string, disabled: boolean) => void;
}

/**
 * The page's state, first thing in the popup: how many marks of each word the page holds (each word drawn in
 * its mark's line style, so the legend comes with it), or why it holds none; and the switch for this site.
 */
function PageState({ page, settings, host, onToggleSite }: PageStateProps) {
  const t = useMessages();
  const siteOff = !!host && isSiteOff(settings, host);
  const state = page?.kind === 'state' ? page.state : undefined;
  const off = !!state && isTabOff(state, settings);
  const counting = state && !off && settings.markStyle !== 'none';
  const countsShown = counting && state.counts !== undefined && shownTotal(state, settings) > 0;
  let note: string | undefined;
  if (!page) note = undefined;
  else if (page.kind === 'asking') note = t('popup_page_counting');
  else if (page.kind === 'unavailable') note = t(host ? 'popup_page_reload' : 'popup_page_unavailable');
  else if (!settings.enabled) note = t('popup_page_off_all');
  else if (off) note = t('popup_page_off_site');
  else if (settings.markStyle === 'none') note = t('popup_page_no_marks');
  else if (!state?.counts) note = t('popup_page_counting');
  else if (!countsShown) note = t('popup_page_none');
  const count = (family: (typeof FAMILIES)[number]) => (state ? shownCount(state, settings, family) : 0);
  return (
    <section class="rl-page" aria-labelledby="rl-page-title" data-state={off ? 'off' : page?.kind}>
      <div class="rl-page-row" hidden={!page}>
        <h2 id="rl-page-title" class="rl-page-title">
          {t('popup_page_title')}
        </h2>
        {countsShown ? (
          <ul
            class="rl-counts"
            aria-label={t('popup_page_counts', {
              operations: count('operations'),
              marketing: count('marketing'),
              sales: count('sales'),
            })}
          >
            {FAMILIES.map((family) => (
              <li key={family} class="rl-count" data-family={family}>
                <span class="rl-count-word" data-family={family}>
                  {FAMILY_LABEL[family]}
                </span>
                {settings.families.includes(family) ? (
                  <b class="rl-count-number">{count(family)}</b>
                ) : (
                  <span class="rl-count-off">{t('popup_family_not_marked')}</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="rl-page-note" role="status">
            {note}
          </p>
        )}
      </div>
      {host && onToggleSite && (
        <label class="rl-site-toggle">
          <input
            type="checkbox"
            role="switch"
            aria-checked={!siteOff}
            checked={!siteOff}
            onChange={() => onToggleSite(host, !siteOff)}
          />
          {t('popup_mark_on_site', { host })}
        </label>
      )}
    </section>
  );
}
