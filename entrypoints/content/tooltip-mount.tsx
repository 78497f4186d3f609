import { render } from 'preact';
import { Tooltip, type TooltipProps } from '../../components/Tooltip';
import themeCss from '../../components/theme.css?inline';
import { type Box, placeTooltip } from '../../core/tooltip-position';
// The one element Role Lens adds to a page (DESIGN.md contract); the engine skips it by the same name.
import { UI_HOST_TAG } from '../../engine/skip-rules';
import tooltipCss from './tooltip.css?inline';

/**
 * Owns the <role-lens-tooltip> host: created on the first hover (a page nobody hovers is never touched),
 * re-attached if the page's own scripts remove it, and removed for good by `destroy`.
 */
export class TooltipMount {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private visible = false;

  constructor(private readonly doc: Document) {}

  /** True for the host and anything inside it, so the page engine and hover logic can ignore our own UI. */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  get isVisible(): boolean {
    return this.visible;
  }

  show(props: TooltipProps, anchor: Box): void {
    const container = this.ensureContainer();
    render(<Tooltip {...props} />, container);
    const card = container.firstElementChild as HTMLElement | null;
    if (!card) return;
    // Rendering is synchronous, so the card can be measured and placed before the next frame paints.
    card.style.visibility = 'hidden';
    const size = card.getBoundingClientRect();
    const view = this.doc.documentElement;
    const place = placeTooltip({
      anchor,
      size: { width: size.width, height: size.height },
      viewport: { width: view.clientWidth, height: view.clientHeight },
    });
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
    card.style.visibility = 'visible';
    card.dataset.side = place.side;
    this.visible = true;
  }

  hide(): void {
    if (!this.visible || !this.container) return;
    render(null, this.container);
    this.visible = false;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
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
