/**
 * Where a run of text ends beyond what tag names say (issue 11, item 4: runs follow rendering).
 *
 * skip-rules.ts lists the inline tags (span, a, b, …): text flows on across them, every other tag ends the run.
 * That alone joins what a reader sees apart: two filter chips `<span>产品</span><span>运营</span>` in a flex
 * row read as 产品运营. So an element with an inline tag still ends the run when it is rendered as a box of
 * its own. What tells it, in the order the checks run:
 *
 * - **Its role** (markup, both sides): `role="button"`, `tab`, `option`, `menuitem`, `listitem`, `cell`… is a
 *   control or one item of a collection, what the tags button, li, td, th and option already are; the
 *   accessibility tree presents it as an object of its own, whatever its display.
 * - **Its display** (the browser: computed style). Every value but `inline` and `contents` (whose children
 *   flow on in the parent) is a box of its own: inline-block (the usual chip or tag), inline-flex, table-cell,
 *   list-item, block… The browser *blockifies* the children of a flex or grid container, floats and
 *   absolutely positioned elements, and reports it in the computed value (a `<span>` flex item computes to
 *   `block`), so one read of `display` answers for the parent being a flex or grid container too. The
 *   children of a legacy `-webkit-box` are not blockified (Chromium computes them `inline`), and joining is
 *   what it shows.
 * - **Its declared display** (Node: no layout, no style sheets). `npm run detect` parses pages in happy-dom,
 *   which has no layout and never loads the page's CSS, so it reads what the markup alone says: the
 *   element's own `style` attribute (`display`, and `float` or `position: absolute|fixed`, which blockify),
 *   and its parent's (`display: flex|inline-flex|grid|inline-grid` blockifies the children; a parent with
 *   `display: contents` passes the question on to its own parent). This is the browser's rule applied to
 *   what a `style` attribute declares; where display comes from a style sheet (`.chips { display: flex }`,
 *   `.tag { display: inline-block }`), the browser splits and Node does not. That is the one difference
 *   (README, Architecture; tests/unit/engine-run-boundary.test.ts and tests/e2e/runs-rendering.test.ts).
 *
 * Not used, on purpose:
 * - **Class names** (chip, tag, label, badge…). They are the author's words, not a rendering: `tag` is in
 *   `hashtag`, `tagline`, `tag-title`, `stage`… and a class that paints a chip in one site's CSS paints a
 *   search term's highlight in another's. The browser sees the display those classes give, which is the
 *   fact; guessing it from the name in Node would split where the browser (and the reader) joins.
 * - **Padding, border, margin or a background on an inline box.** A chip drawn as a plain inline box with a
 *   border still joins its neighbour here; but the same styles draw the highlighted search term of a job
 *   board's results (`<em class="keyword">运营</em>总监`), which must join, and most chip styles use
 *   inline-block or inline-flex anyway (a vertical padding needs it).
 * - **A non-inline tag styled inline** (`<li style="display:inline">`, `<div style="display:inline">`) still
 *   ends the run: styles only ever split a run, never join one. A menu of inline list items is still a list
 *   of separate items, and the engine's bookkeeping (mutation-changes.ts's runContainer, the block a mark's
 *   painting follows, the viewport's first block) relies on every non-inline tag ending a run.
 */

/**
 * Decides whether an element whose tag is inline (skip-rules.ts's isInlineTag) still ends a run: true ends
 * it. Every walk of a document uses one rule (the full walk of text-runs.ts, the runs built around hint
 * nodes in run-around.ts), so the engine's runs stay exactly the full walk's. The walks take it as an
 * argument: the content script bundles only the browser's rule, Node only declared-display.ts's.
 */
export type RunBreak = (element: Element) => boolean;

/** Roles of a control, or of one item of a collection (list, grid, table, menu, tabs, listbox, tree). */
const ITEM_ROLES: ReadonlySet<string> = new Set([
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'listitem',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'treeitem',
]);

const WHITE_SPACE = /\s+/;

/**
 * True if the element's role is a control or an item. The first token is read: a browser takes the first
 * token it knows as a role, which is the first one unless an author put an unknown word before it.
 */
export function hasItemRole(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === null) return false;
  const first = role.trim().split(WHITE_SPACE, 1)[0];
  return first !== undefined && ITEM_ROLES.has(first.toLowerCase());
}

/** Computed `display` values text flows on through: the inline box, and `contents` (no box of its own). */
export function flowsOn(display: string): boolean {
  return display === 'inline' || display === 'contents';
}

/**
 * The rule in the browser: the element's role, then its computed `display` (see the top of this file). One
 * style read per inline element met; only the runs around hint nodes are built (hint-runs.ts), so only
 * the inline elements beside a possible word are read.
 */
export function renderedBreak(view: Pick<Window, 'getComputedStyle'>): RunBreak {
  return (element) => hasItemRole(element) || !flowsOn(view.getComputedStyle(element).display);
}
