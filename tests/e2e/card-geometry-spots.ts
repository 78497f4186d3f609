import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CardGeometry,
  cardGeometry,
  hoverMarkIn,
  type MarkOnPage,
  type Page,
  type ViewportRect,
} from '../../scripts/lib/page-probe';

/*
 * What the card geometry tests share, in Chromium (card-geometry.test.ts) and Firefox ESR
 * (card-geometry-firefox.test.ts): the spots of the fixture pages, the rules a card's place must keep, and
 * the tests that hover each spot and check them. The pages are fixtures/extension/geometry-standards.html and geometry-quirks.html
 * (the same page without a doctype).
 */

/** The two fixture pages: the same spots, in standards mode and in quirks mode. */
export const GEOMETRY_PAGES = [
  { mode: 'standards', file: 'geometry-standards.html', compatMode: 'CSS1Compat' },
  { mode: 'quirks', file: 'geometry-quirks.html', compatMode: 'BackCompat' },
] as const;

/** Where a spot's word must be in the window once scrolled into view: which edges it touches, or centred. */
interface Place {
  x: 'left' | 'middle' | 'right' | 'anywhere';
  y: 'top' | 'middle' | 'bottom' | 'near-bottom' | 'anywhere';
  /** Line boxes the word takes (2: split by the wrap). */
  lines: number;
}

/**
 * Where the fixture pages hold a job title (`data-spot`), and where that puts it in the window once a
 * reader has scrolled it into view. Each spot holds a different title, so the card's headword tells whose
 * card is open.
 */
export const SPOTS: readonly { spot: string; where: string; at: Place }[] = [
  { spot: 'top-left', where: 'in the top left corner', at: { x: 'left', y: 'top', lines: 1 } },
  { spot: 'top-middle', where: 'in a heading at the top', at: { x: 'middle', y: 'top', lines: 1 } },
  { spot: 'top-right', where: 'in the top right corner', at: { x: 'right', y: 'top', lines: 1 } },
  { spot: 'middle-left', where: 'at the left edge', at: { x: 'left', y: 'middle', lines: 1 } },
  { spot: 'centre', where: 'in the centre', at: { x: 'middle', y: 'middle', lines: 1 } },
  { spot: 'middle-right', where: 'at the very right edge', at: { x: 'right', y: 'middle', lines: 1 } },
  { spot: 'bottom-left', where: 'in the bottom left corner', at: { x: 'left', y: 'bottom', lines: 1 } },
  {
    spot: 'bottom-middle',
    where: 'in the middle of the bottom edge',
    at: { x: 'middle', y: 'bottom', lines: 1 },
  },
  {
    spot: 'bottom-right',
    where: 'in small print in the bottom right corner',
    at: { x: 'right', y: 'bottom', lines: 1 },
  },
  {
    spot: 'near-bottom',
    where: 'in a footer line near the bottom',
    at: { x: 'anywhere', y: 'near-bottom', lines: 1 },
  },
  {
    spot: 'long-line',
    where: 'in a long paragraph that wraps',
    at: { x: 'anywhere', y: 'anywhere', lines: 1 },
  },
  { spot: 'split', where: 'split over two lines by the wrap', at: { x: 'anywhere', y: 'middle', lines: 2 } },
  { spot: 'narrow-column', where: 'in a narrow column', at: { x: 'anywhere', y: 'middle', lines: 1 } },
];

export const spotSelector = (spot: string) => `[data-spot="${spot}"]`;

/** Sub-pixel layout rounds the card's box a little either way. */
const ROUNDING_PX = 0.5;

const box = (rect: ViewportRect) =>
  `(${[rect.left, rect.top, rect.right, rect.bottom].map((n) => Math.round(n * 10) / 10).join(', ')})`;

/** What is wrong with the card's box in `area` (none: it has a size and lies inside). */
function outside(
  card: CardGeometry['card'],
  area: { width: number; height: number },
  name: string,
): string[] {
  const problems: string[] = [];
  if (!(card.right - card.left > 0 && card.bottom - card.top > 0))
    problems.push(`the card has no size: ${box(card)}`);
  if (
    card.left < -ROUNDING_PX ||
    card.top < -ROUNDING_PX ||
    card.right > area.width + ROUNDING_PX ||
    card.bottom > area.height + ROUNDING_PX
  )
    problems.push(
      `the card ${box(card)}, placed ${card.side}, leaves the ${area.width} × ${area.height} ${name}`,
    );
  return problems;
}

/** The card must have a size and lie inside the window, [0, innerWidth] × [0, innerHeight]. */
export function windowProblems({ card, window }: CardGeometry): string[] {
  return outside(card, window, 'window');
}

/**
 * The card must not slip under the window's scrollbars either: it must lie inside the part of the window
 * they leave uncovered (all of it where scrollbars take no room).
 */
export function scrollbarProblems({ card, uncovered }: CardGeometry): string[] {
  return outside(card, uncovered, 'part of the window its scrollbars leave uncovered');
}

/** Which line boxes of the word the card covers, if any (none: placed right). */
export function wordProblems({ card, mark }: CardGeometry): string[] {
  return mark
    .filter(
      (line) =>
        card.left < line.right && line.left < card.right && card.top < line.bottom && line.top < card.bottom,
    )
    .map((line) => `the card ${box(card)}, placed ${card.side}, covers the word at ${box(line)}`);
}

/**
 * What is wrong with where the page put a spot's word at this window size (none: the fixture holds), so a
 * layout that drifts at some width cannot quietly test the middle of the window instead of its corner.
 */
export function spotProblems(
  at: Place,
  mark: MarkOnPage,
  window: { width: number; height: number },
): string[] {
  const problems: string[] = [];
  const [first] = mark.rects;
  if (mark.rects.length !== at.lines)
    problems.push(`${mark.text} takes ${mark.rects.length} lines, not ${at.lines}`);
  if (!first) return problems;
  const x = (first.left + first.right) / 2;
  const y = (first.top + first.bottom) / 2;
  const xOk = {
    left: first.left <= 1,
    middle: Math.abs(x - window.width / 2) <= window.width * 0.05,
    right: first.right >= window.width - 1,
    anywhere: true,
  }[at.x];
  const yOk = {
    top: first.top <= 10,
    middle: Math.abs(y - window.height / 2) <= window.height * 0.1,
    bottom: first.bottom >= window.height - 10,
    'near-bottom': window.height - first.bottom > 10 && window.height - first.bottom <= 120,
    anywhere: true,
  }[at.y];
  if (!xOk || !yOk)
    problems.push(
      `${mark.text} is at (${Math.round(x)}, ${Math.round(y)}), not ${at.x} and ${at.y} in the window`,
    );
  return problems;
}

/**
 * The checks for every spot of the page `page()` has open (in either browser): hover the spot's word as a
 * reader would, then the card lies inside the window, clear of the scrollbars, and off the word.
 */
export function describeSpotChecks(page: () => Page): void {
  describe.each(SPOTS)('the card of a word $where', ({ spot, at }) => {
    let geometry: CardGeometry;

    beforeAll(async () => {
      const mark = await hoverMarkIn(page(), spotSelector(spot));
      geometry = await cardGeometry(page(), spotSelector(spot));
      // The fixture holds at this size: the word is where the spot says (a corner is a corner at 400 px too).
      expect(spotProblems(at, mark, geometry.uncovered)).toEqual([]);
    });

    it('lies inside the window', () => {
      expect(windowProblems(geometry)).toEqual([]);
    });

    it('stays clear of the scrollbars', () => {
      expect(scrollbarProblems(geometry)).toEqual([]);
    });

    it('does not cover the word', () => {
      expect(wordProblems(geometry)).toEqual([]);
    });
  });
}
