import { render } from 'preact';
import { Tooltip, type TooltipProps } from '../components/Tooltip';
import themeCss from '../components/theme.css?inline';
// The one element Role Lens adds to a page; the engine skips it by the same name.
import { UI_HOST_TAG } from '../core/contract';
import { type Box, placeTooltip } from '../core/tooltip-position';
import tooltipCss from './tooltip.css?inline';

interface Card {
  element: HTMLElement;
  /** What it was drawn from, to draw it afresh (folded) after the reader unfolded it. */
  props: TooltipProps;
  /** Its size in the viewport it was measured in: shown again there, it is placed without measuring. */
  size?: { width: number; height: number; viewport: string };
}

/**
 * Owns the <role-lens-tooltip> host: created when the pointer first moves on the page (to prepare the first
 * hover) or on the first hover (a page nobody points at is never touched), re-attached if the page's own
 * scripts remove it, and removed for good by `destroy`. A card is drawn once per props object and kept, with
 * its size, so hovering a mark again only puts its card back.
 */
export class TooltipMount {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private visible = false;
  /** Kept while the hover logic keeps the props (hover.ts `described`). */
  private readonly cards = new WeakMap<TooltipProps, Card>();
  /** The card on screen and the box it is placed against, so it can be placed again when it grows or shrinks. */
  private shown: { card: Card; anchor: Box } | undefined;
  private resizes: ResizeObserver | undefined;

  constructor(private readonly doc: Document) {}

  /** True for the host and anything inside it, so the page engine and hover logic can ignore our own UI. */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  get isVisible(): boolean {
    return this.visible;
  }

  show(props: TooltipProps, anchor: Box): void {
    // Read while layout is still clean (the hit test has just used it), before the card dirties it.
    const viewport = this.viewport();
    const container = this.ensureContainer();
    const card = this.card(props);
    const { element } = card;
    if (element.parentNode !== container) container.replaceChildren(element);
    this.place(element, anchor, this.measure(card, viewport), viewport);
    element.style.visibility = 'visible';
    this.visible = true;
    this.shown = { card, anchor };
    this.followSize(element);
  }

  hide(): void {
    if (!this.visible || !this.container) return;
    this.container.replaceChildren();
    this.visible = false;
    const shown = this.shown?.card;
    this.shown = undefined;
    // A card the reader unfolded comes back folded next time, as every card opens.
    if (shown?.element.querySelector('[aria-expanded="true"]')) this.redraw(shown);
  }

  /** The shadow root the card lives in (for the clipboard's fallback), once it exists. */
  get root(): ShadowRoot | undefined {
    return this.host?.shadowRoot ?? undefined;
  }

  destroy(): void {
    this.hide();
    this.resizes?.disconnect();
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
  }

  /**
   * Gets a hover ready in idle time: draws the card for `props`, then lays it out once, out of sight (it is
   * taken out again in the same task, before any frame), so that the stylesheet, the code that draws and
   * lays out cards and the glyphs of its text are all loaded, and its size known, before the first hover.
   * This adds the host element to the page if it is not there yet: the one change the page ever sees.
   */
  prepare(props: TooltipProps): void {
    const card = this.card(props);
    if (this.visible) return; // a card is showing: leave it alone
    const viewport = this.viewport();
    const container = this.ensureContainer();
    container.replaceChildren(card.element);
    this.measure(card, viewport);
    container.replaceChildren();
  }

  private place(
    element: HTMLElement,
    anchor: Box,
    size: { width: number; height: number },
    viewport: { width: number; height: number },
  ): void {
    const place = placeTooltip({ anchor, size, viewport });
    element.style.left = `${place.left}px`;
    element.style.top = `${place.top}px`;
    element.dataset.side = place.side;
  }

  /** Places the shown card again whenever its size changes (the reader unfolds it or picks viewpoints). */
  private followSize(element: HTMLElement): void {
    this.resizes ??= new ResizeObserver(([entry]) => {
      const shown = this.shown;
      const box = entry?.borderBoxSize?.[0];
      if (!shown || !this.visible || !box || entry.target !== shown.card.element) return;
      this.place(
        shown.card.element,
        shown.anchor,
        { width: box.inlineSize, height: box.blockSize },
        this.viewport(),
      );
    });
    this.resizes.disconnect();
    this.resizes.observe(element);
  }

  private redraw(card: Card): void {
    const stage = this.doc.createElement('div');
    render(<Tooltip {...card.props} />, stage);
    card.element = stage.firstElementChild as HTMLElement;
  }

  private viewport(): { width: number; height: number } {
    const view = this.doc.documentElement;
    return { width: view.clientWidth, height: view.clientHeight };
  }

  /** The card's size in `viewport`, measured (synchronously: a forced layout) only the first time. */
  private measure(
    card: Card,
    viewport: { width: number; height: number },
  ): { width: number; height: number } {
    const key = `${viewport.width}x${viewport.height}`;
    if (card.size?.viewport !== key) {
      const { width, height } = card.element.getBoundingClientRect();
      card.size = { width, height, viewport: key };
    }
    return card.size;
  }

  /** The card drawn for `props`, drawn now if it is not kept. */
  private card(props: TooltipProps): Card {
    let card = this.cards.get(props);
    if (!card) {
      const stage = this.doc.createElement('div');
      render(<Tooltip {...props} />, stage);
      card = { element: stage.firstElementChild as HTMLElement, props };
      this.cards.set(props, card);
    }
    return card;
  }

  private ensureContainer(): HTMLElement {
    if (this.host && this.container) {
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
      return this.container;
    }
    // An undefined custom-element name with attachShadow stays readable by the page in Firefox too
    // (TOOLCHAIN.md: a *defined* element from a content script is not).
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
