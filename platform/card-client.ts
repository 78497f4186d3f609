import { browser } from 'wxt/browser';
import {
  CARD_REQUEST,
  type CardAsked,
  type CardReply,
  type CardRequestMessage,
  type PageAbout,
} from '../core/card-request';
import type { Card } from '../core/knowledge/card-model';

/**
 * The content script's side of core/card-request.ts: asks the background for cards and keeps them, so a mark
 * hovered again is answered at once. `reset` forgets them when the settings change what a card shows or the
 * language it is written in (the background decides that from the settings and the page).
 */
export class CardClient {
  private readonly cards = new Map<string, Card | null>();
  private readonly pending = new Map<string, Promise<Card | null>>();
  private generation = 0;

  /** What a card says where the text holds no term, as the last answer gave it. */
  private nothingSaid: CardReply['nothing'] | undefined;

  /** `page`: the page's language and title, read each time a card is asked for. */
  constructor(private readonly page: () => PageAbout) {}

  /** The card if it is here already: no waiting. */
  peek(detection: CardAsked): Card | null | undefined {
    return this.cards.get(keyOf(detection));
  }

  /** The card, asked for once however often it is wanted; null when the extension has none (or is gone). */
  load({ term, text }: CardAsked): Promise<Card | null> {
    const wanted = { term, text };
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
  async preload(detections: CardAsked[]): Promise<void> {
    const wanted = detections
      .filter((detection) => !this.cards.has(keyOf(detection)))
      .map(({ term, text }) => ({ term, text }));
    if (wanted.length > 0) await this.ask(wanted);
  }

  /** What a card says where a selection holds no term, in the language the page's cards are written in. */
  async nothing(): Promise<CardReply['nothing'] | undefined> {
    if (!this.nothingSaid) await this.ask([]);
    return this.nothingSaid;
  }

  /** New viewpoints or a new language: the kept cards show the old ones. */
  reset(): void {
    this.generation += 1;
    this.cards.clear();
    this.pending.clear();
    this.nothingSaid = undefined;
  }

  private async ask(detections: CardAsked[]): Promise<(Card | null)[]> {
    const generation = this.generation;
    const message: CardRequestMessage = {
      type: CARD_REQUEST,
      detections,
      page: this.page(),
    };
    let reply: CardReply | undefined;
    try {
      reply = (await browser.runtime.sendMessage(message)) as CardReply | undefined;
    } catch {
      // The extension was reloaded or updated under this page: this script can no longer reach it.
    }
    const cards = Array.isArray(reply?.cards) ? reply.cards : [];
    if (generation === this.generation) {
      if (reply?.nothing) this.nothingSaid = reply.nothing;
      detections.forEach((detection, index) => {
        const key = keyOf(detection);
        this.cards.set(key, cards[index] ?? null);
        this.pending.delete(key);
      });
    }
    return cards;
  }
}

function keyOf({ term, text }: CardAsked): string {
  return `${term}\n${text}`;
}
