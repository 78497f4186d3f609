import { createContext } from 'preact';
import type { CardLabels } from '../core/knowledge/card-model';

/**
 * The card's own words (they come with each card, in its language) for what deep inside it needs them: a
 * citation's spoken name, a misprint's marker. TermCard and the comparison provide them.
 */
export const CardLabelsContext = createContext<CardLabels | undefined>(undefined);
