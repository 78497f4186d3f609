import type { TermExplanation } from '../core/knowledge-types';
import type { Settings } from '../core/settings';
import { TermCard } from './TermCard';

export interface TooltipProps {
  explanation: TermExplanation;
  surface: string;
  theme: Settings['theme'];
}

/** The hover card drawn on pages, inside the <role-lens-tooltip> shadow root. */
export function Tooltip({ explanation, surface, theme }: TooltipProps) {
  return (
    <div class="rl-root rl-tooltip" data-theme={theme} role="tooltip">
      <TermCard explanation={explanation} surface={surface} />
    </div>
  );
}
