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
