import type { Detection, Family } from '../../core/types';

/**
 * A detector from a plain list of terms: longest term first at each position, no blocking words. The engine
 * tests use it (the engine must not depend on the real lexicon), and the benchmark gives mark.js and
 * advanced-mark.js exactly these terms so the three markers do the same work.
 */
export function termsDetector(terms: readonly { text: string; family: Family; term?: string }[]) {
  const byText = new Map(terms.map((entry) => [entry.text, entry]));
  const sorted = [...byText.keys()].sort((a, b) => b.length - a.length);
  const escaped = sorted.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  return (text: string): Detection[] => {
    const found: Detection[] = [];
    for (const match of text.matchAll(pattern)) {
      const entry = byText.get(match[0]);
      if (!entry || match.index === undefined) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        term: entry.term ?? entry.text,
        family: entry.family,
      });
    }
    return found;
  };
}

/** The engine's text test for these terms: any of their characters (single characters, so split terms pass too). */
export function termsHint(terms: readonly { text: string }[]) {
  const characters = [...new Set(terms.flatMap((entry) => [...entry.text]))];
  const hint = new RegExp(`[${characters.join('').replace(/[\\\]^-]/g, '\\$&')}]`);
  return (text: string): boolean => hint.test(text);
}
