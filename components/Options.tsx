import { viewpoints } from '../core/knowledge/queries';
import type { ViewpointPreset } from '../core/knowledge/types';
import { viewpointSummary } from '../core/knowledge/viewpoint-summaries';
import { MARK_STYLES, normalizeHost, type Settings, THEMES, TRIGGERS } from '../core/settings';
import { FAMILIES, FAMILY_LABEL, type Family } from '../core/types';
import presetsData from '../data/viewpoint-presets.json';

const PRESETS = presetsData as ViewpointPreset[];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

export interface OptionsProps {
  settings: Settings;
  defaults: Settings;
  onChange: (settings: Settings) => void;
  /** Shown after a save, so the user knows it took effect. */
  status?: string;
}

const THEME_LABEL: Record<Settings['theme'], string> = { auto: '跟随系统', light: '浅色', dark: '深色' };
const TRIGGER_LABEL: Record<Settings['trigger'], string> = {
  hover: '指针停在标记上',
  shift: '按住 Shift 并指向标记',
  alt: '按住 Alt 并指向标记',
  ctrl: '按住 Ctrl 并指向标记',
  click: '点击标记',
};
const MARK_STYLE_LABEL: Record<Settings['markStyle'], string> = {
  underline: '下划线（三个词线型不同）',
  background: '底色',
  none: '不标记（只用工具栏弹窗）',
};
const TEXT_SIZES: Settings['textSize'][] = ['page', 12, 14, 16, 18, 20];
/** How each family's mark is drawn on pages (entrypoints/content/marks.css), shown beside its switch. */
const MARK_LINE_LABEL: Record<Family, string> = { operations: '实线', marketing: '波浪线', sales: '点线' };

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
export function Options({ settings, defaults, onChange, status }: OptionsProps) {
  const order = viewpoints.map((viewpoint) => viewpoint.id);
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <main class="rl-root rl-options" data-theme={settings.theme}>
      <h1>Role Lens 岗位透镜 · 设置</h1>
      <p class="rl-status" role="status" aria-live="polite">
        {status}
      </p>

      <section>
        <label class="rl-row">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={() => set({ enabled: !settings.enabled })}
          />
          在网页上标记并解释运营、营销、销售
        </label>
      </section>

      <section aria-labelledby="rl-families-title">
        <h2 id="rl-families-title">标记哪些词</h2>
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
                {MARK_LINE_LABEL[family]}
              </span>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="rl-trigger-title">
        <h2 id="rl-trigger-title">什么时候打开卡片</h2>
        <Choice
          name="trigger"
          options={TRIGGERS}
          value={settings.trigger}
          label={(trigger) => TRIGGER_LABEL[trigger]}
          onChange={(trigger) => set({ trigger })}
        />
        <p class="rl-silence">
          点击标记会固定卡片；卡片打开时按 P 也可以固定，Esc 关闭。快速划过标记时不会弹出卡片。
        </p>
      </section>

      <section aria-labelledby="rl-mark-style-title">
        <h2 id="rl-mark-style-title">标记的样子</h2>
        <Choice
          name="markStyle"
          options={MARK_STYLES}
          value={settings.markStyle}
          label={(style) => MARK_STYLE_LABEL[style]}
          onChange={(markStyle) => set({ markStyle })}
        />
      </section>

      <section aria-labelledby="rl-theme-title">
        <h2 id="rl-theme-title">卡片配色和字号</h2>
        <Choice
          name="theme"
          options={THEMES}
          value={settings.theme}
          label={(theme) => THEME_LABEL[theme]}
          onChange={(theme) => set({ theme })}
        />
        <Choice
          name="textSize"
          options={TEXT_SIZES}
          value={settings.textSize}
          label={(size) => (size === 'page' ? '字号跟随网页' : `${size} 像素`)}
          onChange={(textSize) => set({ textSize })}
        />
      </section>

      <section aria-labelledby="rl-viewpoints-title">
        <h2 id="rl-viewpoints-title">显示哪些观点</h2>
        <p class="rl-silence">
          原文有十四个回答，彼此并不一致。卡片展开后按原文顺序显示选中的观点（只显示谈到那个词的），在卡片里也可以临时点选。已选{' '}
          {settings.viewpoints.length} / {viewpoints.length}。
        </p>
        <fieldset class="rl-row rl-presets">
          <legend class="rl-hidden-label">一组观点</legend>
          <button
            type="button"
            class="rl-button"
            aria-pressed={sameSet(settings.viewpoints, defaults.viewpoints)}
            title="两种“包含”说法各选几个，再加几个只讲分工的：看得到原文的分歧。"
            onClick={() => set({ viewpoints: [...defaults.viewpoints] })}
          >
            默认：原文的分布
          </button>
          {PRESETS.map((preset) => (
            <button
              type="button"
              key={preset.preset}
              class="rl-button"
              aria-pressed={sameSet(settings.viewpoints, preset.viewpoints)}
              title={preset.description}
              onClick={() => set({ viewpoints: order.filter((id) => preset.viewpoints.includes(id)) })}
            >
              {preset.label}
            </button>
          ))}
          <button
            type="button"
            class="rl-button"
            aria-pressed={settings.viewpoints.length === order.length}
            onClick={() => set({ viewpoints: [...order] })}
          >
            全部
          </button>
        </fieldset>
        <ul class="rl-viewpoint-list">
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
                    #{index + 1} {viewpoint.title}
                  </b>
                  <span class="rl-claim">{viewpointSummary(viewpoint.id)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rl-sites-title">
        <h2 id="rl-sites-title">不在这些网站上运行</h2>
        <textarea
          class="rl-input"
          rows={4}
          aria-labelledby="rl-sites-title"
          placeholder="每行一个域名，例如 www.example.com"
          value={settings.disabledSites.join('\n')}
          onChange={(event) =>
            set({ disabledSites: event.currentTarget.value.split('\n').map(normalizeHost).filter(Boolean) })
          }
        />
      </section>
    </main>
  );
}
