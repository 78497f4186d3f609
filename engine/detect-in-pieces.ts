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

/** Detections in `text.slice(from, to)`, with offsets into `text`. */
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
  const found = detect(text.slice(from, to));
  if (from === 0) return found;
  return found.map((detection) => ({
    ...detection,
    start: detection.start + from,
    end: detection.end + from,
  }));
}
