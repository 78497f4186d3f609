import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TooltipProps } from '../../components/Tooltip';
import { detector } from '../../core/detector';
import { cardForTerm } from '../../core/knowledge/catalog';
import type { Settings } from '../../core/settings';
import type { Detection } from '../../core/types';
import type { MarkHandle, PageHit } from '../../engine/page-marker';
import { CardController, type MarkSource } from '../../page-ui/card-controller';
import { DWELL_MS } from '../../page-ui/pointer-intent';
import type { TooltipHost } from '../../page-ui/tooltip-host';

// The card logic against a stand-in host and mark source: what reaches the screen, and when, as the pointer
// moves, keys are pressed and cards arrive from the extension. Real geometry and focus are tested in real
// Chromium (tests/e2e).

function propsOf(id: string): TooltipProps {
  const card = cardForTerm(id, []);
  if (!card) throw new Error(id);
  return { card, theme: 'auto' };
}

const detections = new Map<string, Detection>();
function detectionOf(term: string): Detection {
  let detection = detections.get(term);
  if (!detection) {
    detection = { start: 0, end: term.length, text: term, term, family: 'operations' };
    detections.set(term, detection);
  }
  return detection;
}

function target(term: string, left = 100): PageHit {
  return { detection: detectionOf(term), rect: new DOMRect(left, 100, 40, 18), doc: document };
}

interface Setup {
  controller: CardController;
  /** Keys of the cards put on screen, in order. */
  shown: string[];
  pinned: () => boolean;
  visible: () => boolean;
  /** Moves the pointer onto `hit` (or off every mark) at time `t`, with `init` (buttons, shiftKey…). */
  pointAt: (hit: PageHit | null, options?: { x?: number; t?: number } & PointerEventInit) => void;
  key: (key: string, init?: KeyboardEventInit) => KeyboardEvent;
  /** A key pressed inside the card (focus is there once it is pinned). */
  keyInCard: (key: string) => KeyboardEvent;
  marks: MarkSource;
}

function setUp({
  answer = (detection: Detection) => propsOf(detection.term),
  trigger = 'hover',
}: {
  answer?: (detection: Detection) => TooltipProps | Promise<TooltipProps | undefined>;
  trigger?: Settings['trigger'];
} = {}): Setup {
  const shown: string[] = [];
  let visible = false;
  let pinned = false;
  // Stands for the card on screen: keys pressed in it are the card's.
  const cardElement = document.body.appendChild(document.createElement('div'));
  const host = {
    contains: (node: Node | null) => !!node && cardElement.contains(node),
    get isVisible() {
      return visible;
    },
    get isPinned() {
      return pinned;
    },
    show: ({ key }: { key: string }) => {
      shown.push(key.split('\n')[0] as string);
      visible = true;
    },
    move: () => {},
    pin: () => {
      pinned = true;
    },
    hide: () => {
      visible = false;
      pinned = false;
    },
    forget: () => {},
    prepare: () => {},
  } as unknown as TooltipHost;
  let under: PageHit | null = null;
  const order = ['运营', '营销', '销售'];
  const handle = (term: string): MarkHandle => ({
    detection: detectionOf(term),
    doc: document,
    element: null,
    box: () => new DOMRect(100, 100 + order.indexOf(term) * 40, 40, 18),
    bounds: () => new DOMRect(100, 100 + order.indexOf(term) * 40, 40, 18),
  });
  const marks: MarkSource = {
    hitTest: () => under,
    adjacent: ({ from, direction }) => {
      const at = from && typeof from === 'object' && 'term' in from ? order.indexOf(from.term) : -1;
      const next = order[at + direction];
      return next ? handle(next) : null;
    },
    marksInRange: () => [],
    handleOf: (detection) => handle(detection.term),
    distinctDetections: () => [],
  };
  const controller = new CardController({
    win: window,
    host,
    marks,
    describe: answer,
    describeNothing: async () => ({ message: 'none', theme: 'auto' }),
    preload: async () => {},
    detect: (text) => detector.detect(text),
    settings: () => ({ trigger, textSize: 13 }),
  });
  let clock = 1000;
  const pointAt: Setup['pointAt'] = (hit, { x = 110, t, ...init } = {}) => {
    under = hit;
    clock = t ?? clock + 100; // far apart in time: a slow, deliberate pointer
    const event = new PointerEvent('pointermove', {
      clientX: x,
      clientY: 105,
      pointerType: 'mouse',
      ...init,
    });
    Object.defineProperty(event, 'timeStamp', { value: clock });
    window.dispatchEvent(event);
  };
  const press = (on: Element, name: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init });
    on.dispatchEvent(event);
    return event;
  };
  const key = (name: string, init?: KeyboardEventInit) => press(document.body, name, init);
  const keyInCard = (name: string) => press(cardElement, name);
  return { controller, shown, pinned: () => pinned, visible: () => visible, pointAt, key, keyInCard, marks };
}

// The idle-time preparation of the three family cards is not what these tests are about.
beforeEach(() => vi.stubGlobal('requestIdleCallback', () => 0));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('opening on intent', () => {
  it('shows a card at hand in the same task as a deliberate move onto its mark', () => {
    const { controller, shown, pointAt } = setUp();
    pointAt(target('运营'));
    expect(shown).toEqual(['运营']);
    controller.stop();
  });

  it('opens nothing while the pointer sweeps across marks, and opens once it rests on one', () => {
    vi.useFakeTimers();
    const { controller, shown, pointAt } = setUp();
    // 40 px every 16 ms: a sweep along a row of links, coming from the left.
    pointAt(null, { x: 20, t: 1968 });
    pointAt(null, { x: 60, t: 1984 });
    pointAt(target('运营', 100), { x: 100, t: 2000 });
    pointAt(target('营销', 140), { x: 140, t: 2016 });
    pointAt(target('销售', 180), { x: 180, t: 2032 });
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(DWELL_MS + 10);
    expect(shown).toEqual(['销售']);
    controller.stop();
  });

  it('opens nothing while a button is held (the reader is selecting), and closes a card that was open', () => {
    const { controller, shown, pointAt, visible } = setUp();
    pointAt(target('运营'));
    expect(visible()).toBe(true);
    pointAt(target('营销'), { buttons: 1 });
    expect(shown).toEqual(['运营']);
    expect(visible()).toBe(false);
    controller.stop();
  });

  it('with a hold key chosen, opens only while that key is down, or when it is pressed over a mark', () => {
    const { controller, shown, pointAt, key } = setUp({ trigger: 'shift' });
    pointAt(target('运营'));
    expect(shown).toEqual([]);
    key('Shift', { shiftKey: true });
    expect(shown).toEqual(['运营']);
    pointAt(target('营销'), { shiftKey: true });
    expect(shown).toEqual(['运营', '营销']);
    controller.stop();
  });

  it('with click chosen, never opens on hover', () => {
    const { controller, shown, pointAt } = setUp({ trigger: 'click' });
    pointAt(target('运营'));
    expect(shown).toEqual([]);
    controller.stop();
  });
});

describe('Esc', () => {
  it('closes the card, which stays closed on that mark until the pointer leaves it', () => {
    const { controller, shown, pointAt, key, visible } = setUp();
    pointAt(target('运营'));
    key('Escape');
    expect(visible()).toBe(false);
    pointAt(target('运营', 101)); // a 1 px move on the same mark
    expect(shown).toEqual(['运营']);
    pointAt(null);
    pointAt(target('运营'));
    expect(shown).toEqual(['运营', '运营']);
    controller.stop();
  });
});

describe('pinning', () => {
  it('P pins the open card, which then stays while the pointer roams, until Esc', () => {
    const { controller, shown, pointAt, key, pinned, visible } = setUp();
    pointAt(target('运营'));
    const press = key('p');
    expect(press.defaultPrevented).toBe(true);
    expect(pinned()).toBe(true);
    pointAt(target('营销', 300));
    pointAt(null);
    expect(shown).toEqual(['运营']);
    expect(visible()).toBe(true);
    key('Escape');
    expect(visible()).toBe(false);
    controller.stop();
  });

  it('leaves P to the page when no card is open, or while the reader types', () => {
    const { controller, key, pinned } = setUp();
    expect(key('p').defaultPrevented).toBe(false);
    const field = document.body.appendChild(document.createElement('input'));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true, cancelable: true }));
    expect(pinned()).toBe(false);
    field.remove();
    controller.stop();
  });

  it('the explain command pins the card of the first mark in view; N and B (→ ←) move it', () => {
    const { controller, shown, pinned, marks, keyInCard } = setUp();
    const adjacent = vi.spyOn(marks, 'adjacent');
    controller.explain();
    expect(adjacent).toHaveBeenLastCalledWith({ from: 'viewport', direction: 1 });
    expect(shown).toEqual(['运营']);
    expect(pinned()).toBe(true);
    expect(keyInCard('n').defaultPrevented).toBe(true);
    keyInCard('ArrowRight');
    keyInCard('b');
    expect(shown).toEqual(['运营', '营销', '销售', '营销']);
    keyInCard('ArrowLeft');
    keyInCard('b'); // the first mark: nothing before it, the card stays
    expect(shown).toEqual(['运营', '营销', '销售', '营销', '运营']);
    controller.stop();
  });

  it('a click outside a pinned card lets it go', () => {
    const { controller, pointAt, key, visible } = setUp();
    pointAt(target('运营'));
    key('p');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(visible()).toBe(false);
    controller.stop();
  });
});

describe('cards that arrive later', () => {
  it('shows a card that arrives while the pointer is still on its mark', async () => {
    let arrive: (props: TooltipProps) => void = () => {};
    const { controller, shown, pointAt } = setUp({
      answer: () => new Promise((resolve) => (arrive = resolve)),
    });
    pointAt(target('运营'));
    expect(shown).toEqual([]);
    arrive(propsOf('运营'));
    await vi.waitFor(() => expect(shown).toEqual(['运营']));
    controller.stop();
  });

  it('drops a card that arrives after the pointer left its mark', async () => {
    let arrive: (props: TooltipProps) => void = () => {};
    const { controller, shown, pointAt } = setUp({
      answer: () => new Promise((resolve) => (arrive = resolve)),
    });
    pointAt(target('运营'));
    pointAt(null);
    arrive(propsOf('运营'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual([]);
    controller.stop();
  });

  it('shows the card of the mark the pointer moved on to, not the one it passed', async () => {
    const waiting = new Map<string, (props: TooltipProps) => void>();
    const { controller, shown, pointAt } = setUp({
      answer: (detection) => new Promise((resolve) => waiting.set(detection.term, resolve)),
    });
    pointAt(target('运营', 100));
    pointAt(target('营销', 300));
    waiting.get('营销')?.(propsOf('营销'));
    waiting.get('运营')?.(propsOf('运营'));
    await vi.waitFor(() => expect(shown).toEqual(['营销']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual(['营销']);
    controller.stop();
  });
});

describe('getting ready ahead', () => {
  it('once the pointer moves: draws the family cards, fetches the page’s titles in one request, draws the first', async () => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    const prepared: string[] = [];
    const preloaded: string[][] = [];
    const titles = ['运营总监', '销售代表'].map(detectionOf);
    const { controller, pointAt, marks } = setUp();
    vi.spyOn(marks, 'distinctDetections').mockReturnValue(titles);
    const host = (controller as unknown as { options: { host: TooltipHost; preload: unknown } }).options;
    host.host.prepare = ({ key }) => void prepared.push(key.split('\n')[0] as string);
    host.preload = async (detections: Detection[]) => void preloaded.push(detections.map((d) => d.term));
    pointAt(null);
    await vi.waitFor(() => expect(prepared).toEqual(['运营', '营销', '销售', '运营总监', '销售代表']));
    expect(preloaded).toEqual([['运营总监', '销售代表']]);
    controller.stop();
  });
});
