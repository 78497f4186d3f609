import { describe, expect, it } from 'vitest';
import {
  type Box,
  cardWidthFor,
  MIN_USEFUL_HEIGHT_PX,
  placeTooltip,
  type Size,
  TOOLTIP_GAP_PX,
  type TooltipPlacement,
  VIEWPORT_MARGIN_PX,
} from '../../core/tooltip-position';

const EPSILON = 1e-6;

/** The rectangle the card takes once the caller has applied the placement. */
function cardRect(place: TooltipPlacement, size: Size): Box {
  return {
    left: place.left,
    top: place.top,
    width: Math.min(size.width, place.maxWidth ?? Number.POSITIVE_INFINITY),
    height: Math.min(size.height, place.maxHeight ?? Number.POSITIVE_INFINITY),
  };
}

/** True when the two rectangles share some area (touching edges do not count). */
function intersects(a: Box, b: Box): boolean {
  const across = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const down = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return across > EPSILON && down > EPSILON;
}

/** True when `rect` lies inside the viewport minus the margin (a viewport too small for two margins keeps half). */
function insideViewport(rect: Box, viewport: Size, margin = VIEWPORT_MARGIN_PX): boolean {
  const x = Math.min(margin, viewport.width / 2);
  const y = Math.min(margin, viewport.height / 2);
  return (
    rect.left >= x - EPSILON &&
    rect.top >= y - EPSILON &&
    rect.left + rect.width <= viewport.width - x + EPSILON &&
    rect.top + rect.height <= viewport.height - y + EPSILON
  );
}

function allFinite(place: TooltipPlacement): boolean {
  return [place.left, place.top, place.maxHeight ?? 0, place.maxWidth ?? 0].every(Number.isFinite);
}

/** Places the card and checks what must hold in every case: finite, inside the viewport, off the word. */
function place(anchor: Box, size: Size, viewport: Size): TooltipPlacement {
  const result = placeTooltip({ anchor, size, viewport });
  expect(allFinite(result), JSON.stringify(result)).toBe(true);
  const rect = cardRect(result, size);
  expect(insideViewport(rect, viewport), JSON.stringify({ rect, viewport })).toBe(true);
  expect(intersects(rect, anchor), JSON.stringify({ rect, anchor })).toBe(false);
  return result;
}

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };
const laptop = { width: 1366, height: 657 };
/** The CSS caps the card at 440 × 480. */
const bigCard = { width: 440, height: 480 };

describe('placeTooltip: the whole card on one side of the word', () => {
  it('goes below the mark, aligned with its left edge, when there is room', () => {
    const result = place({ left: 100, top: 100, width: 40, height: 20 }, size, viewport);
    expect(result).toEqual({ left: 100, top: 120 + TOOLTIP_GAP_PX, side: 'below' });
  });

  it('flips above a mark near the bottom of the viewport', () => {
    const result = place({ left: 100, top: 700, width: 40, height: 20 }, size, viewport);
    expect(result.side).toBe('above');
    expect(result.top + size.height).toBe(700 - TOOLTIP_GAP_PX);
    expect(result.maxHeight).toBeUndefined();
  });

  it('stays inside the right edge for a mark at the far right', () => {
    const result = place({ left: 950, top: 100, width: 40, height: 20 }, size, viewport);
    expect(result.left + size.width).toBe(viewport.width - VIEWPORT_MARGIN_PX);
  });

  it('goes beside a word on a laptop window when the card fits neither above nor below (the UX review)', () => {
    // 1366 × 657: 323 px below the word, 286 above, for a card 480 px tall.
    const anchor = { left: 600, top: 300, width: 40, height: 20 };
    const result = place(anchor, bigCard, laptop);
    expect(result.side).toBe('right');
    expect(result.left).toBe(640 + TOOLTIP_GAP_PX);
    expect(result.top).toBe(laptop.height - VIEWPORT_MARGIN_PX - bigCard.height); // aligned as far as it can
    expect(result.maxHeight).toBeUndefined();
    expect(result.maxWidth).toBeUndefined();
  });

  it('is top-aligned with the word beside it when the viewport allows', () => {
    const anchor = { left: 600, top: 150, width: 40, height: 20 };
    const result = place(anchor, bigCard, laptop);
    expect(result.side).toBe('right');
    expect(result.top).toBe(150);
  });

  it('goes left of a word near the right edge when the right has no room for its width', () => {
    const anchor = { left: 1100, top: 300, width: 40, height: 20 };
    const result = place(anchor, bigCard, laptop);
    expect(result.side).toBe('left');
    expect(result.left + bigCard.width).toBe(1100 - TOOLTIP_GAP_PX);
  });

  it('limits a card taller than the whole viewport to the viewport beside the word', () => {
    const anchor = { left: 300, top: 300, width: 40, height: 20 };
    const result = place(anchor, { width: 440, height: 2000 }, laptop);
    expect(result.side).toBe('right');
    expect(result.top).toBe(VIEWPORT_MARGIN_PX);
    expect(result.maxHeight).toBe(laptop.height - 2 * VIEWPORT_MARGIN_PX);
  });
});

describe('placeTooltip: a card that has to be smaller', () => {
  it('takes the larger side above or below, height limited, when its width fits beside neither (200% zoom)', () => {
    const zoomed = { width: 683, height: 328 };
    const card = { width: 440, height: 400 };
    const low = place({ left: 300, top: 150, width: 83, height: 20 }, card, zoomed);
    expect(low.side).toBe('below');
    expect(low.top).toBe(170 + TOOLTIP_GAP_PX);
    expect(low.maxHeight).toBe(zoomed.height - VIEWPORT_MARGIN_PX - (170 + TOOLTIP_GAP_PX));
    const high = place({ left: 300, top: 200, width: 83, height: 20 }, card, zoomed);
    expect(high.side).toBe('above');
    expect(high.top).toBe(VIEWPORT_MARGIN_PX);
    expect(high.maxHeight).toBe(200 - TOOLTIP_GAP_PX - VIEWPORT_MARGIN_PX);
  });

  it('takes the viewport width minus margins when the viewport is narrower than the card (320 px)', () => {
    const phone = { width: 320, height: 568 };
    const anchor = { left: 200, top: 100, width: 40, height: 20 };
    const result = place(anchor, { width: 440, height: 300 }, phone);
    expect(result.side).toBe('below');
    expect(result.left).toBe(VIEWPORT_MARGIN_PX);
    expect(result.maxWidth).toBe(320 - 2 * VIEWPORT_MARGIN_PX);
    // The narrower card grows taller until measured again: bounded by the room below, off the word.
    expect(result.maxHeight).toBe(phone.height - VIEWPORT_MARGIN_PX - (120 + TOOLTIP_GAP_PX));
  });

  it('keeps a narrowed card above the word from growing down onto it', () => {
    const phone = { width: 320, height: 568 };
    const anchor = { left: 200, top: 500, width: 40, height: 20 };
    const result = place(anchor, { width: 440, height: 300 }, phone);
    expect(result.side).toBe('above');
    expect(result.maxWidth).toBe(304);
    expect(result.top + (result.maxHeight ?? Number.NaN)).toBe(500 - TOOLTIP_GAP_PX);
  });

  it('needs no maxWidth for a card measured at cardWidthFor', () => {
    const phone = { width: 320, height: 568 };
    expect(cardWidthFor(phone)).toBe(304);
    expect(cardWidthFor({ width: 1366 })).toBe(1366 - 2 * VIEWPORT_MARGIN_PX);
    expect(cardWidthFor({ width: 0 })).toBe(0);
    expect(cardWidthFor({ width: 10 })).toBe(0);
    const result = place({ left: 200, top: 100, width: 40, height: 20 }, { width: 304, height: 380 }, phone);
    expect(result).toEqual({ left: 8, top: 126, side: 'below' });
  });

  it('takes the free strip showing most of the card when the larger side is under the useful minimum', () => {
    // 100 px tall: 26 px above and below the word, 286 px either side of it for a card 440 wide.
    const short = { width: 683, height: 100 };
    const anchor = { left: 300, top: 40, width: 83, height: 20 };
    const result = place(anchor, { width: 440, height: 200 }, short);
    expect(26).toBeLessThan(MIN_USEFUL_HEIGHT_PX);
    expect(result.side).toBe('right');
    expect(result.maxWidth).toBe(286);
    expect(result.maxHeight).toBe(100 - 2 * VIEWPORT_MARGIN_PX);
  });
});

describe('placeTooltip: degenerate input', () => {
  it('does not throw or produce NaN for a zero-size viewport', () => {
    const result = place({ left: 0, top: 0, width: 0, height: 0 }, size, { width: 0, height: 0 });
    expect(result.maxWidth ?? result.maxHeight).toBe(0);
  });

  it('goes below a word scrolled half out of the top', () => {
    const result = place({ left: 100, top: -10, width: 40, height: 20 }, size, viewport);
    expect(result).toEqual({ left: 100, top: 10 + TOOLTIP_GAP_PX, side: 'below' });
  });

  it('stays inside the viewport for a word wholly outside it', () => {
    for (const anchor of [
      { left: 100, top: -300, width: 40, height: 20 },
      { left: 100, top: 900, width: 40, height: 20 },
      { left: -500, top: 400, width: 40, height: 20 },
      { left: 1500, top: 400, width: 40, height: 20 },
    ]) {
      place(anchor, size, viewport);
      place(anchor, { width: 440, height: 2000 }, viewport);
    }
  });

  it('shows nothing over a word that fills the viewport', () => {
    const result = place({ left: -10, top: -10, width: 1020, height: 820 }, size, viewport);
    expect(Math.min(result.maxWidth ?? 1, result.maxHeight ?? 1)).toBe(0);
  });

  it('treats sizes that are not numbers as 0', () => {
    const result = placeTooltip({
      anchor: { left: Number.NaN, top: 10, width: 40, height: Number.POSITIVE_INFINITY },
      size: { width: Number.NaN, height: -5 },
      viewport: { width: Number.NaN, height: 800 },
    });
    expect(allFinite(result)).toBe(true);
  });

  it('honours another gap and margin', () => {
    const result = placeTooltip({
      anchor: { left: 0, top: 100, width: 40, height: 20 },
      size,
      viewport,
      gap: 10,
      margin: 20,
    });
    expect(result).toEqual({ left: 20, top: 130, side: 'below' });
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('placeTooltip: properties over random anchors, cards and windows', () => {
  const windows = [
    { width: 1366, height: 657 },
    { width: 400, height: 700 },
    { width: 320, height: 568 },
    { width: 683, height: 328 }, // 1366 × 657 at 200% zoom
  ];

  it('never covers a word in the viewport, never leaves the viewport, prefers below then above', () => {
    const next = random(20_240_610);
    const between = (min: number, max: number) => min + next() * (max - min);
    for (let run = 0; run < 10_000; run++) {
      const view =
        run % 2 === 0
          ? (windows[(run % 8) >> 1] as Size)
          : { width: Math.round(between(0, 1600)), height: Math.round(between(0, 1000)) };
      const width = between(0, 200);
      const height = between(0, 60);
      // Mostly inside the viewport; one in five partly or wholly outside it.
      const outside = run % 5 === 0;
      const anchor = {
        left: outside ? between(-300, view.width + 100) : between(0, Math.max(0, view.width - width)),
        top: outside ? between(-300, view.height + 100) : between(0, Math.max(0, view.height - height)),
        width,
        height,
      };
      const card = { width: between(0, 500), height: between(0, 1200) };
      const result = placeTooltip({ anchor, size: card, viewport: view });
      const context = JSON.stringify({ run, anchor, card, view, result });
      expect(allFinite(result), context).toBe(true);
      expect(result.maxHeight ?? 0, context).toBeGreaterThanOrEqual(0);
      expect(result.maxWidth ?? 0, context).toBeGreaterThanOrEqual(0);
      const rect = cardRect(result, card);
      expect(insideViewport(rect, view), context).toBe(true);
      if (!outside) expect(intersects(rect, anchor), context).toBe(false);

      // The order of preference, for a word in the viewport and a card at most as wide as the viewport.
      if (outside || card.width > cardWidthFor(view)) continue;
      const roomBelow = view.height - VIEWPORT_MARGIN_PX - (anchor.top + anchor.height + TOOLTIP_GAP_PX);
      const roomAbove = anchor.top - TOOLTIP_GAP_PX - VIEWPORT_MARGIN_PX;
      if (card.height <= roomBelow) expect(result.side, context).toBe('below');
      else if (card.height <= roomAbove) expect(result.side, context).toBe('above');
      if (result.side === 'below' || result.side === 'above') {
        const room = result.side === 'below' ? roomBelow : roomAbove;
        expect(result.maxHeight, context).toBe(card.height <= room ? undefined : Math.max(0, room));
      }
    }
  });
});
