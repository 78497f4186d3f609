import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './popup.css';
import { Popup } from '../../components/Popup';
import { normalizeHost, type Settings } from '../../core/settings';
import { loadSettings, watchSettings } from '../../platform/settings-reader';
import { saveSettings } from '../../platform/settings-store';

/** Host of the active tab; readable because opening the popup grants activeTab. Web pages only. */
async function activeTabHost(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return undefined;
  const url = new URL(tab.url);
  return url.protocol === 'http:' || url.protocol === 'https:' ? normalizeHost(url.hostname) : undefined;
}

function App() {
  const [settings, setSettings] = useState<Settings>();
  const [host, setHost] = useState<string>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    void activeTabHost()
      .then(setHost)
      .catch(() => undefined);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <Popup
      settings={settings}
      host={host}
      onToggleSite={(site, disabled) =>
        saveSettings({
          ...settings,
          disabledSites: disabled
            ? [...settings.disabledSites, site]
            : settings.disabledSites.filter((s) => s !== site),
        })
      }
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onCopy={(text) => void navigator.clipboard.writeText(text)}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<App />, app);
