/**
 * The heading a text sits under, for the detector's page context (core/page-context.ts): the last heading
 * (h1–h6, or role="heading") at or before the text in document order. A heading's own text sits under
 * itself. Text inside a shadow root is placed where its host is: headings are looked for in the document's
 * own tree, which is where a page's outline lives.
 */

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** A heading longer than this is a page's misuse of the tag (a whole card in an h3): only its start is read. */
const MAX_HEADING = 200;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING: Node's constants are not on every global here.
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

export interface HeadingFinder {
  /** The text of the heading `node` sits under, or undefined when none comes before it. */
  headingOf(node: Node): string | undefined;
  /** Forget the headings read: the page changed (they are read again on the next question). */
  reset(): void;
}

export function createHeadingFinder(doc: Document): HeadingFinder {
  let headings: Element[] | undefined;
  const texts = new Map<Element, string>();

  const textOf = (heading: Element): string => {
    let text = texts.get(heading);
    if (text === undefined) {
      text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING);
      texts.set(heading, text);
    }
    return text;
  };

  return {
    headingOf(node) {
      headings ??= [...doc.querySelectorAll(HEADINGS)];
      if (headings.length === 0) return undefined;
      const placed = inDocumentTree(node);
      // Binary search for the last heading that is the node's ancestor or comes before it.
      let low = 0;
      let high = headings.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const heading = headings[middle] as Element;
        const position = heading.compareDocumentPosition(placed);
        if (heading === placed || position & FOLLOWING || position & CONTAINED_BY) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      return found < 0 ? undefined : textOf(headings[found] as Element) || undefined;
    },
    reset() {
      headings = undefined;
      texts.clear();
    },
  };
}

/** The node itself, or for a node in a shadow tree the host in the document's own tree. */
function inDocumentTree(node: Node): Node {
  let placed = node;
  for (let root = placed.getRootNode(); isShadowRoot(root); root = placed.getRootNode()) placed = root.host;
  return placed;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host !== undefined;
}
