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

/**
 * One CSS text adopted into several documents (one sheet each, see above). Changing the text restyles
 * every document in place; while the text is empty no document holds a sheet of ours at all.
 */
export class AdoptedStyles {
  #css: string;
  /** Each document adopted, with its sheet (none while the text is empty, or where no sheet can be made). */
  readonly #sheets = new Map<Document, CSSStyleSheet | undefined>();

  constructor(css = '') {
    this.#css = css;
  }

  /** Styles `doc` with the current text, and with every later one until `drop`. */
  adopt(doc: Document): void {
    if (!this.#sheets.has(doc)) this.#sheets.set(doc, undefined);
    this.#apply(doc);
  }

  /** Takes the sheet out of `doc` and forgets it. */
  drop(doc: Document): void {
    this.#remove(doc);
    this.#sheets.delete(doc);
  }

  /** Replaces the text in every adopted document ('' takes the sheets out). */
  set(css: string): void {
    if (css === this.#css) return;
    this.#css = css;
    for (const doc of this.#sheets.keys()) this.#apply(doc);
  }

  #remove(doc: Document): void {
    const sheet = this.#sheets.get(doc);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
  }

  #apply(doc: Document): void {
    const sheet = this.#sheets.get(doc);
    if (!this.#css) {
      this.#remove(doc);
      this.#sheets.set(doc, undefined);
    } else if (sheet) {
      sheet.replaceSync(this.#css);
    } else {
      this.#sheets.set(doc, adoptStyles({ doc, css: this.#css }));
    }
  }
}
