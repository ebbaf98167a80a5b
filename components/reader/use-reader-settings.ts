import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/settings';
import { loadSettings, onSettingsChanged, storeSettings } from '@/utils/browser/settings-store';
import { applySettings } from './apply-settings';

/** The reader's settings: stored, followed across tabs, and applied to the page. */
export function useReaderSettings(): [ReaderSettings, (next: ReaderSettings) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  // Before the frame is painted, and before what measures the page with them (the title's fit, a microtask after).
  useLayoutEffect(() => applySettings(document.documentElement, settings), [settings]);
  const change = (next: ReaderSettings) => {
    setSettings(next);
    void storeSettings(next);
  };
  return [settings, change];
}
