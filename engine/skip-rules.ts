/**
 * Which parts of a page the scanner reads, and where one run of text ends and the next begins by tag name.
 * Decided from tag names and attributes only (never computed style), so the content script in the browser
 * and the Node `detect` command (happy-dom, no layout) read exactly the same text. An element with an inline
 * tag can still end a run when it renders as a box of its own (a chip, a flex item): run-boundary.ts decides
 * that, from computed style in the browser and from the markup in Node.
 */

import { UI_HOST_TAG } from '../core/contract';

/** The one element Role Lens adds to a page (the card's host); its text is ours, never the page's. */
export { UI_HOST_TAG };

/** Sets of `localName`s (lower case for HTML elements; cheaper to read than `nodeName`, which upper-cases). */
function tagSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names);
}

/** Elements whose content is not page text a reader sees (code, form controls, fallback, metadata). */
export const SKIPPED_TAGS = tagSet([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe', // its text is fallback markup; a same-origin frame's document is scanned on its own
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  UI_HOST_TAG,
]);

/**
 * Elements skipped for an attribute: hidden ones, and editable text, which belongs to the user (marking it
 * would fight the caret). Found with one querySelectorAll per walk, then `isSkippedByAttribute` drops
 * contenteditable="false" (a plain selector is cheaper than one with :not()).
 */
export const SKIPPED_BY_ATTRIBUTE_SELECTOR = '[hidden], [contenteditable]';

/**
 * The attribute rules alone, for `closest()` on text whose ancestors' tags are known not to be skipped (a walk
 * that steps around skipped tags): two selectors to match per ancestor instead of twenty.
 */
export const SKIPPED_BY_ATTRIBUTE_ONLY_SELECTOR =
  '[hidden], [contenteditable]:not([contenteditable="false" i])';

/**
 * One selector for every skipped element (tags and attributes), for `closest()`: whether a text node sits in
 * skipped content is then a single native call, however deep the page.
 */
export const SKIPPED_SELECTOR = [...SKIPPED_TAGS, SKIPPED_BY_ATTRIBUTE_ONLY_SELECTOR].join(',');

/** The attributes the skip rules read: the engine watches them, so text a page shows or hides later follows. */
export const SKIP_ATTRIBUTES = ['hidden', 'contenteditable'];

export function isSkippedByAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * Inline elements: text on both sides of them flows on as one run, so `<b>运营</b>总监` reads as 运营总监,
 * unless the element renders as a box of its own (run-boundary.ts: `<span>产品</span><span>运营</span>` as two
 * flex items or two inline-block chips are two runs). Every other element (div, p, li, td, button, br, img, …)
 * ends the run before it and after it, whatever its style.
 */
const INLINE_TAGS = tagSet([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);

/** True if an element with this `localName` continues the run of text around it. */
export function isInlineTag(localName: string): boolean {
  return INLINE_TAGS.has(localName);
}

/** True if the element and everything inside it is not read (see SKIPPED_TAGS and the attribute rules). */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || isSkippedByAttribute(element);
}

/**
 * True if the element's tag continues the run of text around it (see INLINE_TAGS). Its style may still end
 * the run (run-boundary.ts); this is the tag's answer alone, which never joins more than the full rule.
 */
export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** True if `node` or one of its ancestors (crossing shadow roots) is skipped, so its text is never read. */
export function isInSkippedSubtree(node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 1 && isSkippedElement(current as Element)) return true;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return false;
}
