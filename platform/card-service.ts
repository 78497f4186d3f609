import { browser } from 'wxt/browser';
import { cardLanguageFor } from '../core/card-language';
import { type CardReply, type CardRequestMessage, isCardRequest } from '../core/card-request';
import { interfaceLocale } from '../core/i18n/locale';
import { buildCardLabels } from '../core/knowledge/card';
import { SIMPLIFIED_WRITER, wording } from '../core/knowledge/card-writer';
import { cardForDetection } from '../core/knowledge/detection-card';
import { writerFor } from '../core/knowledge/writers';
import { createSignalReader } from '../core/page-context';
import type { Settings } from '../core/settings';
import { scriptChars } from '../data/generated/lexicon.json';
import { loadSettings } from './settings-reader';

const signals = createSignalReader(scriptChars);

/**
 * The background's side of core/card-request.ts: answers content scripts with the cards they ask for, with
 * the viewpoints the reader chose, each in the language the settings and the page give it. Only messages
 * from this extension's own scripts arrive here (runtime.onMessage never hears web pages), and a malformed
 * one is ignored.
 */
export function serveCards(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isCardRequest(message)) return undefined;
    return loadSettings().then((settings) => answer(message, settings, browser.i18n.getUILanguage()));
  });
}

export function answer(
  { detections, page }: CardRequestMessage,
  settings: Pick<Settings, 'viewpoints' | 'explainIn' | 'language'>,
  browserLanguage: string,
): CardReply {
  const sources = {
    explainIn: settings.explainIn,
    interfaceLocale: interfaceLocale(settings.language, browserLanguage),
    page,
    signals,
  };
  const cards = detections.map(
    (detection) =>
      cardForDetection(detection, settings.viewpoints, cardLanguageFor(detection.text, sources)) ?? null,
  );
  const writer = writerFor(cardLanguageFor('', sources)) ?? SIMPLIFIED_WRITER;
  return { cards, nothing: { message: wording(writer, 'nothingSelected'), labels: buildCardLabels(writer) } };
}
