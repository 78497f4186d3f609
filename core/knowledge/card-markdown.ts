import type { Card, PairView, QuoteView } from './card-model';

/** The source's question, which names it well enough for a reader to find it (its 原始地址 is a relative path). */
const SOURCE_TITLE = '营销和运营是同一个概念吗?或者有什么区别?';

const cite = (numbers: readonly number[]) => numbers.map((number) => `#${number}`).join(' ');

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

/** "运营与营销：运营包含营销 #2 #5 #9 · … · 没有谈到 #4 #7 #10 #14", every group with its count. */
export function pairSummary(pair: PairView): string {
  const groups = pair.groups
    .filter((group) => group.members.length > 0)
    .map(
      (group) => `${group.label}（${group.members.length}）${cite(group.members.map((m) => m.viewpoint))}`,
    );
  return `${pair.labels[0]}与${pair.labels[1]}：${groups.join(' · ')}`;
}

export interface MarkdownOptions {
  /** The takes the reader has open, by viewpoint number; with none, only the first screen is copied. */
  expandedTakes?: readonly number[];
}

/**
 * The card as Markdown, for the copy button: the first screen, and when the reader has expanded the card,
 * the notes and the takes they have open, each with its quote. Viewpoints keep the card's notation (#3).
 */
export function cardToMarkdown(card: Card, { expandedTakes }: MarkdownOptions = {}): string {
  const head = [`**${card.headword}**`];
  if (card.headword !== card.entry.id) head.push(`（${card.entry.id}）`);
  const badges = [card.familyLabel ?? '相关岗位', card.sense?.label].filter(Boolean);
  const lines = [`${head.join('')} · ${badges.join(' · ')}`, ''];
  if (card.parts) lines.push(card.parts, '');
  lines.push(card.lead.text, '');
  for (const role of card.roles) lines.push(`- **${role.label}**：${role.text}（${cite(role.viewpoints)}）`);
  lines.push('', card.disagreement);

  if (expandedTakes) {
    if (card.notes.length > 0) {
      lines.push('', '### 原文对这个职位的说法', '');
      for (const note of card.notes) lines.push(`- ${note.text}`, `  > ${quoteWithMarkers(note.quote)}`);
    }
    const takes = card.takes.filter((take) => expandedTakes.includes(take.viewpoint));
    if (takes.length > 0) {
      lines.push('', `### 各观点怎么说“${card.familyLabel ?? card.entry.id}”`, '');
      for (const take of takes)
        lines.push(`- #${take.viewpoint} ${take.text}`, `  > ${quoteWithMarkers(take.quote)}`);
    }
    lines.push('', '### 谁包含谁（每组 14 个观点）', '');
    for (const pair of card.pairs) {
      lines.push(`- ${pairSummary(pair)}`);
      for (const group of pair.groups) {
        for (const member of group.members)
          if (member.caveat) lines.push(`  - #${member.viewpoint} ${member.caveat}`);
      }
      for (const note of pair.notes) lines.push(`  - ${note}`);
    }
  }

  lines.push('', `— Role Lens 岗位透镜；#N 指《${SOURCE_TITLE}》的第 N 个回答。`);
  return `${lines.join('\n')}\n`;
}
