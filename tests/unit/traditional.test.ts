import { readFileSync } from 'node:fs';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import type { Card, QuoteView } from '../../core/knowledge/card-model';
import { getTerm, terms } from '../../core/knowledge/catalog';
import { cardForDetection } from '../../core/knowledge/detection-card';
import { viewpoints } from '../../core/knowledge/queries';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import {
  buildTraditional,
  serializeTraditional,
  TRADITIONAL_PATH,
  traditionalInputs,
} from '../../scripts/lib/build-traditional';
import { jiebaCut } from '../../scripts/lib/lexicon-sources';
import { createTaiwanConverter, openccTaiwan } from '../../scripts/lib/taiwan-converter';

const taiwanTerms = JSON.parse(readFileSync('data/taiwan-terms.json', 'utf8')).terms;
const toTaiwan = createTaiwanConverter({ terms: taiwanTerms, cut: jiebaCut });
const s2twp = openccTaiwan();
/** The reviewed Taiwan words, which OpenCC's phrases would turn back (對象 → 物件) on purpose. */
const reviewedWords = new RegExp(taiwanTerms.map((term: { taiwan: string }) => term.taiwan).join('|'), 'g');

/** Whether OpenCC s2twp would leave the text as it is, the reviewed Taiwan words apart. */
const stableUnderOpenCC = (text: string) =>
  text.split(reviewedWords).every((piece) => s2twp(piece) === piece);

describe('data/generated/traditional.json', () => {
  it('is what npm run traditional builds from data/ today (run it after editing data/)', () => {
    const fresh = serializeTraditional(buildTraditional(traditionalInputs()));
    const committed = readFileSync(TRADITIONAL_PATH, 'utf8');
    expect(committed === fresh, 'data/generated/traditional.json is stale: run `npm run traditional`').toBe(
      true,
    );
  }, 60_000);
});

describe('the Taiwan conversion', () => {
  it('writes the three words as Taiwan does, alone and inside a word', () => {
    expect(toTaiwan('运营')).toBe('營運');
    expect(toTaiwan('营销')).toBe('行銷');
    expect(toTaiwan('销售')).toBe('銷售');
    expect(toTaiwan('精准营销')).toBe('精準行銷');
    expect(toTaiwan('运营商')).toBe('營運商');
    expect(toTaiwan('营销和运营是同一个概念吗')).toBe('行銷和營運是同一個概念嗎');
  });

  it('leaves a reviewed word that only spans two words to OpenCC (经营|销售 holds 营销)', () => {
    expect(toTaiwan('经营销售')).toBe('經營銷售');
    expect(toTaiwan('国营销售')).toBe('國營銷售');
    // OpenCC alone writes the Mainland word in Traditional characters: the reviewed list is what changes it.
    expect(s2twp('精准营销')).toBe('精準營銷');
  });

  it('keeps what OpenCC gives elsewhere: Taiwan phrases and characters', () => {
    expect(toTaiwan('网络营销')).toBe('網路行銷');
    expect(toTaiwan('互联网')).toBe(s2twp('互联网'));
  });

  it('reviews words written in Traditional characters only', () => {
    const characters = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const { taiwan } of taiwanTerms) expect(characters(taiwan)).toBe(taiwan);
  });

  it('writes a job 職位 as Taiwan’s boards do, but keeps the title 用戶營運 and the product’s name', () => {
    expect(toTaiwan('互联网岗位')).toBe('網際網路職位');
    expect(toTaiwan('用户运营专员')).toBe('用戶營運專員');
    expect(toTaiwan('面向用户')).toBe('面向使用者');
    // Replaced whole, though jieba reads two words in each (岗位|透镜, 用户|运营).
    expect(toTaiwan('Role Lens 岗位透镜')).toBe('Role Lens 崗位透鏡');
  });

  it('keeps 对象 the target of the work, not a programming object (物件)', () => {
    expect(s2twp('对象：用户')).toBe('物件：使用者');
    expect(toTaiwan('对象：用户')).toBe('對象：使用者');
  });
});

const simplifiedCards = (viewpointIds: readonly string[] = DEFAULT_VIEWPOINT_IDS) =>
  cardsFor(viewpointIds, 'zh-Hans');
const traditionalCards = (viewpointIds: readonly string[] = DEFAULT_VIEWPOINT_IDS) =>
  cardsFor(viewpointIds, 'zh-Hant');

/**
 * A card of every curated entry, and of titles the detector builds from parts, each in one script, headed by
 * the spelling a page in that script has.
 */
function cardsFor(viewpointIds: readonly string[], script: 'zh-Hans' | 'zh-Hant'): Card[] {
  const spelling = script === 'zh-Hant' ? toTaiwan : (id: string) => id;
  const curated = terms.map((term) => ({ term: term.id, text: term.id }));
  const built = detector.detect(
    '招聘快手运营、抖音运营专员、直播销售顾问、精准营销经理、營運專員、誠徵業務代表',
  );
  return [...curated, ...built].map(({ term, text }) => {
    const card = cardForDetection({ term, text: spelling(text) }, viewpointIds, script);
    if (!card) throw new Error(`no card for ${term}`);
    return card;
  });
}

/** Every text of a card a reader sees, but the page's own spelling (the headword) and the quotes' originals. */
function readerTexts(card: Card): string[] {
  const quote = (view: QuoteView) => [view.text, ...view.typos.map((typo) => typo.fix)];
  return [
    card.name,
    card.familyLabel ?? '',
    card.sense?.label ?? '',
    card.sense?.note ?? '',
    card.parts ?? '',
    card.lead.text,
    ...card.roles.flatMap((role) => [role.label, role.text]),
    card.disagreement,
    ...card.pairs.flatMap((pair) => [
      ...pair.labels,
      pair.summary,
      ...pair.notes,
      ...pair.groups.flatMap((group) => [group.label, ...group.members.map((member) => member.caveat ?? '')]),
    ]),
    ...card.notes.flatMap((note) => [note.text, ...quote(note.quote)]),
    ...card.takes.flatMap((take) => [take.text, ...quote(take.quote)]),
    ...Object.values(card.quoteLabels ?? {}),
    card.markdown.firstScreen,
    card.markdown.takesHeading,
    card.markdown.pairs,
  ].filter(Boolean);
}

describe('cards in Traditional', () => {
  const pairs = traditionalCards().map((card, index) => [card, simplifiedCards()[index] as Card] as const);

  it('hold no character OpenCC s2twp would still convert, but in the reviewed words', () => {
    const left = pairs.flatMap(([card]) =>
      readerTexts(card).flatMap((text) => (stableUnderOpenCC(text) ? [] : [`${card.entry.id}: ${text}`])),
    );
    expect(left).toEqual([]);
  });

  it('the check can fail: a Simplified card holds text OpenCC converts', () => {
    const [[, simplified]] = pairs as [readonly [Card, Card]];
    expect(readerTexts(simplified).some((text) => !stableUnderOpenCC(text))).toBe(true);
    expect(stableUnderOpenCC('營運和行銷的對象')).toBe(true);
    expect(stableUnderOpenCC('營運和行銷的对象')).toBe(false);
  });

  it('count and cite exactly as the Simplified cards do, with the same ids', () => {
    for (const [card, simplified] of pairs) {
      expect(card.entry).toEqual(simplified.entry);
      expect(card.script).toBe('zh-Hant');
      expect(card.lead.kind).toBe(simplified.lead.kind);
      expect(card.roles.map((role) => [role.family, role.viewpoints, role.own])).toEqual(
        simplified.roles.map((role) => [role.family, role.viewpoints, role.own]),
      );
      const numbers = (built: Card) => ({
        pairs: built.pairs.map((pair) => pair.groups.map((group) => group.members.map((m) => m.viewpoint))),
        notes: built.notes.map((note) => note.viewpoint),
        takes: built.takes.map((take) => [take.viewpoint, take.sameAs]),
        shown: built.shown,
        cited: readerTexts(built).join('\n').match(/#\d+/g),
      });
      expect(numbers(card), card.entry.id).toEqual(numbers(simplified));
    }
  });

  it('keep every quote’s original byte for byte, with the same misprints marked in both', () => {
    for (const [card, simplified] of pairs) {
      const quotes = (built: Card) => [...built.notes, ...built.takes].map((item) => item.quote);
      const simplifiedQuotes = quotes(simplified);
      quotes(card).forEach((quote, index) => {
        const original = simplifiedQuotes[index] as QuoteView;
        expect(quote.original).toEqual(original);
        expect(quote.typos.length).toBe(original.typos.length);
        expect(quote.text).toBe(toTaiwan(original.text));
      });
    }
    expect(
      simplifiedCards().every((card) => card.notes.every((note) => note.quote.original === undefined)),
    ).toBe(true);
  });

  it('write the family words as Taiwan does, and name the entry in Traditional', () => {
    const card = cardForDetection({ term: '运营专员', text: '營運專員' }, DEFAULT_VIEWPOINT_IDS, 'zh-Hant');
    expect(card?.headword).toBe('營運專員');
    expect(card?.name).toBe('營運專員');
    expect(card?.familyLabel).toBe('營運');
    expect(card?.roles.map((role) => role.label)).toEqual(['營運', '行銷', '銷售']);
    expect(card?.markdown.firstScreen).toMatch(/^\*\*營運專員\*\* · 營運/);
    expect(getTerm('运营专员')).toBeDefined();
  });

  it('show the misprint markers in the converted quote too (提現〔體現〕)', () => {
    const card = cardForDetection({ term: '运营', text: '營運' }, VIEWPOINT_IDS, 'zh-Hant');
    const one = card?.takes.find((take) => take.viewpoint === 1)?.quote;
    const typo = one?.typos[0];
    expect(typo && one?.text.slice(typo.start, typo.end)).toBe('提現');
    expect(typo?.fix).toBe('體現');
    expect(viewpoints.length).toBe(14);
  });
});

describe('a Traditional card copied as Markdown', () => {
  it('says each quote is converted and gives the Simplified original under it', () => {
    const card = cardForDetection({ term: '运营', text: '營運' }, VIEWPOINT_IDS, 'zh-Hant');
    const take = card?.markdown.takes.find((piece) => piece.viewpoint === 1)?.text ?? '';
    const original = card?.takes.find((item) => item.viewpoint === 1)?.quote.original?.text ?? '';
    expect(take).toContain('（由簡體原文轉換）');
    expect(take).toContain(`> 簡體原文：${original.slice(0, 7)}`);
    expect(card?.markdown.footer).toContain('《营销和运营是同一个概念吗?或者有什么区别?》');
  });
});
