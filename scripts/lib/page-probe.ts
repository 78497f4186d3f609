import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { HIGHLIGHT_NAMES } from '../../core/contract';

/*
 * Reading Role Lens's marks and tooltip from a page, as a user would see them: shared by tests, demo and bench,
 * in Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi).
 */

export type Page = PlaywrightPage | PuppeteerPage;

/** The little the probes need of a page; both drivers do it, with different signatures for waiting. */
interface Probe {
  evaluate<A, R>(fn: (arg: A) => R, arg?: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg?: A): Promise<unknown>;
  move(x: number, y: number): Promise<void>;
}

// The drivers' own typings map arguments through handle types; the probes pass plain JSON values only.
type Untyped = (...args: unknown[]) => Promise<unknown>;

function probe(page: Page): Probe {
  const evaluate = page.evaluate.bind(page) as Untyped;
  const waitForFunction = page.waitForFunction.bind(page) as Untyped;
  const isPuppeteer = 'browserContext' in page;
  return {
    evaluate: (fn, arg) => evaluate(fn, arg) as Promise<never>,
    // Puppeteer takes options before the argument, Playwright after it.
    waitFor: (fn, arg) => (isPuppeteer ? waitForFunction(fn, {}, arg) : waitForFunction(fn, arg)),
    move: (x, y) => page.mouse.move(x, y),
  };
}

/** Number of ranges registered under each Role Lens highlight name, read from the page's own world. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return probe(page).evaluate(
    (names: string[]) => {
      const counts: Record<string, number> = {};
      for (const name of names) {
        counts[name] = CSS.highlights.get(name)?.size ?? 0;
      }
      return counts;
    },
    [...HIGHLIGHT_NAMES],
  );
}

/** Waits until the page has at least one mark of `family`. */
export async function waitForMarks(page: Page, family: string): Promise<void> {
  await probe(page).waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, `role-lens-${family}`);
}

/**
 * Scrolls the first mark of `family` whose text is `text` into view and returns its centre in viewport pixels.
 * Read from the highlight itself, so the test hovers exactly what the extension marked.
 */
export async function markCentre(
  page: Page,
  family: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const found = await probe(page).evaluate(
    ({ name, wanted }) => {
      const highlight = CSS.highlights.get(name);
      for (const marked of highlight ?? []) {
        // Marks may be StaticRanges, which cannot measure themselves: measure a live copy.
        const range = document.createRange();
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { name: `role-lens-${family}`, wanted: text },
  );
  if (!found) throw new Error(`no visible ${family} mark reading ${text}`);
  return found;
}

/** Text of the tooltip card, or null while none is shown. */
export function tooltipText(page: Page): Promise<string | null> {
  return probe(page).evaluate(
    () =>
      document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip')?.textContent ??
      null,
    undefined,
  );
}

/**
 * Scrolls the element at `selector` into view and returns the centre of its first line of text, in viewport
 * pixels: for hovering a mark by where it stands in the page (say, under a layer), not by its highlight.
 */
export function textCentre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return probe(page).evaluate((wanted: string) => {
    const element = document.querySelector(wanted);
    if (!element) throw new Error(`no ${wanted}`);
    element.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(element);
    const rect = range.getClientRects()[0];
    if (!rect) throw new Error(`no text in ${wanted}`);
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
}

/**
 * Moves the pointer off everything until no tooltip shows, then straight onto the mark (one move, as a
 * hand that comes to rest), and waits for the tooltip; returns its text. A multi-step move could cross
 * another mark on the way and open its tooltip over the target.
 */
export async function hoverMark(page: Page, family: string, text: string): Promise<string> {
  await pointerAway(page);
  return hoverPoint(page, await markCentre(page, family, text), text);
}

/** Moves the pointer to a corner of the page and waits until no tooltip shows. */
export async function pointerAway(page: Page): Promise<void> {
  const driver = probe(page);
  await driver.move(1, 1);
  await driver.waitFor(
    () => !document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
  );
}

/** Moves the pointer straight to `point` and waits for a tooltip holding `text`; returns the tooltip's text. */
export async function hoverPoint(page: Page, point: { x: number; y: number }, text: string): Promise<string> {
  const driver = probe(page);
  await driver.move(point.x, point.y);
  await driver.waitFor(
    (wanted) =>
      document
        .querySelector('role-lens-tooltip')
        ?.shadowRoot?.querySelector('.rl-tooltip')
        ?.textContent?.includes(wanted),
    text,
  );
  return (await tooltipText(page)) ?? '';
}

/** A box in viewport px, as the page measures it. */
export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A mark as the page shows it: its text and one box per line it spans. */
export interface MarkOnPage {
  text: string;
  rects: ViewportRect[];
}

/** The card on screen against the mark it was opened for, and the window it must stay in. */
export interface CardGeometry {
  card: ViewportRect & { side: string | null };
  mark: ViewportRect[];
  /** The window's inner size (innerWidth × innerHeight), scrollbars included. */
  window: { width: number; height: number };
  /**
   * The part of it scrollbars leave uncovered: the scrolling element's client size, which is the viewport
   * without scrollbars in standards and in quirks mode (https://drafts.csswg.org/cssom-view/#dom-element-clientwidth).
   */
  uncovered: { width: number; height: number };
}

/**
 * Scrolls the element at `selector` into view as a reader would (the page's own scroll, centred as far as the
 * page lets it: an element at the top or the bottom of the page stays at the top or the bottom of the window),
 * waits for the mark inside it, and returns the mark's text and boxes, read from the highlight itself.
 */
export async function markIn(page: Page, selector: string): Promise<MarkOnPage> {
  await probe(page).evaluate((wanted) => {
    document.querySelector(wanted)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, selector);
  return measureMark(page, selector);
}

/** The first mark inside the element at `selector`, where it is now; waits for it to be registered. */
async function measureMark(page: Page, selector: string): Promise<MarkOnPage> {
  const driver = probe(page);
  // Marks are registered around the viewport only (the engine's paint window): wait for this one's.
  const args = { selector, names: [...HIGHLIGHT_NAMES] };
  const read = ({ selector, names }: typeof args) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    for (const name of names) {
      for (const marked of CSS.highlights.get(name) ?? []) {
        if (!element.contains(marked.startContainer)) continue;
        // Marks may be StaticRanges, which cannot measure themselves: measure a live copy.
        const range = document.createRange();
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
        const rects = [...range.getClientRects()]
          .filter((rect) => rect.width > 0 && rect.height > 0)
          .map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
        return { text: range.toString(), rects };
      }
    }
    return null;
  };
  await driver.waitFor(read, args);
  const mark = await driver.evaluate(read, args);
  if (!mark?.rects.length) throw new Error(`no visible mark in ${selector}`);
  return mark;
}

/**
 * Hovers the mark in the element at `selector` as a hand would: the pointer goes to rest off every mark and
 * off the card still open until no card shows, then straight onto the mark (one move); waits for the card of
 * that mark (its headword is the mark's text) and returns the mark. Unlike `hoverMark`, which rests at
 * (1, 1), this works with marks in the window's corners and cards that cover most of a small window.
 */
export async function hoverMarkIn(page: Page, selector: string): Promise<MarkOnPage> {
  const driver = probe(page);
  const mark = await markIn(page, selector);
  const rest = await driver.evaluate(
    (names: string[]) => {
      const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
      const boxes = card ? [card.getBoundingClientRect()] : [];
      for (const name of names) {
        for (const marked of CSS.highlights.get(name) ?? []) {
          const range = document.createRange();
          range.setStart(marked.startContainer, marked.startOffset);
          range.setEnd(marked.endContainer, marked.endOffset);
          boxes.push(...range.getClientRects());
        }
      }
      // No named helper functions in here: tsx (demo, bench) would wrap them in a __name the page lacks.
      // A card never covers its own mark: there is room around the mark at least, so look closely.
      for (let row = 1; row < 40; row++) {
        for (let column = 1; column < 40; column++) {
          const x = Math.round((innerWidth * column) / 40);
          const y = Math.round((innerHeight * row) / 40);
          if (boxes.every((b) => x < b.left - 8 || x > b.right + 8 || y < b.top - 8 || y > b.bottom + 8))
            return { x, y };
        }
      }
      return null;
    },
    [...HIGHLIGHT_NAMES],
  );
  if (!rest) throw new Error('no place in the window to rest the pointer off every mark and card');
  await driver.move(rest.x, rest.y);
  await driver.waitFor(
    () => !document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip'),
  );
  const [first] = mark.rects as [ViewportRect];
  await driver.move((first.left + first.right) / 2, (first.top + first.bottom) / 2);
  await driver.waitFor(
    (wanted) =>
      document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip .rl-term')
        ?.textContent === wanted,
    mark.text,
  );
  return mark;
}

/** Where the card on screen is, against the mark in the element at `selector` and the window's size. */
export async function cardGeometry(page: Page, selector: string): Promise<CardGeometry> {
  const mark = await measureMark(page, selector);
  const shown = await probe(page).evaluate(() => {
    const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
    if (!(card instanceof HTMLElement)) return null;
    const { left, top, right, bottom } = card.getBoundingClientRect();
    return {
      card: { left, top, right, bottom, side: card.dataset.side ?? null },
      window: { width: innerWidth, height: innerHeight },
      uncovered: {
        width: document.scrollingElement?.clientWidth ?? innerWidth,
        height: document.scrollingElement?.clientHeight ?? innerHeight,
      },
    };
  }, undefined);
  if (!shown) throw new Error('no card on screen');
  return { ...shown, mark: mark.rects };
}
