import type { Card, CardMarkdown, QuoteView } from './card-model';
import { joinMarkdown, type MarkdownOptions } from './markdown-join';
import { cite, pairSummary } from './pair-summary';

/** The source's question, which names it well enough for a reader to find it (its 原始地址 is a relative path). */
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
export function markdownPieces(card: Omit<Card, 'markdown'>): CardMarkdown {
  const head = [`**${card.headword}**`];
  if (card.headword !== card.entry.id) head.push(`（${card.entry.id}）`);
  const badges = [card.familyLabel ?? '相关岗位', card.sense?.label].filter(Boolean);
  const first = [`${head.join('')} · ${badges.join(' · ')}`, ''];
  if (card.parts) first.push(card.parts, '');
  first.push(card.lead.text, '');
  for (const role of card.roles) first.push(`- **${role.label}**：${role.text}（${cite(role.viewpoints)}）`);
  first.push('', card.disagreement);

  const notes = card.notes.map((note) => `- ${note.text}\n  > ${quoteWithMarkers(note.quote)}`);
  const pairs: string[] = [];
  for (const pair of card.pairs) {
    pairs.push(`- ${pairSummary(pair)}`);
    for (const group of pair.groups) {
      for (const member of group.members)
        if (member.caveat) pairs.push(`  - #${member.viewpoint} ${member.caveat}`);
    }
    for (const note of pair.notes) pairs.push(`  - ${note}`);
  }
  return {
    firstScreen: first.join('\n'),
    notes: notes.length > 0 ? `### 原文对这个职位的说法\n\n${notes.join('\n')}` : '',
    takesHeading: `### 各观点怎么说“${card.familyLabel ?? card.entry.id}”\n`,
    takes: card.takes.map((take) => ({
      viewpoint: take.viewpoint,
      text: `- #${take.viewpoint} ${take.text}\n  > ${quoteWithMarkers(take.quote)}`,
    })),
    pairs: `### 谁包含谁（每组 14 个观点）\n\n${pairs.join('\n')}`,
    footer: `— Role Lens 岗位透镜；#N 指《${SOURCE_TITLE}》的第 N 个回答。`,
  };
}

/**
 * The card as Markdown, for the copy button: the first screen, and when the reader has expanded the card,
 * the notes and the takes they have open, each with its quote.
 */
export function cardToMarkdown(card: Omit<Card, 'markdown'>, options: MarkdownOptions = {}): string {
  return joinMarkdown(markdownPieces(card), options);
}
