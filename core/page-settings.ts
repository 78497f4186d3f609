import { marksPageOn, type Settings } from './settings';

/**
 * What the content script needs of the settings on one page, decided by the background from the stored
 * settings and the page's host. The content script then carries no settings repair, no site list matching and
 * no viewpoint list: its 40 KB budget goes to the detector and the engine.
 */
export interface PageSettings
  extends Pick<Settings, 'families' | 'theme' | 'trigger' | 'markStyle' | 'textSize'> {
  /** Whether this page is marked: Role Lens on, the site not switched off, marks not set to none. */
  marks: boolean;
  /** Changes whenever what a card shows changes (viewpoints, languages): the page forgets the cards it kept. */
  cards: string;
}

export const PAGE_SETTINGS_REQUEST = 'role-lens:page-settings';

export interface PageSettingsRequest {
  type: typeof PAGE_SETTINGS_REQUEST;
  host: string;
}

export function isPageSettingsRequest(message: unknown): message is PageSettingsRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, host } = message as Partial<PageSettingsRequest>;
  return type === PAGE_SETTINGS_REQUEST && typeof host === 'string';
}

/** The page's settings for `host` under `settings`. */
export function pageSettingsFor(settings: Settings, host: string): PageSettings {
  const { families, theme, trigger, markStyle, textSize, viewpoints, explainIn, language } = settings;
  return {
    marks: marksPageOn(settings, host),
    families,
    theme,
    trigger,
    markStyle,
    textSize,
    cards: [viewpoints.join(), explainIn, language].join('|'),
  };
}
