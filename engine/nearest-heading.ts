/**
 * The heading a text sits under, for the detector's page context (core/page-context.ts): the last h1–h6 at or
 * before the text in document order. A heading's own text sits under itself. Text inside a shadow root sits
 * under a heading of its own tree before it, else under the heading its host sits under. (role="heading" is not read: the page engine notes headings as its walk passes them, by tag name
 * alone, and reading an attribute of every element would cost that walk on pages of 100,000 elements.)
 *
 * The page engine asks once per walk (hint-runs.ts reports the headings it passes after that); `detect` asks
 * per run. A question looks back a few hundred elements first, where the heading of a card or a section
 * usually is; past that, it searches the document's headings. Ordering by compareDocumentPosition costs
 * the number of siblings where two nodes' ancestors part, so a search on a job board of thousands of cards
 * side by side is kept for the rare text no heading stands close to.
 */

/** Elements looked back over before the search. */
const LOOK_BACK = 300;
/** A heading longer than this is a page's misuse of the tag (a whole card in an h3): only its start is read. */
const MAX_HEADING = 200;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** Whether an element's localName is a heading's: h1 to h6. */
export function isHeadingName(name: string): boolean {
  if (name.length !== 2 || name.charCodeAt(0) !== 0x68) return false;
  const level = name.charCodeAt(1);
  return level >= 0x31 && level <= 0x36;
}

export interface HeadingFinder {
  /** The heading `node` sits under, or null when none comes before it. */
  headingBefore(node: Node): Element | null;
  /** A heading's text, white space folded; undefined when it has none. */
  textOf(heading: Element): string | undefined;
  /** Forget what was read: the page changed (it is read again on the next question). */
  reset(): void;
}

/**
 * The text of the heading `node` sits under (a function, not a method of the finder: the content script,
 * which bundles the finder, asks in two steps and caches the heading; the `detect` command asks this).
 */
export function headingOf(finder: HeadingFinder, node: Node): string | undefined {
  const heading = finder.headingBefore(node);
  return heading ? finder.textOf(heading) : undefined;
}

export function createHeadingFinder(doc: Document): HeadingFinder {
  let headings: Element[] | undefined;
  let texts = new WeakMap<Element, string>();

  /** The last heading at or before `placed` in the document's headings, by binary search. */
  const searchBefore = (placed: Node): Element | null => {
    headings ??= [...doc.querySelectorAll(HEADINGS)];
    let low = 0;
    let high = headings.length - 1;
    let found: Element | null = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const heading = headings[middle] as Element;
      const position = heading.compareDocumentPosition(placed);
      if (heading === placed || position & FOLLOWING || position & CONTAINED_BY) {
        found = heading;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };

  const finder: HeadingFinder = {
    headingBefore(node) {
      // Back over elements in document order (previous siblings' last descendants, then parents), first in
      // the node's own tree, then from each shadow host outwards; past LOOK_BACK, a search of the document.
      let from = node;
      for (;;) {
        let current: Node | null = from;
        for (let step = 0; current && step < LOOK_BACK; step++) {
          if (current.nodeType === 1 && isHeadingName((current as Element).localName))
            return current as Element;
          current = previousElement(current);
        }
        const root = from.getRootNode();
        if (!isShadowRoot(root)) return current ? searchBefore(from) : null;
        from = root.host;
      }
    },
    textOf(heading) {
      let text = texts.get(heading);
      if (text === undefined) {
        text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING);
        texts.set(heading, text);
      }
      return text || undefined;
    },
    reset() {
      headings = undefined;
      texts = new WeakMap();
    },
  };
  return finder;
}

/**
 * The element before `node` in document order: its previous element sibling's last descendant, else its
 * parent element; null at the top of its tree. (By hand: happy-dom's TreeWalker.previousNode skips previous
 * siblings, and `detect` runs in happy-dom.)
 */
function previousElement(node: Node): Element | null {
  let sibling = node.previousSibling;
  while (sibling && sibling.nodeType !== 1) sibling = sibling.previousSibling;
  if (!sibling) {
    const parent = node.parentNode;
    return parent?.nodeType === 1 ? (parent as Element) : null;
  }
  let last = sibling as Element;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host !== undefined;
}
