/**
 * The run rule in Node (run-boundary.ts, "Its declared display"): `npm run detect` has no layout and never
 * loads a page's CSS, so an inline element ends a run by its role or by the display its own and its
 * parent's `style` attributes declare, as the browser would compute it if no style sheet said otherwise.
 */

import { flowsOn, hasItemRole, type RunBreak } from './run-boundary';
import { isInlineTag } from './skip-rules';

/** The rule in Node: the element's role, then the display its own and its parent's `style` attributes declare. */
export const markupBreak: RunBreak = (element) =>
  hasItemRole(element) || !flowsOn(declaredDisplay(element, element.getAttribute('style')));

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

const WHITE_SPACE = /\s+/;

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
