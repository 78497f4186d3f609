import type { Script } from './page-context';
import type { Detection } from './types';

/**
 * What the content script asks the extension for: the cards of detections, under the reader's choice of
 * viewpoints. The knowledge base stays out of the script that loads on every page (its 40 KB budget); the
 * background builds the cards from it and answers with plain data (core/knowledge/card-model.ts).
 */
export const CARD_REQUEST = 'role-lens:cards';

/** A detection whose card is asked for, and the script the card is to be written in (core/card-script.ts). */
export type CardAsked = Pick<Detection, 'term' | 'text'> & { script: Script };

export interface CardRequestMessage {
  type: typeof CARD_REQUEST;
  detections: CardAsked[];
  viewpoints: string[];
}

export function isCardRequest(message: unknown): message is CardRequestMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, detections, viewpoints } = message as Partial<CardRequestMessage>;
  return (
    type === CARD_REQUEST &&
    Array.isArray(detections) &&
    detections.every(
      (detection) =>
        typeof detection === 'object' &&
        detection !== null &&
        typeof detection.term === 'string' &&
        typeof detection.text === 'string' &&
        (detection.script === 'zh-Hans' || detection.script === 'zh-Hant'),
    ) &&
    Array.isArray(viewpoints) &&
    viewpoints.every((id) => typeof id === 'string')
  );
}
