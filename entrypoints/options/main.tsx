import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/theme.css';
import './options.css';
import { Options } from '../../components/Options';
import type { Settings } from '../../core/settings';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '../../platform/settings-reader';
import { saveSettings } from '../../platform/settings-store';

function App() {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <Options
      settings={settings}
      defaults={DEFAULT_SETTINGS}
      status={status}
      onChange={(next) => {
        setSettings(next);
        saveSettings(next).then(
          () => setStatus('已保存，打开的网页会立即更新。'),
          (error: unknown) => setStatus(`保存失败：${String(error)}`),
        );
      }}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<App />, app);
