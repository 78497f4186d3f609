import type { Detection } from '../core/types';

/**
 * Longest piece of a run handed to `detect` at once. A job ad is sometimes one text node of 10,000+
 * characters; cut into pieces, each call stays well inside a slice and the slice loop can stop between them.
 */
export const MAX_DETECT_CHARS = 2_000;

/** Where a piece may end: after a line break or a sentence end, so no term or clause spans two pieces. */
const PIECE_END = /[\n。！？；!?;]/g;

/** The end of the piece of `text` that starts at `from`: `text.length`, or just after a sentence end. */
export function pieceEnd(text: string, from: number, maxChars: number = MAX_DETECT_CHARS): number {
  if (text.length - from <= maxChars) return text.length;
  const limit = from + maxChars;
  // The last sentence end in the second half of the window; else any white space; else a hard cut.
  let cut = -1;
  PIECE_END.lastIndex = from + (maxChars >> 1);
  for (let match = PIECE_END.exec(text); match && match.index < limit; match = PIECE_END.exec(text)) {
    cut = match.index + 1;
  }
  if (cut > from) return cut;
  for (let index = limit; index > from + (maxChars >> 1); index--) {
    const code = text.charCodeAt(index - 1);
    if (code === 32 || code === 9 || code === 0x3000) return index;
  }
  return limit;
}

/**
 * How much text before a piece the detector is shown. Its rules read a little way back from a word (a title
 * opens at most 9 characters before 業務, a verb of increase 12 before 销售, an owner word before 营运): a piece
 * cut just after 。 or ！ must not make its first characters look like the start of a line, or the same text
 * would be read differently in one piece and in two (國外業務 after ！ is no title; at a run's start it is).
 */
export const LOOK_BACK_CHARS = 32;

/** Detections in `text.slice(from, to)`, with offsets into `text`, read with the text just before them. */
export function detectPiece({
  detect,
  text,
  from,
  to,
}: {
  detect: (text: string) => Detection[];
  text: string;
  from: number;
  to: number;
}): Detection[] {
  if (from === 0 && to === text.length) return detect(text);
  if (from === 0) return detect(text.slice(0, to));
  const shownFrom = Math.max(0, from - LOOK_BACK_CHARS);
  const found = detect(text.slice(shownFrom, to));
  const inPiece: Detection[] = [];
  for (let index = 0; index < found.length; index++) {
    const detection = found[index] as Detection;
    // A detection of the text before the piece was the previous piece's to make.
    if (detection.start + shownFrom < from) continue;
    inPiece.push({ ...detection, start: detection.start + shownFrom, end: detection.end + shownFrom });
  }
  return inPiece;
}
