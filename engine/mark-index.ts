import type { Detection } from '../core/types';

/** One marked detection: where it lies, and the document whose highlight registry paints it. */
export interface Mark {
  detection: Detection;
  doc: Document;
  /** The text nodes the mark covers, first to last (one, unless inline tags split the term). */
  nodes: readonly Text[];
  /** Offset of the mark's start in its first node, and of its end in its last node. */
  startOffset: number;
  endOffset: number;
  /** The element whose nearness to the viewport decides whether the mark paints (null: always painted). */
  box: Element | null;
  /**
   * The range handed to the highlights, made the first time the mark paints (paintRange): most marks of a
   * long page never come near the viewport, and a range is a DOM object made through the bindings.
   */
  range: StaticRange | undefined;
}

/** The mark's range for the highlights, made on first use. */
export function paintRange(mark: Mark): StaticRange {
  if (mark.range) return mark.range;
  const { doc, nodes } = mark;
  // The range must come from the mark's own document's window: a frame's highlights take only its ranges.
  const StaticRangeClass =
    (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange ?? StaticRange;
  mark.range = new StaticRangeClass({
    startContainer: nodes[0] as Text,
    startOffset: mark.startOffset,
    endContainer: nodes[nodes.length - 1] as Text,
    endOffset: mark.endOffset,
  });
  return mark.range;
}

/** A live Range over `mark`, to measure it; null once the text changed under it (its rescan is queued then). */
export function liveRange(mark: Mark): Range | null {
  const range = mark.doc.createRange();
  try {
    range.setStart(mark.nodes[0] as Text, mark.startOffset);
    range.setEnd(mark.nodes[mark.nodes.length - 1] as Text, mark.endOffset);
    return range;
  } catch {
    return null;
  }
}

/** The part of a mark that lies in one text node, as offsets into that node's data. */
interface NodeSpan {
  start: number;
  end: number;
  mark: Mark;
}

/**
 * Text node → the marks in it, sorted by offset. Lookups by caret position are a binary search in one
 * node's list, never a scan of all marks. A WeakMap, so text the page drops is collected with its entries.
 */
export class MarkIndex {
  #spans = new WeakMap<Text, NodeSpan[]>();

  /** Records `mark` under every text node it covers; callers add marks of a node in offset order. */
  add({ mark, pieces }: { mark: Mark; pieces: readonly { node: Text; start: number; end: number }[] }): void {
    for (let index = 0; index < pieces.length; index++) {
      const { node, start, end } = pieces[index] as { node: Text; start: number; end: number };
      const list = this.#spans.get(node);
      if (list) list.push({ start, end, mark });
      else this.#spans.set(node, [{ start, end, mark }]);
    }
  }

  /** The marks that touch `node` (each once), removed from the index together with their other pieces. */
  takeMarksOf(node: Text): Mark[] {
    const list = this.#spans.get(node);
    if (!list) return [];
    this.#spans.delete(node);
    const marks = list.map((span) => span.mark);
    for (const mark of marks) {
      // A mark spanning several nodes (<b>运</b><b>营</b>) is listed under each of them.
      for (const other of mark.nodes) {
        if (other === node) continue;
        const otherList = this.#spans.get(other);
        if (!otherList) continue;
        const kept = otherList.filter((span) => span.mark !== mark);
        if (kept.length > 0) this.#spans.set(other, kept);
        else this.#spans.delete(other);
      }
    }
    return marks;
  }

  /** True if some mark lies in `node`. */
  has(node: Text): boolean {
    return this.#spans.has(node);
  }

  /**
   * Every mark in `node`, in offset order, a mark over several nodes under each of them (hit testing beneath
   * an overlay, where no caret gives an offset; marks in reading order).
   */
  marksIn(node: Text): Mark[] {
    const list = this.#spans.get(node);
    return list ? list.map((span) => span.mark) : [];
  }

  /** Marks in `node` whose span contains caret `offset` (a caret sits between characters: both sides count). */
  marksAt(node: Text, offset: number): Mark[] {
    const list = this.#spans.get(node);
    if (!list) return [];
    // First span that ends at or after the caret.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle] as NodeSpan).end < offset) low = middle + 1;
      else high = middle;
    }
    const found: Mark[] = [];
    for (let index = low; index < list.length; index++) {
      const span = list[index] as NodeSpan;
      if (span.start > offset) break;
      found.push(span.mark);
    }
    return found;
  }
}
