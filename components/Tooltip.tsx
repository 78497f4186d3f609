import { useId } from 'preact/hooks';
import type { Card } from '../core/knowledge/card-model';
import type { Settings } from '../core/settings';
import { TermCard } from './TermCard';

export interface TooltipProps {
  /** The card to show; without one, `message` says why there is none (a selection holding no term). */
  card?: Card;
  message?: string;
  theme: Settings['theme'];
  /** Puts the card on the clipboard as Markdown (the content script's clipboard access). */
  onCopy?: (markdown: string) => Promise<void>;
}

/**
 * The card drawn on pages, inside the <role-lens-tooltip> shadow root: a dialog labelled by its headword and
 * described by its first line, which takes focus when the reader pins it (tabindex -1: focusable by script,
 * not in the page's tab order). The key hints follow the state the host marks on it (data-pinned).
 */
export function Tooltip({ card, message, theme, onCopy }: TooltipProps) {
  const id = useId();
  return (
    <div
      class="rl-root rl-tooltip"
      data-theme={theme}
      role="dialog"
      tabIndex={-1}
      aria-labelledby={card ? `${id}-title` : undefined}
      aria-label={card ? undefined : '岗位透镜'}
      aria-describedby={`${id}-lead`}
    >
      {card ? (
        <TermCard card={card} onCopy={onCopy} ids={{ title: `${id}-title`, lead: `${id}-lead` }} />
      ) : (
        <p class="rl-lead" id={`${id}-lead`}>
          {message}
        </p>
      )}
      <p class="rl-keys" aria-hidden="true">
        <span class="rl-keys-hover">{card ? card.labels.pinHint : '按 P 固定'}</span>
        <span class="rl-keys-pinned">{card ? card.labels.pinnedHint : 'N/B 切换 · Esc 关闭'}</span>
      </p>
    </div>
  );
}
