import { markupBreak } from './declared-display';
import type { RunBreak } from './run-boundary';
import { createRunWalker, type TextRun } from './text-runs';

/** Between two runs in `visibleText`: no lexicon entry contains a line break, so no match spans runs. */
export const RUN_SEPARATOR = '\n';

/**
 * Every run of the document in the order the scanner reads them: the document's own runs in tree order,
 * then the runs of each open shadow root in the order their hosts were met (a shadow root's own shadow
 * roots follow it the same way). Same-origin frames are separate documents and are not included.
 * `breaks`: which inline elements still end a run (run-boundary.ts). The default is what the markup alone
 * declares, the rule of the Node tools (no layout); in a browser, `renderedBreak(window)` gives the page
 * engine's runs.
 */
export function documentRuns(doc: Document, breaks: RunBreak = markupBreak): TextRun[] {
  const runs: TextRun[] = [];
  const roots: Node[] = [doc.documentElement ?? doc];
  for (let index = 0; index < roots.length; index++) {
    const root = roots[index] as Node;
    const walker = createRunWalker({ root, breaks, onShadowRoot: (shadow) => roots.push(shadow) });
    for (let run = walker.next(); run; run = walker.next()) runs.push(run);
  }
  return runs;
}

/**
 * The text the content script matches, as one string: each run's text (exactly the strings passed to
 * `detect`), joined by RUN_SEPARATOR. A detection at `[start, end)` of run i sits at
 * `[offset_i + start, offset_i + end)` here, where offset_i is the total length of the runs before it plus
 * one separator per run. Runs of only white space are left out. `breaks` as for documentRuns.
 */
export function visibleText(doc: Document, breaks: RunBreak = markupBreak): string {
  return documentRuns(doc, breaks)
    .map((run) => run.text)
    .join(RUN_SEPARATOR);
}
