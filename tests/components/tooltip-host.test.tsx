import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TooltipProps } from '../../components/Tooltip';
import { cardForTerm } from '../../core/knowledge/catalog';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import { KEPT_CARDS, TooltipHost } from '../../page-ui/tooltip-host';

// The card's host in happy-dom: what it draws, keeps and measures. Geometry on real pages is tested in real
// Chromium and Firefox (tests/e2e).

function props(id: string): TooltipProps {
  const card = cardForTerm(id, DEFAULT_VIEWPOINT_IDS);
  if (!card) throw new Error(`no entry ${id}`);
  return { card, theme: 'auto' };
}

const anchor = { left: 100, top: 100, width: 30, height: 18 };
const TEXT = 13;
const shadow = () => document.querySelector('role-lens-tooltip')?.shadowRoot;
const card = () => shadow()?.querySelector<HTMLElement>('.rl-tooltip') ?? null;

function viewport(width: number, height: number): void {
  const root = document.documentElement;
  Object.defineProperty(root, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(root, 'clientHeight', { configurable: true, value: height });
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
}

/** Counts the layouts forced by measuring a card. */
function measuring() {
  return vi
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue(new DOMRect(0, 0, 440, 300));
}

const show = (host: TooltipHost, id: string, box = anchor, textSize = TEXT, shownProps = props(id)) =>
  host.show({ key: id, props: shownProps, anchor: box, textSize });

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelector('role-lens-tooltip')?.remove();
});

describe('TooltipHost', () => {
  it('shows one card at a time, placed below the word, and takes it out of the page when hidden', () => {
    viewport(1280, 800);
    measuring();
    const host = new TooltipHost(document);
    show(host, '运营');
    expect(card()?.style.visibility).toBe('visible');
    expect(card()?.dataset.side).toBe('below');
    expect(Number.parseFloat(card()?.style.top ?? '')).toBeGreaterThanOrEqual(anchor.top + anchor.height);
    show(host, '销售');
    expect(shadow()?.querySelectorAll('.rl-tooltip')).toHaveLength(1);
    expect(card()?.querySelector('.rl-term')?.textContent).toBe('销售');
    host.hide();
    expect(card()).toBeNull();
    expect(host.isVisible).toBe(false);
  });

  it('draws and measures a card once per key: shown again, the same card comes back unmeasured', () => {
    viewport(1280, 800);
    const measure = measuring();
    const host = new TooltipHost(document);
    const operations = props('运营');
    show(host, '运营', anchor, TEXT, operations);
    const first = card();
    host.hide();
    show(host, '运营', { ...anchor, top: 600 }, TEXT, props('运营'));
    expect(card()).toBe(first);
    expect(card()?.dataset.side).toBe('above');
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it('measures a kept card again in a viewport of another size, or at another text size', () => {
    viewport(1280, 800);
    const measure = measuring();
    const host = new TooltipHost(document);
    show(host, '运营');
    host.hide();
    viewport(900, 700);
    show(host, '运营');
    host.hide();
    show(host, '运营', anchor, 18);
    expect(measure).toHaveBeenCalledTimes(3);
  });

  it('sets the card’s text size, and never lets it be wider than the window', () => {
    viewport(320, 568);
    measuring();
    const host = new TooltipHost(document);
    show(host, '运营', anchor, 16);
    expect(card()?.style.fontSize).toBe('16px');
    expect(Number.parseFloat(card()?.style.maxWidth ?? '')).toBeLessThanOrEqual(320 - 16);
  });

  it('keeps a bounded number of drawn cards', () => {
    viewport(1280, 800);
    measuring();
    const host = new TooltipHost(document);
    const first = props('运营');
    show(host, 'first', anchor, TEXT, first);
    const drawn = card();
    for (let n = 0; n < KEPT_CARDS + 1; n++) show(host, `other ${n}`, anchor, TEXT, first);
    show(host, 'first', anchor, TEXT, first);
    expect(card()).not.toBe(drawn); // dropped, so drawn again
  });

  it('prepares a card ahead of a hover: adds the host, leaves no card in it, and shows it later unmeasured', () => {
    viewport(1280, 800);
    const measure = measuring();
    const host = new TooltipHost(document);
    host.prepare({ key: '营销', props: props('营销'), textSize: TEXT });
    expect(document.querySelectorAll('role-lens-tooltip')).toHaveLength(1);
    expect(card()).toBeNull();
    expect(host.isVisible).toBe(false);
    expect(measure).toHaveBeenCalledTimes(1);
    show(host, '营销');
    expect(card()?.querySelector('.rl-term')?.textContent).toBe('营销');
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it('folds a card the reader unfolded once it is hidden, so the next hover opens it folded', async () => {
    viewport(1280, 800);
    measuring();
    const host = new TooltipHost(document);
    show(host, '运营');
    card()?.querySelector<HTMLButtonElement>('.rl-more')?.click();
    await waitFor(() => expect(card()?.querySelector('.rl-details')).not.toBeNull());
    host.hide();
    show(host, '运营');
    expect(card()?.querySelector('.rl-more')?.getAttribute('aria-expanded')).toBe('false');
    expect(card()?.querySelector('.rl-details')).toBeNull();
  });

  it('pins a card: it takes focus, and gives it back where it was when it closes', () => {
    viewport(1280, 800);
    measuring();
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    const host = new TooltipHost(document);
    show(host, '运营');
    host.pin();
    expect(host.isPinned).toBe(true);
    expect(shadow()?.activeElement).toBe(card());
    expect(card()?.hasAttribute('data-pinned')).toBe(true);
    host.hide();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('never disturbs a card that is showing when it prepares another', () => {
    viewport(1280, 800);
    measuring();
    const host = new TooltipHost(document);
    show(host, '运营');
    const shown = card();
    host.prepare({ key: '营销', props: props('营销'), textSize: TEXT });
    expect(shadow()?.querySelectorAll('.rl-tooltip')).toHaveLength(1);
    expect(card()).toBe(shown);
    expect(host.isVisible).toBe(true);
  });
});
