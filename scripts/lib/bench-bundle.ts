import { build } from 'esbuild';
import { PROJECT_ROOT } from './chromium';

/**
 * The page engine bundled as one classic script for a plain page (no extension), defining
 * `globalThis.RoleLensEngine`: `startPageMarker`, `visibleText`, `HIGHLIGHT_NAME`, and `termsDetector` /
 * `termsHint` (a detector from a list of terms and its text test: the trivial ones of the engine tests, and
 * the ones given the same terms as mark.js in the benchmark); for the tests of runs in a real browser, the
 * walks (`createRunWalker`, `createHintRunWalker`) and the rules of run boundaries (`renderedBreak`,
 * `markupBreak`).
 * Evaluated with `page.evaluate`, not added as a <script> element, so the page's DOM stays as served.
 */
export async function bundleEngine(): Promise<string> {
  const lines = [
    "import { startPageMarker } from './engine/page-marker';",
    "import { visibleText } from './engine/visible-text';",
    "import { HIGHLIGHT_NAME } from './engine/highlight-set';",
    "import { termsDetector, termsHint } from './scripts/lib/bench-terms-detector';",
    "import { createRunWalker } from './engine/text-runs';",
    "import { createHintRunWalker } from './engine/hint-runs';",
    "import { renderedBreak } from './engine/run-boundary';",
    "import { markupBreak } from './engine/declared-display';",
    'globalThis.RoleLensEngine = {',
    '  startPageMarker, visibleText, HIGHLIGHT_NAME, termsDetector, termsHint,',
    '  createRunWalker, createHintRunWalker, markupBreak, renderedBreak,',
    '};',
  ];
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    minify: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the engine bundle');
  return output.text;
}
