import { browser } from 'wxt/browser';
import { type CardRequestMessage, isCardRequest } from '../core/card-request';
import type { Card } from '../core/knowledge/card-model';
import { cardForDetection } from '../core/knowledge/detection-card';

/**
 * The background's side of core/card-request.ts: answers content scripts with the cards they ask for. Only
 * messages from this extension's own scripts arrive here (runtime.onMessage never hears web pages), and a
 * malformed one is ignored.
 */
export function serveCards(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isCardRequest(message)) return undefined;
    return Promise.resolve(answer(message));
  });
}

export function answer({ detections, viewpoints }: CardRequestMessage): (Card | null)[] {
  return detections.map((detection) => cardForDetection(detection, viewpoints, detection.script) ?? null);
}
