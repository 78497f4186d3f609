import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TooltipProps } from '../../components/Tooltip';
import { cardForTerm } from '../../core/knowledge/catalog';
import type { Detection } from '../../core/types';
import { HoverController, type HoverTarget } from '../../page-ui/hover-controller';
import type { TooltipMount } from '../../page-ui/tooltip-host';

// The hover logic against a stand-in mount and hit test: what reaches the screen, and when, as cards arrive
// from the extension asynchronously.

function propsOf(id: string): TooltipProps {
  const card = cardForTerm(id, []);
  if (!card) throw new Error(id);
  return { card, theme: 'auto' };
}

function target(term: string, left: number): HoverTarget {
  const detection: Detection = { start: 0, end: term.length, text: term, term, family: 'operations' };
  return { detection, rect: new DOMRect(left, 100, 40, 18) };
}

function setUp(answer: (detection: Detection) => TooltipProps | Promise<TooltipProps | undefined>) {
  const shown: string[] = [];
  let visible = false;
  const mount = {
    contains: () => false,
    get isVisible() {
      return visible;
    },
    show: (props: TooltipProps) => {
      shown.push(props.card.entry.id);
      visible = true;
    },
    hide: () => {
      visible = false;
    },
    prepare: () => {},
  } as unknown as TooltipMount;
  let under: HoverTarget | null = null;
  const controller = new HoverController({ win: window, mount, hitTest: () => under, describe: answer });
  const pointAt = (hit: HoverTarget | null) => {
    under = hit;
    window.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 110, clientY: 105, pointerType: 'mouse' }),
    );
  };
  return { controller, shown, pointAt, isVisible: () => visible };
}

// The idle-time preparation of the three family cards is not what these tests are about.
beforeEach(() => vi.stubGlobal('requestIdleCallback', () => 0));
afterEach(() => vi.unstubAllGlobals());

describe('HoverController', () => {
  it('shows a card at hand in the same task as the move', () => {
    const { controller, shown, pointAt } = setUp(() => propsOf('运营'));
    pointAt(target('运营', 100));
    expect(shown).toEqual(['运营']);
    controller.stop();
  });

  it('shows a card that arrives later if the pointer is still on its mark', async () => {
    let arrive: (props: TooltipProps) => void = () => {};
    const { controller, shown, pointAt } = setUp(() => new Promise((resolve) => (arrive = resolve)));
    pointAt(target('运营', 100));
    expect(shown).toEqual([]);
    arrive(propsOf('运营'));
    await vi.waitFor(() => expect(shown).toEqual(['运营']));
    controller.stop();
  });

  it('drops a card that arrives after the pointer left its mark', async () => {
    let arrive: (props: TooltipProps) => void = () => {};
    const { controller, shown, pointAt } = setUp(() => new Promise((resolve) => (arrive = resolve)));
    pointAt(target('运营', 100));
    pointAt(null);
    arrive(propsOf('运营'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual([]);
    controller.stop();
  });

  it('shows the card of the mark the pointer moved on to, not the one it passed', async () => {
    const waiting = new Map<string, (props: TooltipProps) => void>();
    const { controller, shown, pointAt } = setUp(
      (detection) => new Promise((resolve) => waiting.set(detection.term, resolve)),
    );
    pointAt(target('运营', 100));
    pointAt(target('营销', 300));
    waiting.get('营销')?.(propsOf('营销'));
    waiting.get('运营')?.(propsOf('运营'));
    await vi.waitFor(() => expect(shown).toEqual(['营销']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual(['营销']);
    controller.stop();
  });

  it('asks for a card once: hovering the same mark again is answered from what it kept', async () => {
    const answer = vi.fn(async (_detection: Detection) => propsOf('运营'));
    const { controller, shown, pointAt } = setUp(answer);
    pointAt(target('运营', 100));
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    pointAt(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    pointAt(target('运营', 100));
    expect(shown).toHaveLength(2);
    expect(answer).toHaveBeenCalledTimes(1);
    controller.stop();
  });
});
