import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/controls.css';
import './popup.css';
import { type PageView, Popup } from '../../components/Popup';
import { withSiteToggled } from '../../core/settings';
import { activeTab } from '../../platform/active-tab';
import { followTabState, pendingQuery } from '../../platform/page-state';
import { loadRecentLookups, rememberLookup } from '../../platform/recent-lookups';
import { saveSettings } from '../../platform/settings-store';
import { useSettings } from '../../platform/use-settings';

/**
 * The context menu opens this page in a window of its own (with `?q=`) where the toolbar popup cannot open:
 * there it has no page under it, so it shows no page state.
 */
const IN_OWN_WINDOW = new URLSearchParams(location.search).has('q');

function App() {
  const [settings] = useSettings();
  const [host, setHost] = useState<string>();
  const [page, setPage] = useState<PageView | undefined>(IN_OWN_WINDOW ? undefined : { kind: 'asking' });
  const [recent, setRecent] = useState<string[]>([]);
  const [initialQuery, setInitialQuery] = useState<string>();
  useEffect(() => {
    let stop: (() => void) | undefined;
    if (!IN_OWN_WINDOW) {
      void activeTab()
        .then(({ id, host }) => {
          setHost(host);
          if (id === undefined) setPage({ kind: 'unavailable' });
          else
            stop = followTabState(id, (state) =>
              setPage(state ? { kind: 'state', state } : { kind: 'unavailable' }),
            );
        })
        .catch(() => setPage({ kind: 'unavailable' }));
    }
    void pendingQuery()
      .then(setInitialQuery)
      .catch(() => undefined);
    void loadRecentLookups()
      .then(setRecent)
      .catch(() => undefined);
    return () => stop?.();
  }, []);
  if (!settings) return null;
  // The tab's own address where activeTab lets the popup read it, else the host its content script reports.
  const siteHost = host ?? (page?.kind === 'state' ? page.state.host : undefined);
  return (
    <Popup
      settings={settings}
      browserLanguage={browser.i18n.getUILanguage()}
      host={siteHost}
      page={page}
      initialQuery={initialQuery}
      onToggleSite={(site, disabled) => saveSettings(withSiteToggled(settings, site, disabled))}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onCopy={(markdown) => navigator.clipboard.writeText(markdown)}
      recent={recent}
      onLookup={(termId) =>
        void rememberLookup(termId)
          .then(setRecent)
          .catch(() => undefined)
      }
    />
  );
}

const app = document.getElementById('app');
if (app) render(<App />, app);
