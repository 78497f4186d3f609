import { HTML_LANG, interfaceLocale } from '../core/i18n/locale';
import type { MessageKey } from '../core/i18n/messages';
import { PRESET_MESSAGES } from '../core/i18n/preset-messages';
import { SIMPLIFIED_WRITER } from '../core/knowledge/card-writer';
import { viewpoints } from '../core/knowledge/queries';
import type { ViewpointPreset } from '../core/knowledge/types';
import { viewpointSummary } from '../core/knowledge/viewpoint-summaries';
import { writerFor } from '../core/knowledge/writers';
import { EXPLAIN_IN, LANGUAGES, MARK_STYLES, type Settings, THEMES, TRIGGERS } from '../core/settings';
import { FAMILIES, FAMILY_LABEL, type Family } from '../core/types';
import presetsData from '../data/viewpoint-presets.json';
import { translator, useDocumentLanguage } from './i18n';
import { SettingsBackup } from './SettingsBackup';
import { SiteList } from './SiteList';

const PRESETS = presetsData as ViewpointPreset[];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** What the last save did, said in the interface language. */
export type SaveStatus = { saved: true } | { saved: false; error: string };

export interface OptionsProps {
  settings: Settings;
  defaults: Settings;
  /** The browser's language (browser.i18n.getUILanguage): the interface's when the setting says 'auto'. */
  browserLanguage: string;
  onChange: (settings: Settings) => void;
  /** Shown after a save, so the user knows it took effect. */
  status?: SaveStatus;
}

// Every choice's label, by message key: each key is written out whole, so a test can find where it is used.
const LANGUAGE_LABEL: Record<Settings['language'], MessageKey> = {
  auto: 'language_auto',
  'zh-Hans': 'language_zh_hans',
  'zh-Hant': 'language_zh_hant',
  en: 'language_en',
};
const EXPLAIN_IN_LABEL: Record<Settings['explainIn'], MessageKey> = {
  page: 'explain_in_page',
  interface: 'explain_in_interface',
  'zh-Hans': 'explain_in_zh_hans',
};
const THEME_LABEL: Record<Settings['theme'], MessageKey> = {
  auto: 'theme_auto',
  light: 'theme_light',
  dark: 'theme_dark',
};
const TRIGGER_LABEL: Record<Settings['trigger'], MessageKey> = {
  hover: 'trigger_hover',
  shift: 'trigger_shift',
  alt: 'trigger_alt',
  ctrl: 'trigger_ctrl',
  click: 'trigger_click',
};
const MARK_STYLE_LABEL: Record<Settings['markStyle'], MessageKey> = {
  underline: 'mark_style_underline',
  background: 'mark_style_background',
  none: 'mark_style_none',
};
const TEXT_SIZES: Settings['textSize'][] = ['page', 12, 14, 16, 18, 20];
/** How each family's mark is drawn on pages (entrypoints/content/marks.css), shown beside its switch. */
const MARK_LINE_LABEL: Record<Family, MessageKey> = {
  operations: 'mark_line_solid',
  marketing: 'mark_line_wavy',
  sales: 'mark_line_dotted',
};

/** One choice among a few, as radio buttons; each change saves at once. */
function Choice<T extends string | number>({
  name,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <div class="rl-row">
      {options.map((option) => (
        <label key={option} class="rl-row">
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </div>
  );
}

/** Toggles `item` in `list`, keeping the order of `order` (source order for viewpoints, FAMILIES for families). */
function toggled<T>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return order.filter((x) => next.includes(x));
}

/** The options page: which viewpoints to show, what to mark, where to stay off. Every change saves at once. */
export function Options({ settings, defaults, browserLanguage, onChange, status }: OptionsProps) {
  const locale = interfaceLocale(settings.language, browserLanguage);
  const t = translator(locale);
  useDocumentLanguage(locale, t('options_title'));
  const write = writerFor(locale) ?? SIMPLIFIED_WRITER;
  const order = viewpoints.map((viewpoint) => viewpoint.id);
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  // A preset the catalog does not know yet still shows, in the Simplified of its data.
  const presetText = (preset: ViewpointPreset, part: 'label' | 'hint') => {
    const keys = PRESET_MESSAGES[preset.preset];
    if (keys) return t(keys[part]);
    return part === 'label' ? preset.label : preset.description;
  };
  return (
    <main class="rl-root rl-options" data-theme={settings.theme}>
      <h1>{t('options_title')}</h1>
      <p class="rl-status" role="status" aria-live="polite">
        {status && (status.saved ? t('options_saved') : t('options_save_failed', { error: status.error }))}
      </p>

      <section>
        <label class="rl-row">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={() => set({ enabled: !settings.enabled })}
          />
          {t('options_enabled')}
        </label>
        <label class="rl-row">
          <input type="checkbox" checked={settings.badge} onChange={() => set({ badge: !settings.badge })} />
          {t('options_badge')}
        </label>
      </section>

      <section aria-labelledby="rl-language-title">
        <h2 id="rl-language-title">{t('options_language_title')}</h2>
        <Choice
          name="language"
          options={LANGUAGES}
          value={settings.language}
          label={(language) => t(LANGUAGE_LABEL[language])}
          onChange={(language) => set({ language })}
        />
      </section>

      <section aria-labelledby="rl-explain-in-title">
        <h2 id="rl-explain-in-title">{t('options_explain_in_title')}</h2>
        <Choice
          name="explainIn"
          options={EXPLAIN_IN}
          value={settings.explainIn}
          label={(choice) => t(EXPLAIN_IN_LABEL[choice])}
          onChange={(explainIn) => set({ explainIn })}
        />
      </section>

      <section aria-labelledby="rl-families-title">
        <h2 id="rl-families-title">{t('options_families_title')}</h2>
        <div class="rl-row">
          {FAMILIES.map((family: Family) => (
            <label key={family} class="rl-row">
              <input
                type="checkbox"
                checked={settings.families.includes(family)}
                onChange={() => set({ families: toggled(settings.families, family, FAMILIES) })}
              />
              <span class="rl-family" data-family={family}>
                {FAMILY_LABEL[family]}
              </span>
              <span class="rl-mark-sample" data-family={family} aria-hidden="true">
                {t(MARK_LINE_LABEL[family])}
              </span>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="rl-trigger-title">
        <h2 id="rl-trigger-title">{t('options_trigger_title')}</h2>
        <Choice
          name="trigger"
          options={TRIGGERS}
          value={settings.trigger}
          label={(trigger) => t(TRIGGER_LABEL[trigger])}
          onChange={(trigger) => set({ trigger })}
        />
        <p class="rl-silence">{t('options_trigger_note')}</p>
      </section>

      <section aria-labelledby="rl-mark-style-title">
        <h2 id="rl-mark-style-title">{t('options_mark_style_title')}</h2>
        <Choice
          name="markStyle"
          options={MARK_STYLES}
          value={settings.markStyle}
          label={(style) => t(MARK_STYLE_LABEL[style])}
          onChange={(markStyle) => set({ markStyle })}
        />
      </section>

      <section aria-labelledby="rl-theme-title">
        <h2 id="rl-theme-title">{t('options_theme_title')}</h2>
        <Choice
          name="theme"
          options={THEMES}
          value={settings.theme}
          label={(theme) => t(THEME_LABEL[theme])}
          onChange={(theme) => set({ theme })}
        />
        <Choice
          name="textSize"
          options={TEXT_SIZES}
          value={settings.textSize}
          label={(size) => (size === 'page' ? t('text_size_page') : t('text_size_px', { size }))}
          onChange={(textSize) => set({ textSize })}
        />
      </section>

      <section aria-labelledby="rl-viewpoints-title">
        <h2 id="rl-viewpoints-title">{t('options_viewpoints_title')}</h2>
        <p class="rl-silence">
          {t('options_viewpoints_note', { chosen: settings.viewpoints.length, total: viewpoints.length })}
        </p>
        <fieldset class="rl-row rl-presets">
          <legend class="rl-hidden-label">{t('options_presets_legend')}</legend>
          <button
            type="button"
            class="rl-button"
            aria-pressed={sameSet(settings.viewpoints, defaults.viewpoints)}
            title={t('preset_default_hint')}
            onClick={() => set({ viewpoints: [...defaults.viewpoints] })}
          >
            {t('preset_default')}
          </button>
          {PRESETS.map((preset) => (
            <button
              type="button"
              key={preset.preset}
              class="rl-button"
              aria-pressed={sameSet(settings.viewpoints, preset.viewpoints)}
              title={presetText(preset, 'hint')}
              onClick={() => set({ viewpoints: order.filter((id) => preset.viewpoints.includes(id)) })}
            >
              {presetText(preset, 'label')}
            </button>
          ))}
          <button
            type="button"
            class="rl-button"
            aria-pressed={settings.viewpoints.length === order.length}
            onClick={() => set({ viewpoints: [...order] })}
          >
            {t('preset_all')}
          </button>
        </fieldset>
        {/* Each viewpoint's name and summary are ours, not the source's words: in the interface's language. */}
        <ul class="rl-viewpoint-list" lang={HTML_LANG[locale]}>
          {viewpoints.map((viewpoint, index) => (
            <li key={viewpoint.id}>
              <label class="rl-viewpoint" data-viewpoint={viewpoint.id}>
                <input
                  type="checkbox"
                  checked={settings.viewpoints.includes(viewpoint.id)}
                  onChange={() => set({ viewpoints: toggled(settings.viewpoints, viewpoint.id, order) })}
                />
                <span>
                  <b>
                    #{index + 1} {write.text(viewpoint.title)}
                  </b>
                  <span class="rl-claim">{write.text(viewpointSummary(viewpoint.id))}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rl-sites-title">
        <h2 id="rl-sites-title">{t('options_sites_title')}</h2>
        <SiteList
          sites={settings.disabledSites}
          onSave={(disabledSites) => set({ disabledSites })}
          t={t}
          labelledBy="rl-sites-title"
        />
      </section>

      <section aria-labelledby="rl-backup-title">
        <h2 id="rl-backup-title">{t('options_backup_title')}</h2>
        <SettingsBackup settings={settings} knownViewpoints={order} onImport={onChange} t={t} />
      </section>
    </main>
  );
}
