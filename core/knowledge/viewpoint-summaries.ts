import summaries from '../../data/viewpoint-summaries.json';

/**
 * One line per viewpoint for the options page. A module of its own so the content script, which never shows
 * summaries, does not bundle them (it loads on every page and has a 40 KB gzip budget).
 */
export function viewpointSummary(id: string): string {
  return (summaries as Record<string, string>)[id] ?? '';
}
