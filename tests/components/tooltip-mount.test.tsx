import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TooltipProps } from '../../components/Tooltip';
import { cardForTerm } from '../../core/knowledge/catalog';
import { DEFAULT_VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import { TooltipMount } from '../../page-ui/tooltip-host';

function props(id: string): TooltipProps {
  const card = cardForTerm(id, DEFAULT_VIEWPOINT_IDS);
  if (!card) throw new Error(`no entry ${id}`);
  return { card, theme: 'auto' };
}

const anchor = { left: 100, top: 100, width: 30, height: 18 };
const shadow = () => document.querySelector('role-lens-tooltip')?.shadowRoot;
const card = () => shadow()?.querySelector<HTMLElement>('.rl-tooltip') ?? null;

function viewport(width: number, height: number): void {
  const root = document.documentElement;
  Object.defineProperty(root, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(root, 'clientHeight', { configurable: true, value: height });
}

/** Counts the layouts forced by measuring a card. */
function measuring() {
  return vi
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue(new DOMRect(0, 0, 470, 300));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelector('role-lens-tooltip')?.remove();
});

describe('TooltipMount', () => {
  it('shows one card at a time, placed and visible, and takes it out of the page when hidden', () => {
    viewport(1280, 800);
    measuring();
    const mount = new TooltipMount(document);
    mount.show(props('运营'), anchor);
    expect(card()?.style.visibility).toBe('visible');
    expect(card()?.dataset.side).toBe('below');
    expect(card()?.style.top).toBe('124px');
    mount.show(props('销售'), anchor);
    expect(shadow()?.querySelectorAll('.rl-tooltip')).toHaveLength(1);
    expect(card()?.querySelector('.rl-term')?.textContent).toBe('销售');
    mount.hide();
    expect(card()).toBeNull();
    expect(mount.isVisible).toBe(false);
  });

  it('draws and measures a card once: the same props shown again put the same card back', () => {
    viewport(1280, 800);
    const measure = measuring();
    const mount = new TooltipMount(document);
    const operations = props('运营');
    mount.show(operations, anchor);
    const first = card();
    mount.hide();
    mount.show(operations, { ...anchor, top: 600 });
    expect(card()).toBe(first);
    expect(card()?.dataset.side).toBe('above');
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it('measures a kept card again in a viewport of another size', () => {
    viewport(1280, 800);
    const measure = measuring();
    const mount = new TooltipMount(document);
    const operations = props('运营');
    mount.show(operations, anchor);
    mount.hide();
    viewport(900, 700);
    mount.show(operations, anchor);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('prepares a card ahead of a hover: adds the host, leaves no card in it, and shows it later unmeasured', () => {
    viewport(1280, 800);
    const measure = measuring();
    const mount = new TooltipMount(document);
    const marketing = props('营销');
    mount.prepare(marketing);
    expect(document.querySelectorAll('role-lens-tooltip')).toHaveLength(1);
    expect(card()).toBeNull();
    expect(mount.isVisible).toBe(false);
    expect(measure).toHaveBeenCalledTimes(1);
    mount.show(marketing, anchor);
    expect(card()?.querySelector('.rl-term')?.textContent).toBe('营销');
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it('folds a card the reader unfolded once it is hidden, so the next hover opens it folded', async () => {
    viewport(1280, 800);
    measuring();
    const mount = new TooltipMount(document);
    const operations = props('运营');
    mount.show(operations, anchor);
    card()?.querySelector<HTMLButtonElement>('.rl-more')?.click();
    await waitFor(() => expect(card()?.querySelector('.rl-details')).not.toBeNull());
    mount.hide();
    mount.show(operations, anchor);
    expect(card()?.querySelector('.rl-more')?.getAttribute('aria-expanded')).toBe('false');
    expect(card()?.querySelector('.rl-details')).toBeNull();
  });

  it('never disturbs a card that is showing when it prepares another', () => {
    viewport(1280, 800);
    measuring();
    const mount = new TooltipMount(document);
    mount.show(props('运营'), anchor);
    const shown = card();
    mount.prepare(props('营销'));
    expect(shadow()?.querySelectorAll('.rl-tooltip')).toHaveLength(1);
    expect(card()).toBe(shown);
    expect(mount.isVisible).toBe(true);
  });
});
