/**
 * Whether an element, where it holds no text of its own under the pointer, lets the eye through to what
 * lies beneath it: a whole-card link (`<a style="position:absolute; inset:0">`), an empty positioned layer.
 * Decided from computed style alone, read and never written. Anything it cannot be sure of counts as
 * visible, so text under a real modal, a backdrop or a cookie banner never gets a card.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Elements that paint content of their own without text nodes (images, media, form controls, frames the
 * engine has not scanned): never see-through, whatever their background.
 */
const PAINTS_ITS_OWN_CONTENT = new Set([
  'img',
  'video',
  'audio',
  'canvas',
  'iframe',
  'frame',
  'embed',
  'object',
  'input',
  'textarea',
  'select',
  'meter',
  'progress',
]);

/** The ::before and ::after boxes are hit-tested as their element: they must be empty and clear too. */
const PSEUDO_ELEMENTS = ['::before', '::after'] as const;

/** `content` of a pseudo-element that has no box. */
const NO_PSEUDO_BOX = new Set(['none', 'normal']);

/**
 * True if `element` paints nothing the eye would see at the point, apart from its own text (the caller reads
 * that): fully transparent (opacity 0), or no background colour, background image or backdrop filter, on the
 * element and on its ::before/::after, which may only be empty (`content: ""`). An element that may hide a
 * closed shadow root (a custom element without an open one) counts as visible: its content cannot be read.
 */
export function looksTransparent(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || element.namespaceURI !== XHTML || PAINTS_ITS_OWN_CONTENT.has(element.localName)) return false;
  const style = view.getComputedStyle(element);
  if (style.opacity === '0') return true; // the element and everything in it are invisible
  if (style.visibility !== 'visible') return true; // its own box paints nothing (children are layers of their own)
  if (!element.shadowRoot && element.localName.includes('-')) return false;
  if (!paintsNoBox(style)) return false;
  for (const pseudo of PSEUDO_ELEMENTS) {
    const pseudoStyle = view.getComputedStyle(element, pseudo);
    if (NO_PSEUDO_BOX.has(pseudoStyle.content)) continue;
    if (pseudoStyle.content !== '""' || !paintsNoBox(pseudoStyle)) return false;
  }
  return true;
}

/** No background colour, no background image and no backdrop filter (frosted glass blurs what is beneath). */
function paintsNoBox(style: CSSStyleDeclaration): boolean {
  return (
    isClearColour(style.backgroundColor) &&
    style.backgroundImage === 'none' &&
    (style.backdropFilter ?? 'none') === 'none'
  );
}

/** `rgba(r, g, b, 0)` (four components: `rgb(255, 255, 0)` is yellow), or a modern colour's `/ 0)`. */
const CLEAR_COLOUR = /^rgba\([^,]*,[^,]*,[^,]*,\s*0\)$|\/\s*0\)$/;

/**
 * A computed colour with zero alpha. Browsers serialise a legacy colour as `rgba(r, g, b, a)` and modern ones
 * as `color(…/ a)`, `oklch(…/ a)` and the like (https://drafts.csswg.org/css-color-4/#serializing-color-values);
 * anything else, however faint, is a visible background.
 */
function isClearColour(colour: string): boolean {
  return colour === 'transparent' || CLEAR_COLOUR.test(colour);
}
