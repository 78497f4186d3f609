import { Window } from 'happy-dom';
import type { PageContext } from '../../core/page-context';
import { createHeadingFinder, headingOf } from '../../engine/nearest-heading';
import { documentRuns, RUN_SEPARATOR } from '../../engine/visible-text';
import { declaredCharset } from './charset';

export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder(declaredCharset(bytes)).decode(bytes);
  } catch {
    // An encoding name TextDecoder does not know: read it as UTF-8 rather than fail.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** One run of a saved page: its text, where it starts in the visible text, and its page context. */
export interface HtmlRun {
  text: string;
  start: number;
  context: PageContext;
}

/**
 * The runs of a saved HTML page as the content script reads them (engine/visible-text.ts, the markup's run
 * rule), each with where it starts in the page's visible text (runs joined by RUN_SEPARATOR) and its context:
 * the page's <title> and the heading it sits under (engine/nearest-heading.ts).
 */
export async function htmlRuns(bytes: Uint8Array): Promise<HtmlRun[]> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(decodeHtml(bytes), 'text/html') as unknown as Document;
    const title = doc.title.replace(/\s+/g, ' ').trim();
    const headings = createHeadingFinder(doc);
    let start = 0;
    return documentRuns(doc).map((run) => {
      const heading = headingOf(headings, run.nodes[0] as Text);
      const context = { ...(title ? { title } : {}), ...(heading ? { heading } : {}) };
      const placed = { text: run.text, start, context };
      start += run.text.length + RUN_SEPARATOR.length;
      return placed;
    });
  } finally {
    await window.happyDOM.close();
  }
}
