import { describe, expect, it } from 'vitest';
import { type CardLanguageSources, cardLanguageFor } from '../../core/card-language';
import { CARD_REQUEST, type CardRequestMessage, isCardRequest } from '../../core/card-request';
import { createSignalReader } from '../../core/page-context';
import type { Settings } from '../../core/settings';
import { scriptChars } from '../../data/generated/lexicon.json';
import { answer } from '../../platform/card-service';

const signals = createSignalReader(scriptChars);
const on = (
  lang: string,
  title = '',
  explainIn: Settings['explainIn'] = 'page',
  interfaceLocale: CardLanguageSources['interfaceLocale'] = 'zh-Hans',
): CardLanguageSources => ({ explainIn, interfaceLocale, page: { lang, title }, signals });

describe('the language a card is written in', () => {
  it('follows the mark’s own characters on the page’s choice', () => {
    expect(cardLanguageFor('營運專員', on(''))).toBe('zh-Hant');
    expect(cardLanguageFor('運營', on('zh-CN'))).toBe('zh-Hant');
    expect(cardLanguageFor('行銷', on(''))).toBe('zh-Hant');
    expect(cardLanguageFor('業務代表', on(''))).toBe('zh-Hant');
    expect(cardLanguageFor('运营专员', on('zh-TW'))).toBe('zh-Hans');
  });

  it('follows the page for a mark with no Chinese of its own: its language, else its title', () => {
    expect(cardLanguageFor('Marketing Manager', on('zh-TW'))).toBe('zh-Hant');
    expect(cardLanguageFor('Marketing Manager', on('zh-Hant-HK'))).toBe('zh-Hant');
    expect(cardLanguageFor('Marketing Manager', on('zh-CN'))).toBe('zh-Hans');
    expect(cardLanguageFor('Marketing Manager', on('', '業務專員（台北）'))).toBe('zh-Hant');
    expect(cardLanguageFor('Marketing Manager', on('', '市场营销经理'))).toBe('zh-Hans');
  });

  it('is English for an English mark on a page that is not Chinese', () => {
    expect(cardLanguageFor('Marketing Manager', on('en', 'Jobs'))).toBe('en');
    expect(cardLanguageFor('operations', on('', 'Senior Operations Manager'))).toBe('en');
    expect(cardLanguageFor('sales', on('de'))).toBe('en');
  });

  it('is the interface’s language, or always Simplified, when the reader chose so', () => {
    expect(cardLanguageFor('營運專員', on('zh-TW', '', 'zh-Hans', 'en'))).toBe('zh-Hans');
    expect(cardLanguageFor('營運專員', on('zh-TW', '', 'interface', 'en'))).toBe('en');
    expect(cardLanguageFor('运营', on('zh-CN', '', 'interface', 'zh-Hant'))).toBe('zh-Hant');
    expect(cardLanguageFor('Marketing', on('en', '', 'interface', 'zh-Hans'))).toBe('zh-Hans');
  });
});

describe('the card request', () => {
  const message: CardRequestMessage = {
    type: CARD_REQUEST,
    detections: [{ term: '运营专员', text: '營運專員' }],
    page: { lang: 'zh-TW', title: '營運專員' },
  };
  const viewpoints = ['v01'];
  const pageChoice = { viewpoints, explainIn: 'page', language: 'auto' } as const;

  it('carries the page’s language and title, and nothing malformed is accepted', () => {
    expect(isCardRequest(message)).toBe(true);
    expect(isCardRequest({ ...message, page: undefined })).toBe(false);
    expect(isCardRequest({ ...message, page: { lang: 'en' } })).toBe(false);
    expect(isCardRequest({ ...message, detections: [{ term: '运营' }] })).toBe(false);
    expect(isCardRequest({ ...message, detections: 'all' })).toBe(false);
  });

  it('is answered by the background in the language the settings and the page give', () => {
    const traditional = answer(message, pageChoice, 'en-US').cards[0];
    const simplified = answer(
      { ...message, detections: [{ term: '运营专员', text: '运营专员' }] },
      pageChoice,
      'en-US',
    ).cards[0];
    const english = answer(message, { viewpoints, explainIn: 'interface', language: 'auto' }, 'en-US')
      .cards[0];
    expect(traditional?.script).toBe('zh-Hant');
    expect(traditional?.familyLabel).toBe('營運');
    expect(simplified?.script).toBe('zh-Hans');
    expect(simplified?.familyLabel).toBe('运营');
    expect(english?.script).toBe('en');
    expect(english?.familyLabel).toBe('operations');
    expect(english?.headword).toBe('營運專員');
  });

  it('says in the page’s card language what a selection without a term holds', () => {
    const empty = { ...message, detections: [] };
    expect(answer(empty, pageChoice, 'en-US').nothing.message).toMatch(/選取|選中/);
    expect(
      answer({ ...empty, page: { lang: 'en', title: 'Jobs' } }, pageChoice, 'zh-CN').nothing.message,
    ).toMatch(/^The selection/);
    expect(
      answer(empty, { viewpoints, explainIn: 'zh-Hans', language: 'auto' }, 'en-US').nothing.labels.pinHint,
    ).toBe('按 P 固定');
  });
});
