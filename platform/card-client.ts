import { browser } from 'wxt/browser';
import { CARD_REQUEST, type CardAsked, type CardRequestMessage } from '../core/card-request';
import type { Card } from '../core/knowledge/card-model';
import type { Script } from '../core/page-context';
import type { Detection } from '../core/types';

type Asked = Pick<Detection, 'term' | 'text'>;

/**
 * The content script's side of core/card-request.ts: asks the background for cards and keeps them, so a mark
 * hovered again is answered at once. `reset` forgets them when the settings change what a card shows.
 */
export class CardClient {
  private readonly cards = new Map<string, Card | null>();
  private readonly pending = new Map<string, Promise<Card | null>>();
  private generation = 0;

  /** `scriptOf`: the script a detection's card is written in, asked each time (the settings may change it). */
  constructor(
    private viewpoints: readonly string[],
    private readonly scriptOf: (detection: Asked) => Script,
  ) {}

  /** The card if it is here already: no waiting. */
  peek(detection: Asked): Card | null | undefined {
    return this.cards.get(keyOf(this.asked(detection)));
  }

  /** The card, asked for once however often it is wanted; null when the extension has none (or is gone). */
  load(detection: Asked): Promise<Card | null> {
    const wanted = this.asked(detection);
    const key = keyOf(wanted);
    const known = this.cards.get(key);
    if (known !== undefined) return Promise.resolve(known);
    let asked = this.pending.get(key);
    if (!asked) {
      asked = this.ask([wanted]).then(([card = null]) => card);
      this.pending.set(key, asked);
    }
    return asked;
  }

  /** Asks for several cards in one message (the three family words, before the first hover). */
  async preload(detections: Asked[]): Promise<void> {
    const wanted = detections
      .map((detection) => this.asked(detection))
      .filter((detection) => !this.cards.has(keyOf(detection)));
    if (wanted.length > 0) await this.ask(wanted);
  }

  /** New viewpoints: the kept cards show the old ones. */
  reset(viewpoints: readonly string[]): void {
    this.viewpoints = viewpoints;
    this.generation += 1;
    this.cards.clear();
    this.pending.clear();
  }

  private asked({ term, text }: Asked): CardAsked {
    return { term, text, script: this.scriptOf({ term, text }) };
  }

  private async ask(detections: CardAsked[]): Promise<(Card | null)[]> {
    const generation = this.generation;
    const message: CardRequestMessage = {
      type: CARD_REQUEST,
      detections,
      viewpoints: [...this.viewpoints],
    };
    let cards: (Card | null)[];
    try {
      const reply = (await browser.runtime.sendMessage(message)) as unknown;
      cards = Array.isArray(reply) ? (reply as (Card | null)[]) : [];
    } catch {
      // The extension was reloaded or updated under this page: this script can no longer reach it.
      cards = [];
    }
    if (generation === this.generation) {
      detections.forEach((detection, index) => {
        const key = keyOf(detection);
        this.cards.set(key, cards[index] ?? null);
        this.pending.delete(key);
      });
    }
    return cards;
  }
}

function keyOf({ term, text, script }: CardAsked): string {
  return `${script}\n${term}\n${text}`;
}
