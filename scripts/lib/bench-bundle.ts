import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from './chromium';

/**
 * The page engine bundled as one classic script for a plain page (no extension), defining
 * `globalThis.RoleLensEngine`: `startPageMarker`, `visibleText`, `HIGHLIGHT_NAME`, `termsDetector`
 * (a detector from a list of terms: the trivial one of the engine tests, and the one given the same terms
 * as mark.js in the benchmark), and `lexiconDetector` when the project's detector exists.
 * Evaluated with `page.evaluate`, not added as a <script> element, so the page's DOM stays as served.
 */
export async function bundleEngine({ withLexicon = false }: { withLexicon?: boolean } = {}): Promise<string> {
  const hasDetector = existsSync(path.join(PROJECT_ROOT, 'core/detector.ts'));
  const lines = [
    "import { startPageMarker } from './engine/page-marker';",
    "import { visibleText } from './engine/visible-text';",
    "import { HIGHLIGHT_NAME } from './engine/highlight-set';",
    "import { termsDetector } from './scripts/lib/bench-terms-detector';",
    withLexicon && hasDetector
      ? "import { detector } from './core/detector';"
      : 'const detector = undefined;',
    'globalThis.RoleLensEngine = { startPageMarker, visibleText, HIGHLIGHT_NAME, termsDetector,',
    '  lexiconDetector: detector ? (text) => detector.detect(text) : undefined };',
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
