import type { Family } from './types';

/**
 * Names other code and users rely on (README, "Restyle the marks"; the page's DOM contract): kept in one
 * place so the engine, the page UI, the tools and the tests agree.
 */

/** The one element Role Lens adds to a page: the card's host, with an open shadow root. */
export const UI_HOST_TAG = 'role-lens-tooltip';

/** The registry names of the marks, for `::highlight(...)` restyling. */
export const HIGHLIGHT_NAME: Record<Family, string> = {
  operations: 'role-lens-operations',
  marketing: 'role-lens-marketing',
  sales: 'role-lens-sales',
};

export const HIGHLIGHT_NAMES: readonly string[] = Object.values(HIGHLIGHT_NAME);
