import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import {
  type ImportRefusal,
  MAX_SETTINGS_FILE_BYTES,
  readSettingsFile,
  SETTINGS_FILE_NAME,
  settingsFileText,
} from '../core/settings-file';
import type { Translate } from './i18n';

export interface SettingsBackupProps {
  settings: Settings;
  /** The viewpoint ids this version knows; a file's others are left out. */
  knownViewpoints: readonly string[];
  /** Saves the settings a good file gives. A refused file never calls it. */
  onImport: (settings: Settings) => void;
  t: Translate;
}

function refusalText(refusal: ImportRefusal, t: Translate): string {
  switch (refusal.reason) {
    case 'too-large':
      return t('import_reason_too_large', { max: MAX_SETTINGS_FILE_BYTES / 1024 });
    case 'not-json':
      return t('import_reason_not_json');
    case 'not-settings':
      return t('import_reason_not_settings');
    case 'bad-version':
      return t('import_reason_bad_version');
    case 'newer':
      return t('import_reason_newer', { version: refusal.version });
    case 'hostile-key':
      return t('import_reason_hostile_key', { key: refusal.key });
    case 'bad-field':
      return t('import_reason_bad_field', { field: refusal.field });
    case 'bad-site':
      return t('import_reason_bad_site', { site: refusal.site });
  }
}

/**
 * Export and import of the settings as a file (core/settings-file.ts). Export is a link to the file's text
 * (a data: URL, the settings being small), so it needs no permission; import reads a chosen file, and a
 * refused one changes nothing and says why, as an alert.
 */
export function SettingsBackup({ settings, knownViewpoints, onImport, t }: SettingsBackupProps) {
  const [done, setDone] = useState('');
  const [refused, setRefused] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const refuse = (reason: string) => {
      setDone('');
      setRefused(t('import_refused', { file: file.name, reason }));
    };
    // Refused before it is read: a huge file is not worth reading.
    if (file.size > MAX_SETTINGS_FILE_BYTES) return refuse(refusalText({ reason: 'too-large' }, t));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse(t('import_reason_unreadable'));
    }
    const result = readSettingsFile(text, settings, knownViewpoints);
    if (result.refusal) return refuse(refusalText(result.refusal, t));
    onImport(result.settings);
    setRefused('');
    setDone(t('import_done', { file: file.name }));
  };

  return (
    <>
      <p class="rl-silence">{t('options_backup_note')}</p>
      <div class="rl-row">
        <a
          class="rl-button"
          href={`data:application/json;charset=utf-8,${encodeURIComponent(settingsFileText(settings))}`}
          download={SETTINGS_FILE_NAME}
        >
          {t('options_export')}
        </a>
        <button type="button" class="rl-button" onClick={() => fileInput.current?.click()}>
          {t('options_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ''; // the same file chosen again is read again
            if (file) void importFile(file);
          }}
        />
      </div>
      <p class="rl-import-done" aria-live="polite">
        {done}
      </p>
      <p class="rl-field-errors rl-import-refused" role="alert">
        {refused}
      </p>
    </>
  );
}
