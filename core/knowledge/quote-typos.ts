import type { QuoteView } from './card-model';
import { sourceTypos } from './queries';

/**
 * A quote with the source's misprints located (data/source-typos.json), so the card can add a marker such as
 * 提现〔体现〕 while the quote itself stays byte for byte. A misprint is located only where its context
 * passage is in the quote too, so an ordinary 买 elsewhere in the same answer is never marked.
 */
export function quoteView(viewpointId: string, text: string): QuoteView {
  const typos: QuoteView['typos'] = [];
  for (const typo of sourceTypos) {
    if (typo.viewpoint !== viewpointId) continue;
    const at = text.indexOf(typo.context);
    if (at === -1) continue;
    const start = at + typo.context.indexOf(typo.typo);
    typos.push({ start, end: start + typo.typo.length, fix: typo.fix });
  }
  typos.sort((a, b) => a.start - b.start);
  return { text, typos };
}
