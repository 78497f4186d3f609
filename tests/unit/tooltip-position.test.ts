import { describe, expect, it } from 'vitest';
import { placeTooltip, TOOLTIP_GAP_PX, VIEWPORT_MARGIN_PX } from '../../core/tooltip-position';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

describe('placeTooltip', () => {
  it('goes below the mark, aligned with its left edge, when there is room', () => {
    const place = placeTooltip({ anchor: { left: 100, top: 100, width: 40, height: 20 }, size, viewport });
    expect(place).toEqual({ left: 100, top: 120 + TOOLTIP_GAP_PX, side: 'below' });
  });

  it('flips above a mark near the bottom of the viewport', () => {
    const place = placeTooltip({ anchor: { left: 100, top: 700, width: 40, height: 20 }, size, viewport });
    expect(place.side).toBe('above');
    expect(place.top + size.height).toBe(700 - TOOLTIP_GAP_PX);
  });

  it('stays inside the right edge for a mark at the far right', () => {
    const place = placeTooltip({ anchor: { left: 950, top: 100, width: 40, height: 20 }, size, viewport });
    expect(place.left + size.width).toBe(viewport.width - VIEWPORT_MARGIN_PX);
  });

  it('keeps a tooltip taller than either side inside the viewport', () => {
    const tall = { width: 300, height: 780 };
    const place = placeTooltip({
      anchor: { left: 10, top: 400, width: 40, height: 20 },
      size: tall,
      viewport,
    });
    expect(place.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
  });
});
