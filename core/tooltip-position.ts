/** Plain rectangles so this stays pure: a DOMRect fits. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type TooltipSide = 'below' | 'above' | 'right' | 'left';

/**
 * Where the card goes, ready to apply: `left`/`top` in viewport px (position: fixed); `maxHeight` and
 * `maxWidth` (border box: the card needs box-sizing: border-box) only when the card must be smaller than the
 * natural size it was placed with. The card's rectangle is then `left, top, min(width, maxWidth),
 * min(height, maxHeight)`.
 */
export interface TooltipPlacement {
  left: number;
  top: number;
  side: TooltipSide;
  maxHeight?: number;
  maxWidth?: number;
}

/** Space kept between the mark and the tooltip, and between the tooltip and the viewport's edge. */
export const TOOLTIP_GAP_PX = 6;
export const VIEWPORT_MARGIN_PX = 8;
/** Below this a card squeezed above or below the word shows too little (about two lines plus padding). */
export const MIN_USEFUL_HEIGHT_PX = 60;

/**
 * The widest the card may be in `viewport`: the caller caps the card's max-width at this (together with its
 * own CSS maximum) BEFORE measuring it, so the size given to `placeTooltip` is already the size of a card
 * that is never clipped sideways, and its height already the height of that width. A card measured wider
 * gets a `maxWidth` back instead, and then grows taller than measured: the caller must measure it again.
 */
export function cardWidthFor(viewport: { width: number }, margin = VIEWPORT_MARGIN_PX): number {
  const width = nonNegative(viewport.width);
  return width - 2 * Math.min(nonNegative(margin), width / 2);
}

/**
 * Where to draw a card of natural `size` for a mark at `anchor` (both in viewport px) so that it never
 * covers the mark and stays inside `viewport` minus `margin`. In order of preference:
 *
 * 1. below the mark, if the whole card fits there (the reader's eye goes on down the text);
 * 2. above, if it fits there;
 * 3. beside it, right then left, if the card's width fits there: top-aligned with the mark as far as the
 *    viewport allows, its height limited to the viewport. Only when neither vertical side takes the whole
 *    card: on a short window (a laptop, a zoomed page) a card beside the word is shown whole, where a card
 *    squeezed above or below would have to scroll;
 * 4. on the larger side above or below, its height limited to that side (the card scrolls inside itself);
 * 5. if even that side has less than MIN_USEFUL_HEIGHT_PX: the free strip (below, above, right or left of
 *    the mark) where the largest part of the card shows, its width and height limited to the strip. When
 *    nothing is free (the mark fills the viewport, or the viewport has no size), that part is empty:
 *    `maxHeight` or `maxWidth` is 0 and the caller may as well hide the card.
 *
 * `size` must be the card's natural size (see `cardWidthFor`), never its size under limits returned here:
 * placed again with its limited size, the card would get no limits back and outgrow the room it was given.
 * When a `maxWidth` comes back, a `maxHeight` comes with it, bounding the taller card that the narrower
 * width makes until the caller has measured it again, so the card never covers the mark in the meantime.
 */
export function placeTooltip({
  anchor,
  size,
  viewport,
  gap = TOOLTIP_GAP_PX,
  margin = VIEWPORT_MARGIN_PX,
}: {
  anchor: Box;
  size: Size;
  viewport: Size;
  gap?: number;
  margin?: number;
}): TooltipPlacement {
  const card = { width: nonNegative(size.width), height: nonNegative(size.height) };
  const strips = freeStrips(anchor, viewport, nonNegative(gap), nonNegative(margin));
  const { below, above, right, left } = strips;
  const inStrip = (side: TooltipSide) => placeInStrip(side, strips[side], anchor, card);

  if (card.height <= below.height) return inStrip('below');
  if (card.height <= above.height) return inStrip('above');
  if (card.width <= right.width) return inStrip('right');
  if (card.width <= left.width) return inStrip('left');
  const larger = below.height >= above.height ? 'below' : 'above';
  if (strips[larger].height >= MIN_USEFUL_HEIGHT_PX) return inStrip(larger);
  const shown = (side: TooltipSide) =>
    Math.min(card.width, strips[side].width) * Math.min(card.height, strips[side].height);
  const best = SIDES.reduce((a, b) => (shown(b) > shown(a) ? b : a));
  return inStrip(best);
}

const SIDES: readonly TooltipSide[] = ['below', 'above', 'right', 'left'];

/**
 * The four rectangles of the viewport (minus the margin) that keep `gap` clear of the anchor, one per side,
 * each spanning the whole viewport along the other axis. A side with no room is a strip of size 0 at the
 * viewport's edge; an anchor partly or wholly outside the viewport leaves correspondingly more room.
 */
function freeStrips(anchor: Box, viewport: Size, gap: number, margin: number): Record<TooltipSide, Box> {
  const width = nonNegative(viewport.width);
  const height = nonNegative(viewport.height);
  // A viewport narrower than two margins keeps what it has: the safe area is never inside out.
  const safeLeft = Math.min(margin, width / 2);
  const safeTop = Math.min(margin, height / 2);
  const safeRight = width - safeLeft;
  const safeBottom = height - safeTop;
  const anchorLeft = finite(anchor.left);
  const anchorTop = finite(anchor.top);
  const belowTop = clamp(anchorTop + nonNegative(anchor.height) + gap, safeTop, safeBottom);
  const aboveBottom = clamp(anchorTop - gap, safeTop, safeBottom);
  const rightLeft = clamp(anchorLeft + nonNegative(anchor.width) + gap, safeLeft, safeRight);
  const leftRight = clamp(anchorLeft - gap, safeLeft, safeRight);
  const across = { left: safeLeft, width: safeRight - safeLeft };
  const down = { top: safeTop, height: safeBottom - safeTop };
  return {
    below: { ...across, top: belowTop, height: safeBottom - belowTop },
    above: { ...across, top: safeTop, height: aboveBottom - safeTop },
    right: { ...down, left: rightLeft, width: safeRight - rightLeft },
    left: { ...down, left: safeLeft, width: leftRight - safeLeft },
  };
}

/**
 * The card in `strip`: against the anchor's side of the strip, aligned with the anchor along the strip
 * (left edges for below/above, top edges beside) as far as the strip allows, and no larger than the strip.
 */
function placeInStrip(side: TooltipSide, strip: Box, anchor: Box, card: Size): TooltipPlacement {
  const width = Math.min(card.width, strip.width);
  const height = Math.min(card.height, strip.height);
  const vertical = side === 'below' || side === 'above';
  const left = vertical
    ? clamp(finite(anchor.left), strip.left, strip.left + strip.width - width)
    : side === 'right'
      ? strip.left
      : strip.left + strip.width - width;
  const top = vertical
    ? side === 'below'
      ? strip.top
      : strip.top + strip.height - height
    : clamp(finite(anchor.top), strip.top, strip.top + strip.height - height);
  const place: TooltipPlacement = { left, top, side };
  if (width < card.width) {
    place.maxWidth = width;
    // Narrower, the card grows taller than measured; above the mark it would grow down onto it.
    place.maxHeight = side === 'above' ? height : strip.top + strip.height - top;
  } else if (height < card.height) {
    place.maxHeight = height;
  }
  return place;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
