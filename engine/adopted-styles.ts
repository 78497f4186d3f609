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

/**
 * One CSS text adopted into several documents (one sheet each, see above). Changing the text restyles
 * every document in place; while the text is empty no document holds a sheet of ours at all.
 */
export class AdoptedStyles {
  #css: string;
  readonly #documents = new Set<Document>();
  readonly #sheets = new Map<Document, CSSStyleSheet>();

  constructor(css = '') {
    this.#css = css;
  }

  /** Styles `doc` with the current text, and with every later one until `drop`. */
  adopt(doc: Document): void {
    this.#documents.add(doc);
    this.#apply(doc);
  }

  drop(doc: Document): void {
    this.#documents.delete(doc);
    const sheet = this.#sheets.get(doc);
    if (sheet) dropStyles({ doc, sheet });
    this.#sheets.delete(doc);
  }

  set(css: string): void {
    if (css === this.#css) return;
    this.#css = css;
    for (const doc of this.#documents) this.#apply(doc);
  }

  /** Drops every sheet; the documents are forgotten. */
  clear(): void {
    for (const doc of [...this.#documents]) this.drop(doc);
  }

  #apply(doc: Document): void {
    const sheet = this.#sheets.get(doc);
    if (!this.#css) {
      if (sheet) dropStyles({ doc, sheet });
      this.#sheets.delete(doc);
    } else if (sheet) {
      sheet.replaceSync(this.#css);
    } else {
      const adopted = adoptStyles({ doc, css: this.#css });
      if (adopted) this.#sheets.set(doc, adopted);
    }
  }
}
