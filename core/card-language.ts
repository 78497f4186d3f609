import type { CardLanguage, PageAbout } from './card-request';
import type { InterfaceLocale } from './i18n/locale';
import type { PageContext, PageSignals } from './page-context';
import type { Settings } from './settings';

/** The family words' characters that each script writes its own way: every Chinese detection holds one. */
const TRADITIONAL_CHARS = /[運營銷業務]/;
const SIMPLIFIED_CHARS = /[运营销业务]/;
const CHINESE = /[\u3400-\u9fff]/;

/** Where a card's language comes from: the reader's choice, the interface, and the page. */
export interface CardLanguageSources {
  explainIn: Settings['explainIn'];
  interfaceLocale: InterfaceLocale;
  page: PageAbout;
  /** The script of a title's Chinese (core/page-context.ts). */
  signals: (context: PageContext) => PageSignals;
}

/**
 * The language a detection's card is written in (issue 12).
 * - 'zh-Hans': always the source's own Simplified.
 * - 'interface': the interface's language (English, 繁體 or 简体).
 * - 'page': a Chinese mark's own script (營運專員 is Traditional); for a mark with no Chinese of its own
 *   (Marketing Manager), the page's: its declared language, else its title's script; a page with no Chinese
 *   in its title and no Chinese language is English. `text` '' asks for the page's language alone.
 */
export function cardLanguageFor(text: string, sources: CardLanguageSources): CardLanguage {
  const { explainIn } = sources;
  if (explainIn === 'zh-Hans') return 'zh-Hans';
  if (explainIn === 'interface') return sources.interfaceLocale;
  if (TRADITIONAL_CHARS.test(text)) return 'zh-Hant';
  if (SIMPLIFIED_CHARS.test(text)) return 'zh-Hans';
  return pageLanguage(sources);
}

function pageLanguage({ page: { lang, title }, signals }: CardLanguageSources): CardLanguage {
  if (/^zh-(hant|tw|hk|mo)\b/i.test(lang)) return 'zh-Hant';
  if (/^zh\b/i.test(lang)) return 'zh-Hans';
  const script = signals({ title }).script;
  if (script) return script;
  // A declared language other than Chinese, or a title with no Chinese, is a page a Chinese card would not fit.
  return lang || !CHINESE.test(title) ? 'en' : 'zh-Hans';
}
