import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../components/theme.css';
import '../../components/controls.css';
import './options.css';
import { Options } from '../../components/Options';
import { DEFAULT_SETTINGS } from '../../platform/settings-reader';
import { saveSettings } from '../../platform/settings-store';
import { useSettings } from '../../platform/use-settings';

function App() {
  const [settings, setSettings] = useSettings();
  const [status, setStatus] = useState('');
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
