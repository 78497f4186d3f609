import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/controls.css';
import './popup.css';
import { Popup } from '../../components/Popup';
import { withSiteToggled } from '../../core/settings';
import { activeTabHost } from '../../platform/active-tab';
import { loadRecentLookups, rememberLookup } from '../../platform/recent-lookups';
import { saveSettings } from '../../platform/settings-store';
import { useSettings } from '../../platform/use-settings';

function App() {
  const [settings] = useSettings();
  const [host, setHost] = useState<string>();
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    void activeTabHost()
      .then(setHost)
      .catch(() => undefined);
    void loadRecentLookups()
      .then(setRecent)
      .catch(() => undefined);
  }, []);
  if (!settings) return null;
  return (
    <Popup
      settings={settings}
      browserLanguage={browser.i18n.getUILanguage()}
      host={host}
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
