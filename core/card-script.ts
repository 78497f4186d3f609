import type { PageContext, PageSignals, Script } from './page-context';
import type { Settings } from './settings';

/** The family words' characters that each script writes its own way: every Chinese detection holds one. */
const TRADITIONAL_CHARS = /[運營銷業務]/;
const SIMPLIFIED_CHARS = /[运营销业务]/;

/** What the page says of its script: its declared language, else its title's characters. */
export interface PageScriptSource {
  lang: string;
  title: string;
  signals: (context: PageContext) => PageSignals;
}

/**
 * The script a detection's card is written in. With 'page' it is the detection's own (營運專員 is
 * Traditional), else for a detection with no Chinese of its own (Marketing Manager) the page's. With
 * 'interface' the same: the interfaces that are not Chinese are English, and English cards are a step of
 * their own. 'zh-Hans' always gives the source's own script.
 */
export function cardScriptFor(
  explainIn: Settings['explainIn'],
  text: string,
  page: () => PageScriptSource,
): Script {
  if (explainIn === 'zh-Hans') return 'zh-Hans';
  if (TRADITIONAL_CHARS.test(text)) return 'zh-Hant';
  if (SIMPLIFIED_CHARS.test(text)) return 'zh-Hans';
  return pageScript(page()) ?? 'zh-Hans';
}

function pageScript({ lang, title, signals }: PageScriptSource): Script | undefined {
  if (/^zh-(hant|tw|hk|mo)\b/i.test(lang)) return 'zh-Hant';
  if (/^zh\b/i.test(lang)) return 'zh-Hans';
  return signals({ title }).script;
}
