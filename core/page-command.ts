import { hasMessageType } from './message-type';

/**
 * The keyboard command that explains the selection (or the next mark) on the current page: the background
 * hears it (browser.commands) and tells the page's content script (this message). The key is the user's to
 * change at chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
 */
export const EXPLAIN_COMMAND = 'explain';
export const EXPLAIN_MESSAGE = 'role-lens:explain';

export function isExplainMessage(message: unknown): boolean {
  return hasMessageType(message, EXPLAIN_MESSAGE);
}

/** The longest selection the popup looks up (a longer one is cut): titles are short. */
export const MAX_QUERY_CHARS = 100;

/**
 * The popup's question on opening: did the context menu open it to explain a selection? The background
 * answers with that text (once), or null.
 */
export const PENDING_QUERY_MESSAGE = 'role-lens:pending-query';

export function isPendingQueryRequest(message: unknown): boolean {
  return hasMessageType(message, PENDING_QUERY_MESSAGE);
}
