import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import type { Card, QuoteView } from '../../core/knowledge/card-model';
import { terms } from '../../core/knowledge/catalog';
import { cardForDetection } from '../../core/knowledge/detection-card';
import { ENGLISH_GLOSS, ENGLISH_TEXT } from '../../core/knowledge/english';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import { englishInputs } from '../../scripts/lib/english-inputs';

const CHINESE_RUN = /[\u3400-\u9fff]+/g;
const { texts, quotes } = englishInputs();
const lexicon = JSON.parse(readFileSync('data/generated/lexicon.json', 'utf8')) as {
  terms: { id: string; forms?: string[] }[];
};
/** The words Role Lens explains, as a page or the source writes them: an English card may name them in Chinese. */
const headwords = new Set(
  [...terms, ...lexicon.terms]
    .flatMap((term) => [term.id, ...(term.forms ?? [])])
    .concat(['运营', '营销', '销售']),
);
/** The source's question (the footer names it as it stands) and the product's Chinese name. */
const NAMES = ['营销和运营是同一个概念吗?或者有什么区别?', '岗位透镜'];

/**
 * The Chinese an English text holds that it may not: anything but a headword, a name, or a piece of the
 * source in “ ” that lies verbatim in one of its quotes.
 */
function strayChinese(text: string, allowed: ReadonlySet<string> = headwords): string[] {
  let rest = text;
  for (const name of NAMES) rest = rest.replaceAll(name, '');
  rest = rest.replace(/“([^”]*)”/g, (whole, inner: string) =>
    [...quotes].some((quote) => quote.includes(inner)) || allowed.has(inner) ? '' : whole,
  );
  return (rest.match(CHINESE_RUN) ?? []).filter((run) => !allowed.has(run));
}

const citations = (text: string) => (text.match(/#\d+/g) ?? []).sort();
const places = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('data/english/', () => {
  it('has English for every text a card can show, and a gloss for every quote of the source', () => {
    expect([...texts].filter((text) => !ENGLISH_TEXT[text]?.trim())).toEqual([]);
    expect([...quotes].filter((quote) => !ENGLISH_GLOSS[quote]?.trim())).toEqual([]);
  });

  it('holds nothing the data no longer has (a changed Chinese text needs its English again)', () => {
    expect(Object.keys(ENGLISH_TEXT).filter((text) => !texts.has(text))).toEqual([]);
    expect(Object.keys(ENGLISH_GLOSS).filter((quote) => !quotes.has(quote))).toEqual([]);
  });

  it('cites the same viewpoints as the Chinese it translates, and keeps its places', () => {
    const differing = Object.entries(ENGLISH_TEXT).filter(
      ([chinese, english]) =>
        citations(chinese).join() !== citations(english).join() ||
        places(chinese).join() !== places(english).join(),
    );
    expect(differing).toEqual([]);
  });

  it('writes Chinese only as headwords and as verbatim pieces of the source', () => {
    const stray = Object.values({ ...ENGLISH_TEXT, ...ENGLISH_GLOSS }).flatMap((english) =>
      strayChinese(english).map((run) => `${run} in ${english}`),
    );
    expect(stray).toEqual([]);
  });

  it('the check can fail: Chinese that is neither, or a misquote, is caught', () => {
    expect(strayChinese('Operations means 管理 here')).toEqual(['管理']);
    expect(strayChinese('the “内容” of sales')).toEqual([]);
    expect(strayChinese('the “内容有误” of sales')).toEqual(['内容有误']);
    expect(strayChinese('the title 运营总监')).toEqual([]);
  });
});

/** A card of every curated entry and of titles built from parts, in English and in Simplified, side by side. */
function cardPairs(viewpointIds: readonly string[] = DEFAULT_VIEWPOINT_IDS): [Card, Card][] {
  const curated = terms.map((term) => ({ term: term.id, text: term.id }));
  const built = detector.detect(
    '招聘快手运营、抖音运营专员、直播销售顾问、精准营销经理、營運專員、誠徵業務代表、Marketing Manager',
  );
  return [...curated, ...built].map((detection) => {
    const english = cardForDetection(detection, viewpointIds, 'en');
    const simplified = cardForDetection(detection, viewpointIds, 'zh-Hans');
    if (!english || !simplified) throw new Error(`no card for ${detection.term}`);
    return [english, simplified];
  });
}

/** Every string of a card a reader can see or copy, but the quotes themselves (they stay Chinese). */
function shownStrings(card: Card): string[] {
  const strings: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (key === 'entry' || key === 'quoteLabels') return;
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (typeof value === 'object' && value !== null) {
      const quote = value as Partial<QuoteView>;
      for (const [name, item] of Object.entries(value))
        if (!(quote.typos && (name === 'text' || name === 'typos'))) walk(item, name);
    }
  };
  walk(card);
  // The copied Markdown quotes the source too: its block-quote lines are the quotes and their glosses.
  return strings.map((text) => text.replace(/^ {2}> (?!— ).*$/gm, ''));
}

describe('cards in English', () => {
  const pairs = cardPairs(VIEWPOINT_IDS);

  it('hold no Chinese but headwords, the headword’s parts, names and verbatim source', () => {
    const stray = pairs.flatMap(([card]) => {
      const own = new Set([...headwords, card.headword, card.name]);
      // A title's parts stand beside their English: 用户 (users); a Traditional headword's entry is named in Simplified.
      for (const run of card.parts?.match(CHINESE_RUN) ?? [])
        if (card.headword.includes(run) || card.name.includes(run)) own.add(run);
      return shownStrings(card).flatMap((text) =>
        strayChinese(text, own).map((run) => `${card.entry.id}: ${run} in ${text}`),
      );
    });
    expect(stray).toEqual([]);
  });

  it('count and cite exactly as the Simplified cards do', () => {
    for (const [card, simplified] of pairs) {
      expect(card.script).toBe('en');
      expect(card.entry).toEqual(simplified.entry);
      const numbers = (built: Card) => ({
        roles: built.roles.map((role) => [role.family, role.viewpoints, role.own]),
        pairs: built.pairs.map((pair) => pair.groups.map((group) => group.members.map((m) => m.viewpoint))),
        notes: built.notes.map((note) => note.viewpoint),
        takes: built.takes.map((take) => [take.viewpoint, take.sameAs]),
        shown: built.shown,
        cited: [built.lead.text, built.disagreement, ...built.notes.map((note) => note.text)].flatMap(
          citations,
        ),
      });
      expect(numbers(card), card.entry.id).toEqual(numbers(simplified));
      for (const pair of card.pairs)
        expect(pair.groups.reduce((sum, group) => sum + group.members.length, 0)).toBe(14);
    }
  });

  it('show every quote as the source has it, byte for byte, with its gloss beside it', () => {
    for (const [card, simplified] of pairs) {
      const quoted = (built: Card) => [...built.notes, ...built.takes].map((item) => item.quote);
      const originals = quoted(simplified);
      quoted(card).forEach((quote, index) => {
        const original = originals[index] as QuoteView;
        expect(quote.text).toBe(original.text);
        expect(quote.typos).toEqual(original.typos);
        expect(quote.gloss).toBe(ENGLISH_GLOSS[original.text]);
        expect(quote.original).toBeUndefined();
      });
    }
  });

  it('head a title with its Chinese, name its family and parts in English', () => {
    const card = cardForDetection({ term: '用户运营', text: '用户运营专员' }, DEFAULT_VIEWPOINT_IDS, 'en');
    expect(card?.headword).toBe('用户运营专员');
    expect(card?.familyLabel).toBe('operations');
    expect(card?.roles.map((role) => role.label)).toEqual(['operations', 'marketing', 'sales']);
    expect(card?.parts).toBe('Aimed at: users (用户) · Rank: specialist (专员)');
    expect(card?.labels.more).toMatch(/^Source and viewpoints/);
    expect(card?.markdown.firstScreen).toMatch(/^\*\*用户运营专员\*\* \(用户运营\) · operations/);
  });
});
