/**
 * What the page around a text says about it, for the detector: 業務 reads differently on a Traditional page
 * (Taiwan's sales title) than on a Simplified one. The content script reads the page's title and the heading
 * nearest before a text; `npm run detect -- --jsonl` takes them from a record's "context".
 *
 * Not a signal, on purpose: whether the page is technical. The labels count a bare "operations" or 运营 as IT
 * work only when its own text names the technical object (LABELLING.md, rule F: "support the daily
 * operations" on an IT posting is the role); the detector's clause rule already reads that object. Read
 * from a posting's title, a technical signal cost recall on the labelled corpus (README, Detection accuracy).
 */
export interface PageContext {
  readonly title?: string;
  readonly heading?: string;
}

export type Script = 'zh-Hans' | 'zh-Hant';

export interface PageSignals {
  /** The script of the context's Chinese, when its characters say (undefined: no Chinese, or a tie). */
  readonly script: Script | undefined;
}

export const NO_SIGNALS: PageSignals = Object.freeze({ script: undefined });

/** Contexts remembered per reader: a page has a title and a few dozen headings, each asked about per run. */
const REMEMBERED = 64;

/**
 * The signals of a context. `scriptChars`: characters each script writes its own way, pairwise (the
 * lexicon's, the commonest of lexicon-rules.json's table).
 */
export function createSignalReader(scriptChars: {
  hans: string;
  hant: string;
}): (context: PageContext | undefined) => PageSignals {
  let hans: Set<string> | undefined;
  let hant: Set<string> | undefined;
  const remembered = new Map<string, PageSignals>();
  // Thousands of runs in a row share a title and heading (a long posting): the last signals, with no text
  // joined or looked up.
  let lastTitle: string | undefined;
  let lastHeading: string | undefined;
  let lastSignals: PageSignals = NO_SIGNALS;

  return (context) => {
    if (context && context.title === lastTitle && context.heading === lastHeading) return lastSignals;
    const text = [context?.title, context?.heading].filter(Boolean).join('\n');
    if (!text) return NO_SIGNALS;
    let signals = remembered.get(text);
    if (!signals) {
      hans ??= new Set(scriptChars.hans);
      hant ??= new Set(scriptChars.hant);
      signals = { script: scriptOf(text, hans, hant) };
      if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value as string);
      remembered.set(text, signals);
    }
    lastTitle = context?.title;
    lastHeading = context?.heading;
    lastSignals = signals;
    return signals;
  };
}

/** Simplified or Traditional, by which script's own characters the text holds more of. */
function scriptOf(text: string, hans: Set<string>, hant: Set<string>): Script | undefined {
  let balance = 0;
  // By UTF-16 unit, not for…of (its iterator costs more than the loop in cold code): the lexicon's script
  // characters are all in the BMP, and half a surrogate pair is in neither set.
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (hans.has(char)) balance--;
    else if (hant.has(char)) balance++;
  }
  return balance > 0 ? 'zh-Hant' : balance < 0 ? 'zh-Hans' : undefined;
}
