import { useMemo, useState } from 'preact/hooks';
import { cardForTerm, searchTerms } from '../core/knowledge/catalog';
import type { Settings } from '../core/settings';
import { FAMILIES, FAMILY_LABEL } from '../core/types';
import { CompareTable } from './CompareTable';
import { SearchBox } from './SearchBox';
import { TermCard } from './TermCard';

/** How many search results the popup lists before asking for a longer query. */
export const MAX_RESULTS = 8;

export interface PopupProps {
  settings: Settings;
  /** Host of the active tab, when the popup could read it (for the per-site switch). */
  host?: string;
  onToggleSite?: (host: string, disabled: boolean) => void;
  onOpenOptions?: () => void;
  /** Puts the card on the clipboard as Markdown; the card's copy button says whether it worked. */
  onCopy?: (markdown: string) => Promise<void>;
}

/** The toolbar popup: look any term up, jump to the three core words, or compare them side by side. */
export function Popup({ settings, host, onToggleSite, onOpenOptions, onCopy }: PopupProps) {
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
    <main class="rl-root rl-popup" data-theme={settings.theme}>
      <header class="rl-popup-header">
        <h1 class="rl-popup-title">Role Lens 岗位透镜</h1>
        <button type="button" class="rl-button rl-link" onClick={onOpenOptions}>
          设置
        </button>
      </header>
      <SearchBox
        value={query}
        placeholder="输入运营、營運、运营总监、sales…"
        onInput={(value) => {
          setQuery(value);
          setSelected(undefined);
          setComparing(false);
        }}
      />
      <nav class="rl-quick" aria-label="三个核心词">
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
          三者对比
        </button>
      </nav>
      {!comparing && results.length > 1 && (
        <ul class="rl-results" aria-label="搜索结果">
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
        query.trim() && <p class="rl-silence">没有找到“{query.trim()}”。试试运营、营销、销售或某个职位名。</p>
      )}
      {host && onToggleSite && (
        <label class="rl-site-toggle">
          <input type="checkbox" checked={!siteDisabled} onChange={() => onToggleSite(host, !siteDisabled)} />
          在 {host} 上标记
        </label>
      )}
    </main>
  );
}
