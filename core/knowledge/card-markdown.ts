import type { Card, CardMarkdown, QuoteView } from './card-model';
import { type CardWriter, SIMPLIFIED_WRITER, wording } from './card-writer';
import { joinMarkdown, type MarkdownOptions } from './markdown-join';
import { cite } from './pair-summary';

/**
 * The source's question, which names it well enough for a reader to find it (its 原始地址 is a relative path):
 * kept as the source writes it in every script, since it is what a reader searches for.
 */
const SOURCE_TITLE = '营销和运营是同一个概念吗?或者有什么区别?';

/** A quote with its misprints marked after them, as on the card: 提现〔体现〕. */
export function quoteWithMarkers(quote: QuoteView): string {
  let text = '';
  let from = 0;
  for (const typo of quote.typos) {
    text += `${quote.text.slice(from, typo.end)}〔${typo.fix}〕`;
    from = typo.end;
  }
  return text + quote.text.slice(from);
}

/**
 * The card's Markdown in pieces, made where the card is built (the background): markdown-join.ts puts
 * together the ones the reader has open when they copy. Viewpoints keep the card's notation (#3).
 */
export function markdownPieces(card: Omit<Card, 'markdown'>, writer = SIMPLIFIED_WRITER): CardMarkdown {
  // Chinese cards take Chinese punctuation; English cards, English punctuation.
  const [open, close, colon] = writer.script === 'en' ? [' (', ')', ': '] : ['（', '）', '：'];
  const head = [`**${card.headword}**`];
  if (card.headword !== card.name) head.push(`${open}${card.name}${close}`);
  const badges = [card.familyLabel ?? wording(writer, 'related'), card.sense?.label].filter(Boolean);
  const first = [`${head.join('')} · ${badges.join(' · ')}`, ''];
  if (card.parts) first.push(card.parts, '');
  first.push(card.lead.text, '');
  for (const role of card.roles)
    first.push(`- **${role.label}**${colon}${role.text}${open}${cite(role.viewpoints)}${close}`);
  first.push('', card.disagreement);

  const quoted = (quote: QuoteView) => quoteLines(quote, writer);
  const notes = card.notes.map((note) => `- ${note.text}\n${quoted(note.quote)}`);
  const pairs: string[] = [];
  for (const pair of card.pairs) {
    pairs.push(`- ${pair.summary}`);
    for (const group of pair.groups) {
      for (const member of group.members)
        if (member.caveat) pairs.push(`  - #${member.viewpoint} ${member.caveat}`);
    }
    for (const note of pair.notes) pairs.push(`  - ${note}`);
  }
  return {
    firstScreen: first.join('\n'),
    notes: notes.length > 0 ? `${wording(writer, 'notesHeading')}\n\n${notes.join('\n')}` : '',
    takesHeading: `${wording(writer, 'takesHeading', { word: card.familyLabel ?? card.name })}\n`,
    takes: card.takes.map((take) => ({
      viewpoint: take.viewpoint,
      text: `- #${take.viewpoint} ${take.text}\n${quoted(take.quote)}`,
    })),
    pairs: `${wording(writer, 'pairsHeading')}\n\n${pairs.join('\n')}`,
    footer: wording(writer, 'footer', { source: SOURCE_TITLE }),
  };
}

/**
 * A quote as a Markdown block quote; a converted one says so and is followed by the original; a glossed one
 * (English cards) is followed by its gloss.
 */
function quoteLines(quote: QuoteView, writer: CardWriter): string {
  const line = `  > ${quoteWithMarkers(quote)}`;
  if (quote.gloss) return `${line}\n  > — ${quote.gloss}`;
  if (!quote.original) return line;
  const original = wording(writer, 'originalQuote', { quote: quoteWithMarkers(quote.original) });
  return `${line}（${wording(writer, 'converted')}）\n  > ${original}`;
}

/**
 * The card as Markdown, for the copy button: the first screen, and when the reader has expanded the card,
 * the notes and the takes they have open, each with its quote.
 */
export function cardToMarkdown(
  card: Omit<Card, 'markdown'>,
  options: MarkdownOptions = {},
  writer = SIMPLIFIED_WRITER,
): string {
  return joinMarkdown(markdownPieces(card, writer), options);
}
