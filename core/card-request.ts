import type { Card, CardLabels } from './knowledge/card-model';
import type { Script } from './page-context';
import type { Detection } from './types';

/**
 * What the content script asks the extension for: the cards of detections. The knowledge base stays out of
 * the script that loads on every page (its 40 KB budget); the background builds the cards from it, under the
 * reader's choice of viewpoints and languages, and answers with plain data (core/knowledge/card-model.ts).
 */
export const CARD_REQUEST = 'role-lens:cards';

/** The languages a card is written in: the source's Simplified, Taiwan's Traditional, or English. */
export type CardLanguage = Script | 'en';

/** A detection whose card is asked for. */
export type CardAsked = Pick<Detection, 'term' | 'text'>;

/**
 * What the page says of its language, for the card's (core/card-language.ts): its declared `lang` and its
 * title. The background decides, since it holds the settings and the interface language.
 */
export interface PageAbout {
  lang: string;
  title: string;
}

export interface CardRequestMessage {
  type: typeof CARD_REQUEST;
  detections: CardAsked[];
  page: PageAbout;
}

/** The cards in the order asked (null for a term the extension does not know), and the words a card needs besides. */
export interface CardReply {
  cards: (Card | null)[];
  /** What a card says when the text it was asked about holds no term, and its labels, in the page's card language. */
  nothing: { message: string; labels: CardLabels };
}

const isString = (value: unknown): value is string => typeof value === 'string';

export function isCardRequest(message: unknown): message is CardRequestMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, detections, page } = message as Partial<CardRequestMessage>;
  return (
    type === CARD_REQUEST &&
    Array.isArray(detections) &&
    detections.every(
      (detection) =>
        typeof detection === 'object' &&
        detection !== null &&
        isString(detection.term) &&
        isString(detection.text),
    ) &&
    typeof page === 'object' &&
    page !== null &&
    isString(page.lang) &&
    isString(page.title)
  );
}
