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

import { isInlineTag } from './skip-rules';

/**
 * Decides whether an element whose tag is inline (skip-rules.ts's isInlineTag) still ends a run: true ends
 * it. Every walk of a document uses one rule (the full walk of text-runs.ts, the runs built around hint
 * nodes in run-around.ts), so the engine's runs stay exactly the full walk's.
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
function flowsOn(display: string): boolean {
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

/** The rule in Node: the element's role, then the display its own and its parent's `style` attributes declare. */
export const markupBreak: RunBreak = (element) =>
  hasItemRole(element) || !flowsOn(declaredDisplay(element, element.getAttribute('style')));

// ---- What a style attribute declares ------------------------------------------------------------------

/** Single `display` keywords (CSS Display 3, and the legacy box values browsers still accept). */
const DISPLAY_KEYWORDS: ReadonlySet<string> = new Set([
  'none',
  'contents',
  'block',
  'inline',
  'inline-block',
  'flow-root',
  'run-in',
  'flow',
  'list-item',
  'flex',
  'inline-flex',
  'grid',
  'inline-grid',
  'table',
  'inline-table',
  'table-row-group',
  'table-header-group',
  'table-footer-group',
  'table-row',
  'table-cell',
  'table-column-group',
  'table-column',
  'table-caption',
  'ruby',
  'ruby-base',
  'ruby-text',
  'ruby-base-container',
  'ruby-text-container',
  'math',
  '-webkit-box',
  '-webkit-inline-box',
]);
/** Keywords that may be combined (`inline flow-root`, `block flex`, `inline flow`). */
const DISPLAY_PARTS: ReadonlySet<string> = new Set([
  'block',
  'inline',
  'run-in',
  'flow',
  'flow-root',
  'table',
  'flex',
  'grid',
  'ruby',
  'list-item',
]);
/** Parent displays that blockify their children (not -webkit-box: Chromium leaves those inline). */
const BLOCKIFYING_PARENT: ReadonlySet<string> = new Set(['flex', 'inline-flex', 'grid', 'inline-grid']);

/** `float` values that float the box (and blockify it); `none` and anything invalid leave it in the line. */
const FLOATS: ReadonlySet<string> = new Set(['left', 'right', 'inline-start', 'inline-end']);

/** The declarations of a `style` attribute that matter here, as the CSS parser keeps them. */
interface DeclaredBox {
  display?: string;
  float?: string;
  position?: string;
}

const DECLARATION = /^\s*(display|float|position)\s*:\s*([^!]*?)\s*(!\s*important\s*)?$/i;

/**
 * Reads `display`, `float` and `position` from a `style` attribute: the last valid declaration of each wins,
 * unless an earlier one is `!important`. Values normalised to lower case, one space between keywords.
 */
function declaredBox(style: string): DeclaredBox {
  const box: DeclaredBox = {};
  const important: Partial<Record<keyof DeclaredBox, boolean>> = {};
  const declarations = style.split(';');
  for (let index = 0; index < declarations.length; index++) {
    const match = DECLARATION.exec(declarations[index] as string);
    if (!match) continue;
    const property = (match[1] as string).toLowerCase() as keyof DeclaredBox;
    const value = (match[2] as string).toLowerCase().split(WHITE_SPACE).join(' ');
    const isImportant = match[3] !== undefined;
    if (important[property] && !isImportant) continue;
    if (property === 'display' && !isDisplayValue(value) && !isWideKeyword(value)) continue;
    box[property] = value;
    important[property] = isImportant;
  }
  return box;
}

const WIDE_KEYWORDS: ReadonlySet<string> = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);

/** A CSS-wide keyword, valid for every property. */
function isWideKeyword(value: string): boolean {
  return WIDE_KEYWORDS.has(value);
}

function isDisplayValue(value: string): boolean {
  if (DISPLAY_KEYWORDS.has(value)) return true;
  const parts = value.split(' ');
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((part) => DISPLAY_PARTS.has(part));
}

/** The display a browser computes from a valid declared value (multi-keyword values in their short form). */
function displayKeyword(value: string): string {
  switch (value) {
    case 'flow':
    case 'block flow':
    case 'flow block':
      return 'block';
    case 'inline flow':
    case 'flow inline':
      return 'inline';
    case 'inline flow-root':
    case 'flow-root inline':
      return 'inline-block';
    default:
      // Anything else is a box of its own: for this rule only inline and contents matter.
      return value;
  }
}

/**
 * The display of an element with an inline tag as its markup declares it (see the top of this file), as
 * the browser would compute it if no style sheet said otherwise.
 */
function declaredDisplay(element: Element, style: string | null): string {
  const box = style === null ? {} : declaredBox(style);
  let display = box.display === undefined ? 'inline' : displayKeyword(box.display);
  if (display === 'inherit') display = parentDisplay(element);
  else if (isWideKeyword(display)) display = 'inline'; // display's initial and UA value for these tags
  if (display === 'contents' || display === 'none') return display;
  if (box.float !== undefined && FLOATS.has(box.float)) return 'block';
  if (box.position === 'absolute' || box.position === 'fixed') return 'block';
  if (BLOCKIFYING_PARENT.has(blockParentDisplay(element))) return display === 'inline' ? 'block' : display;
  return display;
}

/** The declared display of the parent (inline for an inline tag without one, block for any other tag). */
function parentDisplay(element: Element): string {
  const parent = element.parentElement;
  if (!parent) return 'block';
  const style = parent.getAttribute('style');
  if (style === null) return isInlineTag(parent.localName) ? 'inline' : 'block';
  const display = declaredBox(style).display;
  if (display === undefined || isWideKeyword(display)) {
    return isInlineTag(parent.localName) ? 'inline' : 'block';
  }
  return displayKeyword(display);
}

/** The declared display of the box the element sits in, looking through parents with `display: contents`. */
function blockParentDisplay(element: Element): string {
  let parent = element.parentElement;
  while (parent) {
    const style = parent.getAttribute('style');
    if (style === null) return '';
    const display = declaredBox(style).display;
    if (display === undefined) return '';
    const keyword = displayKeyword(display);
    if (keyword !== 'contents') return keyword;
    parent = parent.parentElement;
  }
  return '';
}
