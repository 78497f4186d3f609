import { traditionalChars } from '../data/lexicon-rules.json';
import { technical } from '../data/page-context.json';

/**
 * What the page around a text says about it, for the detector: a bare word reads differently on an IT
 * posting ("operations" there is running systems) and 業務 differently on a Traditional page. The content
 * script reads the page's title and the heading nearest before a text; `npm run detect -- --jsonl` takes them
 * from a record's "context".
 */
export interface PageContext {
  readonly title?: string;
  readonly heading?: string;
}

export type Script = 'zh-Hans' | 'zh-Hant';

export interface PageSignals {
  /** The title or heading names technical work and no role of the three families. */
  readonly technical: boolean;
  /** The script of the context's Chinese, when its characters say (undefined: no Chinese, or a tie). */
  readonly script: Script | undefined;
}

export const NO_SIGNALS: PageSignals = Object.freeze({ technical: false, script: undefined });

/** Contexts remembered per reader: a page has a title and a few dozen headings, each asked about per run. */
const REMEMBERED = 64;

/**
 * The signals of a context. `hasRole` tells whether a text holds a role of the three families (the detector
 * without context): a "Sales Engineer" page is a sales page, not a technical one.
 */
export function createSignalReader(
  hasRole: (text: string) => boolean,
): (context: PageContext | undefined) => PageSignals {
  let tables: { technical: RegExp; hans: Set<string>; hant: Set<string> } | undefined;
  const remembered = new Map<string, PageSignals>();

  const read = (text: string): PageSignals => {
    tables ??= buildTables();
    const isTechnical = tables.technical.test(text) && !hasRole(text);
    return { technical: isTechnical, script: scriptOf(text, tables.hans, tables.hant) };
  };

  return (context) => {
    const text = [context?.title, context?.heading].filter(Boolean).join('\n');
    if (!text) return NO_SIGNALS;
    let signals = remembered.get(text);
    if (!signals) {
      signals = read(text);
      if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value as string);
      remembered.set(text, signals);
    }
    return signals;
  };
}

function buildTables() {
  // Abbreviations in capitals (IT, QA) keep their case; other English words match in any case, whole.
  const asPattern = (word: string) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cased = /^[A-Z]+$/.test(word)
      ? escaped
      : escaped.replace(/[A-Za-z]/g, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
    return cased.replace(/ /g, '[ \\t-]+');
  };
  const english = technical.en.map(asPattern).join('|');
  const technicalPattern = new RegExp(
    `(?<![A-Za-z0-9])(?:${english})(?![A-Za-z0-9])|${technical.zh.join('|')}`,
  );
  const simplified = [...traditionalChars.simplified];
  const traditional = [...traditionalChars.traditional];
  return {
    technical: technicalPattern,
    hans: new Set(simplified.filter((char) => !traditional.includes(char))),
    hant: new Set(traditional.filter((char) => !simplified.includes(char))),
  };
}

/** Simplified or Traditional, by which script's own characters the text holds more of. */
function scriptOf(text: string, hans: Set<string>, hant: Set<string>): Script | undefined {
  let balance = 0;
  for (const char of text) {
    if (hans.has(char)) balance--;
    else if (hant.has(char)) balance++;
  }
  return balance > 0 ? 'zh-Hant' : balance < 0 ? 'zh-Hans' : undefined;
}
