import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, watchSettings } from './settings-reader';

/** The current settings for an extension page, kept live as any page saves; undefined while loading. */
export function useSettings(): [Settings | undefined, (settings: Settings) => void] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return [settings, setSettings];
}
