import type { QuoteView } from './card-model';
import { type CardWriter, SIMPLIFIED_WRITER } from './card-writer';
import { sourceTypos } from './queries';

/**
 * A quote with the source's misprints located (data/source-typos.json), so the card can add a marker such as
 * 提现〔体现〕 while the quote itself stays byte for byte. A misprint is located only where its context
 * passage is in the quote too, so an ordinary 买 elsewhere in the same answer is never marked. A converted
 * quote (Traditional) carries the original with it, and its misprints are found by their converted context;
 * an English card keeps the quote as written and adds its gloss.
 */
export function quoteView(viewpointId: string, text: string, writer = SIMPLIFIED_WRITER): QuoteView {
  const original = locateTypos(viewpointId, text, SIMPLIFIED_WRITER);
  if (writer.gloss) return { ...original, gloss: writer.gloss(text) };
  if (writer.script === SIMPLIFIED_WRITER.script) return original;
  return { ...locateTypos(viewpointId, writer.quote(text), writer), original };
}

function locateTypos(viewpointId: string, text: string, writer: CardWriter): QuoteView {
  const typos: QuoteView['typos'] = [];
  for (const typo of sourceTypos) {
    if (typo.viewpoint !== viewpointId) continue;
    const context = writer.quote(typo.context);
    const misprint = writer.quote(typo.typo);
    const at = text.indexOf(context);
    if (at === -1) continue;
    const start = at + context.indexOf(misprint);
    typos.push({ start, end: start + misprint.length, fix: writer.quote(typo.fix) });
  }
  typos.sort((a, b) => a.start - b.start);
  return { text, typos };
}
