import { render } from 'preact';
import { Tooltip, type TooltipProps } from '../../components/Tooltip';
import themeCss from '../../components/theme.css?inline';
import { type Box, placeTooltip } from '../../core/tooltip-position';
// The one element Role Lens adds to a page (DESIGN.md contract); the engine skips it by the same name.
import { UI_HOST_TAG } from '../../engine/skip-rules';
import tooltipCss from './tooltip.css?inline';

interface Card {
  element: HTMLElement;
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
    const place = placeTooltip({ anchor, size: this.measure(card, viewport), viewport });
    element.style.left = `${place.left}px`;
    element.style.top = `${place.top}px`;
    element.style.visibility = 'visible';
    element.dataset.side = place.side;
    this.visible = true;
  }

  hide(): void {
    if (!this.visible || !this.container) return;
    this.container.replaceChildren();
    this.visible = false;
  }

  destroy(): void {
    this.hide();
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
      card = { element: stage.firstElementChild as HTMLElement };
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
