import type { Card } from '../core/knowledge/card-model';
import type { Settings } from '../core/settings';
import { TermCard } from './TermCard';

export interface TooltipProps {
  card: Card;
  theme: Settings['theme'];
  /** Puts the card on the clipboard as Markdown (the content script's clipboard access). */
  onCopy?: (markdown: string) => Promise<void>;
}

/** The card drawn on pages, inside the <role-lens-tooltip> shadow root. */
export function Tooltip({ card, theme, onCopy }: TooltipProps) {
  return (
    <div
      class="rl-root rl-tooltip"
      data-theme={theme}
      role="dialog"
      aria-label={`${card.headword}：岗位透镜的解释`}
    >
      <TermCard card={card} onCopy={onCopy} />
    </div>
  );
}
