import { useId } from 'preact/hooks';
import type { Card } from '../core/knowledge/card-model';
import type { Settings } from '../core/settings';
import { TermCard } from './TermCard';

export interface TooltipProps {
  /** The card to show; without one, `message` says why there is none (a selection holding no term). */
  card?: Card;
  message?: string;
  /** The card's words when there is no card (they come with the message). */
  labels?: Card['labels'];
  theme: Settings['theme'];
  /** Puts the card on the clipboard as Markdown (the content script's clipboard access). */
  onCopy?: (markdown: string) => Promise<void>;
}

/**
 * The card drawn on pages, inside the <role-lens-tooltip> shadow root: a dialog labelled by its headword and
 * described by its first line, which takes focus when the reader pins it (tabindex -1: focusable by script,
 * not in the page's tab order). The key hints follow the state the host marks on it (data-pinned).
 */
export function Tooltip({ card, message, labels = card?.labels, theme, onCopy }: TooltipProps) {
  const id = useId();
  return (
    <div
      class="rl-root rl-tooltip"
      data-theme={theme}
      role="dialog"
      tabIndex={-1}
      aria-labelledby={card ? `${id}-title` : undefined}
      aria-label={card ? undefined : labels?.appName}
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
        <span class="rl-keys-hover">{labels?.pinHint}</span>
        <span class="rl-keys-pinned">{labels?.pinnedHint}</span>
      </p>
    </div>
  );
}
