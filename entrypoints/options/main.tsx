import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/controls.css';
import './options.css';
import { Options, type SaveStatus } from '../../components/Options';
import { DEFAULT_SETTINGS } from '../../platform/settings-reader';
import { saveSettings } from '../../platform/settings-store';
import { useSettings } from '../../platform/use-settings';

function App() {
  const [settings, setSettings] = useSettings();
  const [status, setStatus] = useState<SaveStatus>();
  if (!settings) return null;
  return (
    <Options
      settings={settings}
      defaults={DEFAULT_SETTINGS}
      browserLanguage={browser.i18n.getUILanguage()}
      status={status}
      onChange={(next) => {
        setSettings(next);
        saveSettings(next).then(
          () => setStatus({ saved: true }),
          (error: unknown) => setStatus({ saved: false, error: String(error) }),
        );
      }}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<App />, app);
