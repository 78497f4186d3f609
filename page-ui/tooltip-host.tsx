import { render } from 'preact';
import { Tooltip, type TooltipProps } from '../components/Tooltip';
import themeCss from '../components/theme.css?inline';
// The one element Role Lens adds to a page; the engine skips it by the same name.
import { UI_HOST_TAG } from '../core/contract';
import { type Box, cardWidthFor, placeTooltip, VIEWPORT_MARGIN_PX } from '../core/tooltip-position';
import tooltipCss from './tooltip.css?inline';
import { viewportOf } from './viewport';

/** Cards kept drawn, more than a page's back-and-forth between titles needs. */
export const KEPT_CARDS = 32;
/** The card's widest and tallest, in its own text size (442 × 481 px at the default 13 px): it scrolls past that. */
const CARD_MAX_WIDTH_EM = 34;
const CARD_MAX_HEIGHT_EM = 37;

interface DrawnCard {
  element: HTMLElement;
  props: TooltipProps;
  /** Its size per viewport and text size it was measured in: shown again there, it is placed unmeasured. */
  sizes: Map<string, { width: number; height: number }>;
}

/** What is on screen: the card, the box it is placed against, and whether the reader pinned it. */
interface Shown {
  card: DrawnCard;
  anchor: Box;
  textSize: number;
  pinned: boolean;
  /** Where focus was before the card took it, to give it back. */
  returnFocus?: Element | null;
  /** The height placing left it, to tell our own resizing from the content's. */
  placedHeight?: number;
}

/**
 * Owns the <role-lens-tooltip> host: created when the pointer first moves on the page (to prepare the first
 * hover) or on the first card (a page nobody points at is never touched), re-attached if the page's own
 * scripts remove it, and removed for good by `destroy`. Cards are drawn once per key and kept (the one cache
 * of drawn cards), with their sizes, so showing a card again only puts it back and places it.
 */
export class TooltipHost {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private readonly cards = new Map<string, DrawnCard>();
  private shown: Shown | undefined;
  private resizes: ResizeObserver | undefined;
  private readonly win: Window;

  constructor(private readonly doc: Document) {
    this.win = doc.defaultView as Window;
  }

  /** True for the host and anything inside it, so the page engine and hover logic can ignore our own UI. */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  get isVisible(): boolean {
    return !!this.shown;
  }

  get isPinned(): boolean {
    return !!this.shown?.pinned;
  }

  /** The shadow root the card lives in (for the clipboard's fallback), once it exists. */
  get root(): ShadowRoot | undefined {
    return this.host?.shadowRoot ?? undefined;
  }

  /** Shows the card drawn for `key` (drawing it from `props` the first time) next to `anchor`, never over it. */
  show({
    key,
    props,
    anchor,
    textSize,
  }: {
    key: string;
    props: TooltipProps;
    anchor: Box;
    textSize: number;
  }): void {
    const container = this.ensureContainer();
    const card = this.card(key, props);
    const pinned = this.shown?.pinned && this.shown.card === card;
    if (this.shown && this.shown.card !== card) this.fold(this.shown.card);
    if (card.element.parentNode !== container) container.replaceChildren(card.element);
    this.raise();
    this.shown = { card, anchor, textSize, pinned: !!pinned, returnFocus: this.shown?.returnFocus };
    this.place(this.shown);
    card.element.style.visibility = 'visible';
    this.followSize(card.element);
  }

  /** The page moved under the card (a scroll): place it against the word's new box. */
  move(anchor: Box): void {
    if (!this.shown) return;
    this.shown.anchor = anchor;
    this.place(this.shown);
  }

  /**
   * Pins the card on screen: it stays until Esc or a click outside, and takes focus as a dialog, so Tab
   * reaches its buttons. Focus goes back where it was when the card closes.
   */
  pin(): void {
    const shown = this.shown;
    if (!shown) return;
    if (!shown.pinned) {
      shown.pinned = true;
      shown.returnFocus ??= deepActiveElement(this.doc);
    }
    shown.card.element.dataset.pinned = '';
    shown.card.element.focus({ preventScroll: true });
  }

  /** Takes the card away; a pinned card gives focus back to where it was (unless `restoreFocus` is false). */
  hide({ restoreFocus = true }: { restoreFocus?: boolean } = {}): void {
    const shown = this.shown;
    if (!shown || !this.container) return;
    this.shown = undefined;
    this.resizes?.disconnect();
    const focused = this.host?.shadowRoot?.activeElement ?? null;
    const hadFocus = !!focused && shown.card.element.contains(focused);
    this.container.replaceChildren();
    delete shown.card.element.dataset.pinned;
    this.fold(shown.card);
    const back = shown.returnFocus;
    if (shown.pinned && restoreFocus && hadFocus && back instanceof HTMLElement && back.isConnected)
      back.focus({ preventScroll: true });
  }

  /** Forgets every drawn card (the settings changed what they show). */
  forget(): void {
    const shown = this.shown;
    this.cards.clear();
    if (shown) this.cards.set(this.keyOf(shown.card), shown.card);
  }

  destroy(): void {
    this.hide();
    this.resizes?.disconnect();
    this.cards.clear();
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
  }

  /**
   * Gets a card ready in idle time: draws it, then lays it out once, out of sight (it is taken out again in the
   * same task, before any frame), so that the stylesheet, the code that draws and lays out cards and the
   * glyphs of its text are all loaded, and its size known, before the first hover. This adds the host element
   * to the page if it is not there yet: the one change the page ever sees.
   */
  prepare({ key, props, textSize }: { key: string; props: TooltipProps; textSize: number }): void {
    const card = this.card(key, props);
    if (this.shown) return; // a card is showing: leave it alone
    const container = this.ensureContainer();
    container.replaceChildren(card.element);
    this.measure(card, viewportOf(this.win), textSize);
    container.replaceChildren();
  }

  private keyOf(card: DrawnCard): string {
    for (const [key, candidate] of this.cards) if (candidate === card) return key;
    return '';
  }

  /**
   * Places the card against its word, never over it (core/tooltip-position.ts): from the card's natural size,
   * limited by what the chosen side leaves it (it then scrolls inside itself).
   */
  private place(shown: Shown, { measureAgain = false } = {}): void {
    const { card, anchor, textSize } = shown;
    const viewport = viewportOf(this.win);
    const size = this.measure(card, viewport, textSize, measureAgain);
    const place = placeTooltip({ anchor, size, viewport });
    const { style } = card.element;
    style.left = `${place.left}px`;
    style.top = `${place.top}px`;
    style.maxHeight = `${Math.min(size.height, place.maxHeight ?? size.height)}px`;
    if (place.maxWidth !== undefined) style.maxWidth = `${place.maxWidth}px`;
    card.element.dataset.side = place.side;
    shown.placedHeight = Math.min(size.height, place.maxHeight ?? size.height);
  }

  /**
   * Places the shown card again when its content changes size (the reader unfolds it or picks viewpoints).
   * The size it reports is under the limits placing gave it, so its natural size is measured again.
   */
  private followSize(element: HTMLElement): void {
    this.resizes ??= new ResizeObserver(([entry]) => {
      const shown = this.shown;
      const box = entry?.borderBoxSize?.[0];
      if (!shown || !box || entry.target !== shown.card.element) return;
      if (Math.abs(box.blockSize - (shown.placedHeight ?? -1)) < 1) return; // the size placing gave it
      this.place(shown, { measureAgain: true });
    });
    this.resizes.disconnect();
    this.resizes.observe(element);
  }

  /**
   * The card's natural size in `viewport` at `textSize`: as wide as its text wants up to CARD_MAX_WIDTH_EM and
   * the viewport's width (so it is never cut at the sides), as tall as that makes it up to CARD_MAX_HEIGHT_EM
   * and the viewport's height. Measured (a forced layout) only the first time, unless `again`.
   */
  private measure(
    card: DrawnCard,
    viewport: { width: number; height: number },
    textSize: number,
    again = false,
  ): { width: number; height: number } {
    const key = sizeKey(viewport, textSize);
    let size = card.sizes.get(key);
    const { style } = card.element;
    style.fontSize = `${textSize}px`;
    style.maxWidth = `${Math.min(CARD_MAX_WIDTH_EM * textSize, cardWidthFor(viewport))}px`;
    if (!size || again) {
      style.maxHeight = `${Math.max(0, Math.min(CARD_MAX_HEIGHT_EM * textSize, viewport.height - 2 * VIEWPORT_MARGIN_PX))}px`;
      const { width, height } = card.element.getBoundingClientRect();
      size = { width, height };
      card.sizes.set(key, size);
    }
    return size;
  }

  /** The card drawn for `key`, drawn now if it is not kept; the least recently shown goes past KEPT_CARDS. */
  private card(key: string, props: TooltipProps): DrawnCard {
    let card = this.cards.get(key);
    if (card) {
      this.cards.delete(key); // re-inserted below: Map order is recency
    } else {
      card = { element: draw(this.doc, props), props, sizes: new Map() };
      guardWheel(card);
      trapFocus(card);
    }
    this.cards.set(key, card);
    for (const [oldKey, old] of this.cards) {
      if (this.cards.size <= KEPT_CARDS) break;
      if (old !== this.shown?.card) this.cards.delete(oldKey);
    }
    return card;
  }

  /** A card the reader unfolded comes back folded next time, as every card opens. */
  private fold(card: DrawnCard): void {
    if (!card.element.querySelector('[aria-expanded="true"]')) return;
    const fresh = draw(this.doc, card.props);
    card.element.replaceWith(fresh);
    card.element = fresh;
    guardWheel(card);
    trapFocus(card);
  }

  /**
   * Keeps the host where the reader can see and use the card: in the fullscreen element while one is shown
   * (it is in the top layer, above anything else in the page, and the only part of the page hit-tested:
   * https://fullscreen.spec.whatwg.org/#new-stacking-layer), else at the end of the document. An element
   * that cannot hold ours (a video, a frame, an image) keeps the host outside: the card is not seen there.
   */
  private raise(): void {
    const host = this.host;
    if (!host) return;
    const fullscreen = this.doc.fullscreenElement;
    const parent =
      fullscreen && !CANNOT_HOLD_HOST.has(fullscreen.localName) ? fullscreen : this.doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  }

  private ensureContainer(): HTMLElement {
    if (this.host && this.container) {
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
      return this.container;
    }
    // An undefined custom-element name with attachShadow stays readable by the page in Firefox too (a
    // custom element defined by a content script is not: "Permission denied to access property shadowRoot").
    const host = this.doc.createElement(UI_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = themeCss + tooltipCss;
    const container = this.doc.createElement('div');
    shadow.append(style, container);
    this.doc.documentElement.append(host);
    this.host = host;
    this.container = container;
    return container;
  }
}

/** Elements whose children are not rendered, or that replace their content: the host cannot live in them. */
const CANNOT_HOLD_HOST = new Set(['video', 'iframe', 'img', 'canvas', 'embed', 'object', 'audio', 'svg']);

function draw(doc: Document, props: TooltipProps): HTMLElement {
  const stage = doc.createElement('div');
  render(<Tooltip {...props} />, stage);
  return stage.firstElementChild as HTMLElement;
}

function sizeKey(viewport: { width: number; height: number }, textSize: number): string {
  return `${viewport.width}x${viewport.height}@${textSize}`;
}

/**
 * The wheel over the card scrolls the card, never the page: at either end of the card's scroll, or when it
 * does not scroll at all, the wheel event is cancelled (overscroll-behavior alone does not hold a box that
 * does not overflow). https://drafts.csswg.org/css-overscroll-1/#overscroll-behavior-properties
 */
function guardWheel(card: DrawnCard): void {
  card.element.addEventListener(
    'wheel',
    (event) => {
      const box = card.element;
      const down = event.deltaY > 0;
      const atEnd = down ? box.scrollTop + box.clientHeight >= box.scrollHeight - 1 : box.scrollTop <= 0;
      if (event.deltaY !== 0 && atEnd) event.preventDefault();
    },
    { passive: false },
  );
}

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** While the card holds focus, Tab and Shift+Tab go round its own controls (a dialog keeps focus inside). */
function trapFocus(card: DrawnCard): void {
  card.element.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...card.element.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = (card.element.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || active === card.element)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
}

/** The focused element, looking into open shadow roots (document.activeElement stops at their hosts). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
