/** A caret position: a node and an offset in it. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The open shadow roots on the way down to the element at (x, y). caretPositionFromPoint only looks inside
 * shadow roots it is handed (https://drafts.csswg.org/cssom-view/#dom-document-caretpositionfrompoint);
 * without them it stops at the host.
 */
export function shadowRootsAt({
  doc,
  x,
  y,
  element: top = doc.elementFromPoint(x, y),
}: {
  doc: Document;
  x: number;
  y: number;
  /** `doc.elementFromPoint(x, y)` if the caller has it already. */
  element?: Element | null;
}): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = top;
  while (element?.shadowRoot && !roots.includes(element.shadowRoot)) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

/**
 * The caret position at viewport point (x, y): the standard caretPositionFromPoint (Chromium 128+,
 * Firefox), else WebKit's caretRangeFromPoint, which cannot see into shadow roots.
 */
export function caretFromPoint({
  doc,
  x,
  y,
  element,
}: {
  doc: Document;
  x: number;
  y: number;
  element?: Element | null;
}): Caret | null {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const shadowRoots = shadowRootsAt({ doc, x, y, element });
    const position = caretDoc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
