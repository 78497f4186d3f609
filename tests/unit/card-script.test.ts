import { describe, expect, it } from 'vitest';
import { CARD_REQUEST, type CardRequestMessage, isCardRequest } from '../../core/card-request';
import { cardScriptFor, type PageScriptSource } from '../../core/card-script';
import { createSignalReader } from '../../core/page-context';
import { scriptChars } from '../../data/generated/lexicon.json';
import { answer } from '../../platform/card-service';

const signals = createSignalReader(scriptChars);
const page =
  (lang: string, title = ''): (() => PageScriptSource) =>
  () => ({ lang, title, signals });

describe('the script a card is written in', () => {
  it('follows the mark’s own characters on the page’s choice', () => {
    expect(cardScriptFor('page', '營運專員', page(''))).toBe('zh-Hant');
    expect(cardScriptFor('page', '運營', page('zh-CN'))).toBe('zh-Hant');
    expect(cardScriptFor('page', '行銷', page(''))).toBe('zh-Hant');
    expect(cardScriptFor('page', '業務代表', page(''))).toBe('zh-Hant');
    expect(cardScriptFor('page', '运营专员', page('zh-TW'))).toBe('zh-Hans');
  });

  it('follows the page for a mark with no Chinese of its own: its language, else its title', () => {
    expect(cardScriptFor('page', 'Marketing Manager', page('zh-TW'))).toBe('zh-Hant');
    expect(cardScriptFor('page', 'Marketing Manager', page('zh-Hant-HK'))).toBe('zh-Hant');
    expect(cardScriptFor('page', 'Marketing Manager', page('zh-CN'))).toBe('zh-Hans');
    expect(cardScriptFor('page', 'Marketing Manager', page('', '業務專員（台北）'))).toBe('zh-Hant');
    expect(cardScriptFor('page', 'Marketing Manager', page('en', 'Jobs'))).toBe('zh-Hans');
  });

  it('is Simplified whatever the page when the reader chose the source’s script', () => {
    expect(cardScriptFor('zh-Hans', '營運專員', page('zh-TW'))).toBe('zh-Hans');
    expect(cardScriptFor('interface', '營運專員', page('zh-TW'))).toBe('zh-Hant');
  });
});

describe('the card request', () => {
  const message: CardRequestMessage = {
    type: CARD_REQUEST,
    detections: [{ term: '运营专员', text: '營運專員', script: 'zh-Hant' }],
    viewpoints: ['v01'],
  };

  it('carries each detection’s script, and nothing else is accepted', () => {
    expect(isCardRequest(message)).toBe(true);
    expect(isCardRequest({ ...message, detections: [{ term: '运营', text: '运营' }] })).toBe(false);
    expect(isCardRequest({ ...message, detections: [{ term: '运营', text: '运营', script: 'en' }] })).toBe(
      false,
    );
  });

  it('is answered by the background in that script', () => {
    const [traditional] = answer(message);
    const [simplified] = answer({
      ...message,
      detections: [{ term: '运营专员', text: '运营专员', script: 'zh-Hans' }],
    });
    expect(traditional?.script).toBe('zh-Hant');
    expect(traditional?.familyLabel).toBe('營運');
    expect(simplified?.script).toBe('zh-Hans');
    expect(simplified?.familyLabel).toBe('运营');
  });
});
