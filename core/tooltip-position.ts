/** Plain rectangles so this stays pure: a DOMRect fits. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the mark and the tooltip, and between the tooltip and the viewport's edge. */
export const TOOLTIP_GAP_PX = 6;
export const VIEWPORT_MARGIN_PX = 8;

/**
 * Where to draw a tooltip of `size` for a mark at `anchor` (both in viewport pixels): below the mark when it
 * fits, else above, else on whichever side has more room; always clamped inside the viewport horizontally
 * and, as far as it can be, vertically.
 */
export function placeTooltip({
  anchor,
  size,
  viewport,
}: {
  anchor: Box;
  size: { width: number; height: number };
  viewport: { width: number; height: number };
}): { left: number; top: number; side: 'below' | 'above' } {
  const below = anchor.top + anchor.height + TOOLTIP_GAP_PX;
  const above = anchor.top - TOOLTIP_GAP_PX - size.height;
  const roomBelow = viewport.height - VIEWPORT_MARGIN_PX - below;
  const roomAbove = anchor.top - TOOLTIP_GAP_PX - VIEWPORT_MARGIN_PX;
  const side = size.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? below : above;
  const maxTop = Math.max(VIEWPORT_MARGIN_PX, viewport.height - VIEWPORT_MARGIN_PX - size.height);
  const maxLeft = Math.max(VIEWPORT_MARGIN_PX, viewport.width - VIEWPORT_MARGIN_PX - size.width);
  return {
    left: clamp(anchor.left, VIEWPORT_MARGIN_PX, maxLeft),
    top: clamp(rawTop, VIEWPORT_MARGIN_PX, maxTop),
    side,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
