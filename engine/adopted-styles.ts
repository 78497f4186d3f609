/**
 * Styles for a document without touching its DOM: a constructed stylesheet in `adoptedStyleSheets` is not
 * a node, so no MutationObserver of the page sees it. Used for frames, whose marks paint only with
 * `::highlight()` rules of their own document. The sheet must come from that document's own window:
 * a constructed sheet cannot be shared between documents.
 */
export function adoptStyles({ doc, css }: { doc: Document; css: string }): CSSStyleSheet | undefined {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win?.CSSStyleSheet) return undefined;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return undefined; // no constructable stylesheets here: the marks stay unstyled, nothing breaks
  }
}

export function dropStyles({ doc, sheet }: { doc: Document; sheet: CSSStyleSheet }): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
}
