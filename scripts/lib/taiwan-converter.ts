import OpenCC from 'opencc-js';

/** A word whose Taiwan usage OpenCC does not give (data/taiwan-terms.json). */
export interface TaiwanTerm {
  simplified: string;
  taiwan: string;
  /** Replaced wherever the text holds it (a proper name, a fixed title), whatever words jieba reads in it. */
  everywhere?: boolean;
}

export interface TaiwanConverterInputs {
  terms: readonly TaiwanTerm[];
  /** jieba's segmentation: a reviewed word is replaced only where it sits inside one word, not across two. */
  cut: (text: string) => string[];
}

/** OpenCC's Simplified→Taiwan conversion with Taiwan phrases (s2twp), as opencc-js names it. */
export const openccTaiwan = (): ((text: string) => string) => OpenCC.Converter({ from: 'cn', to: 'twp' });

/**
 * Simplified text → Traditional as written in Taiwan: OpenCC's s2twp, and the reviewed words (运营 → 營運,
 * 营销 → 行銷) wherever jieba reads them within a word. A replacement across a word boundary would change
 * another word (经营|销售 holds 营销), so there the text is left to OpenCC (經營銷售).
 */
export function createTaiwanConverter({ terms, cut }: TaiwanConverterInputs): (text: string) => string {
  const opencc = openccTaiwan();
  // Longest first, so a reviewed word inside a longer reviewed word never wins over it.
  const reviewed = [...terms].sort((a, b) => b.simplified.length - a.simplified.length);
  return (text) => {
    if (!reviewed.some((term) => text.includes(term.simplified))) return opencc(text);
    const starts = wordStarts(text, cut(text));
    const crossesWords = (start: number, end: number) => {
      for (let at = start + 1; at < end; at++) if (starts.has(at)) return true;
      return false;
    };
    let converted = '';
    let from = 0;
    let at = 0;
    while (at < text.length) {
      const term = reviewed.find(
        ({ simplified, everywhere }) =>
          text.startsWith(simplified, at) && (everywhere || !crossesWords(at, at + simplified.length)),
      );
      if (!term) {
        at++;
        continue;
      }
      converted += opencc(text.slice(from, at)) + term.taiwan;
      at += term.simplified.length;
      from = at;
    }
    return converted + opencc(text.slice(from));
  };
}

/** Where each of jieba's words starts in `text`; its words join up to the text itself. */
function wordStarts(text: string, words: readonly string[]): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const word of words) {
    if (!text.startsWith(word, at)) throw new Error(`jieba's words do not join up to the text at ${at}`);
    starts.add(at);
    at += word.length;
  }
  return starts;
}
