/**
 * Keys and targets the card logic asks about. A letter is the card's only without Ctrl, Alt or Meta (those
 * are the browser's and the page's shortcuts), and never while the reader types.
 */

/** The key pressed, letters in lower case; '' for a letter held with Ctrl, Alt or Meta. */
export function keyOf(event: KeyboardEvent): string {
  const { key } = event;
  if (key.length !== 1) return key; // Escape, ArrowRight, Shift, …
  if (event.ctrlKey || event.altKey || event.metaKey) return '';
  return key.toLowerCase();
}

/** Whether keys typed at `element` are text: a field, or anything editable. */
export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return element.matches('input, textarea, select');
}

const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

/** Whether a click on `element` does something of the page's own (follows a link, presses a button). */
export function isInteractive(element: Element | null): boolean {
  const start = element?.nodeType === 3 ? element.parentElement : element;
  return !!start?.closest(INTERACTIVE);
}
