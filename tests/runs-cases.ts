import path from 'node:path';

/**
 * The cases of tests/e2e/fixtures/engine/runs.html (issue 11, item 4: runs follow rendering) and the runs
 * expected of each: `browser` as the page engine reads them in Chromium (computed display), `node` as the
 * `detect` command reads them (markup only, engine/run-boundary.ts). They differ only where display comes from
 * a style sheet, which Node never sees: the cases of the `sheet` section, and no other.
 */
export const RUNS_FIXTURE = path.resolve(import.meta.dirname, 'e2e/fixtures/engine/runs.html');

export interface RunsCase {
  id: string;
  section: 'sheet' | 'markup' | 'joined';
  browser: string[];
  node: string[];
}

const both = (id: string, section: RunsCase['section'], runs: string[]): RunsCase => ({
  id,
  section,
  browser: runs,
  node: runs,
});
const SPLIT = ['产品', '运营'];

export const RUNS_CASES: readonly RunsCase[] = [
  // Flex items, grid items, inline-block chips, inline-flex pills, by a class: Node cannot see the class's CSS.
  { id: 'flex-chips', section: 'sheet', browser: SPLIT, node: ['产品运营'] },
  { id: 'grid-items', section: 'sheet', browser: SPLIT, node: ['产品运营'] },
  { id: 'chip-spans', section: 'sheet', browser: ['销售', '运营'], node: ['销售运营'] },
  { id: 'pills', section: 'sheet', browser: SPLIT, node: ['产品运营'] },
  // The same declared in `style` attributes, and what tags and roles say: split on both sides.
  both('flex-attribute', 'markup', SPLIT),
  both('grid-attribute', 'markup', SPLIT),
  both('inline-block', 'markup', SPLIT),
  both('buttons', 'markup', SPLIT),
  both('role-buttons', 'markup', SPLIT),
  both('cells', 'markup', SPLIT),
  both('role-cells', 'markup', SPLIT),
  both('items', 'markup', SPLIT),
  both('inline-items', 'markup', SPLIT), // a list item styled inline is still an item of its own
  both('tabs', 'markup', SPLIT),
  both('contents', 'markup', SPLIT), // flex items through a display: contents wrapper
  both('floated', 'markup', SPLIT),
  both('important', 'markup', SPLIT), // an earlier !important declaration beats a later plain one
  // Inline formatting inside a word joins, so do declared inline displays and the line-clamp idiom
  // (-webkit-box lays its children out as lines: Chromium leaves them inline).
  both('bold', 'joined', ['运营总监']),
  both('spans', 'joined', ['运营总监']),
  both('keyword', 'joined', ['运营总监']), // a search term's highlight with a border and a background
  both('in-item', 'joined', ['运营总监', '销售']), // inside a flex item, formatting still joins
  both('declared-inline', 'joined', ['产品运营']),
  both('not-a-display', 'joined', ['产品运营']), // an invalid value is dropped, as the CSS parser drops it
  both('line-clamp', 'joined', ['产品运营']),
];
