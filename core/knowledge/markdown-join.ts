import type { CardMarkdown } from './card-model';

export interface MarkdownOptions {
  /** The takes the reader has open, by viewpoint number; with none, only the first screen is copied. */
  expandedTakes?: readonly number[];
}

/**
 * The card as Markdown from the pieces the background made (card-markdown.ts): the first screen, and when
 * the reader has expanded the card, the notes and the takes they have open. Kept apart from the pieces'
 * builder so the content script, which copies, does not bundle it (its 40 KB budget).
 */
export function joinMarkdown(markdown: CardMarkdown, { expandedTakes }: MarkdownOptions = {}): string {
  const parts = [markdown.firstScreen];
  if (expandedTakes) {
    if (markdown.notes) parts.push(markdown.notes);
    const takes = markdown.takes.filter((take) => expandedTakes.includes(take.viewpoint));
    if (takes.length > 0) parts.push([markdown.takesHeading, ...takes.map((take) => take.text)].join('\n'));
    parts.push(markdown.pairs);
  }
  parts.push(markdown.footer);
  return `${parts.join('\n\n')}\n`;
}
