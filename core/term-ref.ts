/**
 * How the content script names a detection's term: "#" and its index in the lexicon's terms, not its id.
 * The ids (用户运营, 抖音运营…) would cost the script that loads on every page more than a kilobyte (its 40 KB
 * budget); the background, which builds cards from the whole lexicon, reads the index back
 * (core/knowledge/detection-card.ts). Node tools keep the ids.
 */
export const termRef = (index: number): string => `#${index}`;

/** The index a reference names, or undefined for a term id. */
export function termIndexOf(term: string): number | undefined {
  return /^#\d+$/.test(term) ? Number(term.slice(1)) : undefined;
}
