import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { buildCard } from '../../core/knowledge/card';
import { cardToMarkdown, quoteWithMarkers } from '../../core/knowledge/card-markdown';
import type { Card } from '../../core/knowledge/card-model';
import { cardForTerm, terms } from '../../core/knowledge/catalog';
import { cardForDetection } from '../../core/knowledge/detection-card';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';

function card(id: string, viewpoints: readonly string[] = DEFAULT_VIEWPOINT_IDS): Card {
  const found = cardForTerm(id, viewpoints);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

const own = (built: Card) => built.roles.find((role) => role.own);

describe('the first thing a card says', () => {
  it('is what the source says of this very title, when it says something', () => {
    const built = card('用户运营');
    expect(built.lead.kind).toBe('note');
    expect(built.lead.text).toMatch(/^#7 #9 /);
  });

  it('is, for a title the source never names, one plain sentence saying so, naming the sense it explains', () => {
    const built = card('新媒体运营');
    expect(built.lead).toEqual({
      kind: 'silence',
      text: '原文没有提到“新媒体运营”；下面按互联网岗位上的“运营”来解释。',
    });
    expect(card('销售代表').lead.text).toBe('原文没有提到“销售代表”；下面是原文对“销售”整体的说法。');
  });

  it('is, for 运营, 营销 and 销售 themselves, the overview: 运营 has two senses and #9 tells them apart', () => {
    const built = card('运营');
    expect(built.lead.kind).toBe('overview');
    expect(built.lead.text).toMatch(/两种用法/);
    expect(built.lead.text).toContain('#9');
    expect(built.sense).toBeUndefined();
  });
});

describe('two senses of 运营', () => {
  it('a job title leads with the job (#6 #8 #9 #10) and names that sense', () => {
    const built = card('用户运营');
    expect(built.sense?.label).toBe('互联网岗位');
    expect(built.sense?.note).toContain('#9');
    expect(own(built)?.viewpoints).toEqual([6, 8, 9, 10]);
  });

  it('a management title leads with enterprise operations management and names that sense', () => {
    for (const id of ['运营总监', '运营管理', '首席运营官', '业务运营']) {
      const built = card(id);
      expect(built.sense?.label, id).toBe('企业经营管理');
      expect(own(built)?.viewpoints, id).toEqual(expect.arrayContaining([3, 7, 11, 14]));
    }
  });

  it('a title built from parts (快手运营) is a job', () => {
    const [detection] = detector.detect('招聘快手运营');
    const built = detection && cardForDetection(detection, DEFAULT_VIEWPOINT_IDS);
    expect(built?.sense?.label).toBe('互联网岗位');
    expect(built?.lead.kind).toBe('silence');
  });
});

describe('three contrasts', () => {
  it('say what 运营, 营销 and 销售 each do, in that order, each citing its viewpoints, the card’s own marked', () => {
    const built = card('销售代表');
    expect(built.roles.map((role) => role.label)).toEqual(['运营', '营销', '销售']);
    expect(built.roles.map((role) => role.own)).toEqual([false, false, true]);
    for (const role of built.roles) expect(role.viewpoints.length).toBeGreaterThan(0);
  });

  it('渠道销售 leads with its own note (#12: to 经销商), not with a one-to-one sale', () => {
    expect(own(card('渠道销售'))).toMatchObject({ viewpoints: [12] });
    expect(own(card('渠道销售'))?.text).toMatch(/经销商/);
  });
});

describe('the disagreement', () => {
  it('places every viewpoint once in every pair: each diagram row adds up to 14', () => {
    for (const id of ['运营', '营销', '销售', '产品经理']) {
      for (const pair of card(id).pairs) {
        const members = pair.groups.flatMap((group) => group.members.map((member) => member.viewpoint));
        expect(
          members.sort((a, b) => a - b),
          `${id} ${pair.labels}`,
        ).toEqual(VIEWPOINT_IDS.map((_, i) => i + 1));
      }
    }
  });

  it('shows the pairs of the card’s word (all three for a role of no family)', () => {
    expect(card('用户运营').pairs.map((pair) => pair.labels.join(''))).toEqual(['运营营销', '运营销售']);
    expect(card('销售代表').pairs.map((pair) => pair.labels.join(''))).toEqual(['运营销售', '营销销售']);
    expect(card('产品经理').pairs).toHaveLength(3);
  });

  it('says in words who contains whom, in both directions, with the numbers of the diagram', () => {
    const line = card('运营').disagreement;
    expect(line).toContain('运营包含营销 #2 #5 #9');
    expect(line).toContain('营销包含运营 #1 #6');
    expect(line).toContain('运营包含销售 #4 #5');
    expect(line).not.toMatch(/⊃|观点/);
  });

  it('on a 销售 card, says that the source rarely separates 营销 from 销售', () => {
    expect(card('销售').disagreement).toMatch(/营销包含销售 #6 #12.*很少区分营销和销售/);
  });

  it('keeps the caveats: #1 also says the two have merged', () => {
    const [operationsMarketing] = card('运营').pairs;
    const one = operationsMarketing?.groups.flatMap((group) => group.members).find((m) => m.viewpoint === 1);
    expect(one?.caveat).toMatch(/融合/);
  });
});

describe('related roles', () => {
  it('产品经理 and 商务拓展 carry no family badge, keep their notes, and no parts that are part of the name', () => {
    for (const id of ['产品经理', '商务拓展']) {
      const built = card(id);
      expect(built.entry.family, id).toBeUndefined();
      expect(built.familyLabel, id).toBeUndefined();
      expect(built.lead.kind, id).toBe('note');
      expect(
        built.roles.every((role) => !role.own),
        id,
      ).toBe(true);
      expect(built.parts, id).toBeUndefined();
    }
  });
});

describe('takes', () => {
  it('come only from viewpoints that say something about the card’s word', () => {
    const sales = card('销售', [...VIEWPOINT_IDS]);
    const numbers = sales.takes.map((take) => take.viewpoint);
    expect(numbers).not.toContain(8); // #8 speaks of 营销 and 运营 only
    expect(numbers).not.toContain(13);
    expect(numbers).toContain(6);
  });

  it('show by default the chosen viewpoints that speak about the word, in source order', () => {
    expect(card('运营', ['v12', 'v01', 'v07']).shown).toEqual([1, 7, 12]);
    expect(card('销售', ['v08', 'v04']).shown).toEqual([4]);
    expect(card('运营', []).shown).toEqual([]);
    expect(card('运营', ['v99', 'v02']).shown).toEqual([2]);
  });

  it('never repeat the headline: no take says what the card’s own contrast says', () => {
    for (const term of terms) {
      const built = card(term.id, [...VIEWPOINT_IDS]);
      const headline = own(built)?.text;
      for (const take of built.takes) expect(take.text, `${term.id} #${take.viewpoint}`).not.toBe(headline);
    }
  });

  it('name the viewpoints that share the very same words (the textbook sentence of #3 #11 #14)', () => {
    const three = card('运营', [...VIEWPOINT_IDS]).takes.find((take) => take.viewpoint === 3);
    expect(three?.sameAs).toEqual([11, 14]);
  });
});

describe('quotes', () => {
  it('mark the source’s misprints after them and stay byte for byte', () => {
    const one = card('运营', [...VIEWPOINT_IDS]).takes.find((take) => take.viewpoint === 1);
    expect(one?.quote.text).toContain('更多提现的是');
    expect(one && quoteWithMarkers(one.quote)).toContain('提现〔体现〕的是');
    const ten = card('销售', [...VIEWPOINT_IDS]).takes.find((take) => take.viewpoint === 10);
    expect(ten && quoteWithMarkers(ten.quote)).toContain('就是买〔卖〕东西收费');
  });
});

describe('parts', () => {
  it('label objects, channels and ranks, with a rank the page text carried past the entry', () => {
    const [detection] = detector.detect('招聘用户运营专员两名');
    expect(detection && cardForDetection(detection, [])?.parts).toBe('对象：用户 · 职级：专员');
    expect(card('电话销售').parts).toBe('渠道：电话');
    expect(card('运营总监').parts).toBe('职级：总监');
  });

  it('label nothing that is not one: 员, 策划, 首席运营官, 精准, English words', () => {
    for (const id of [
      '销售员',
      '营销策划',
      '首席运营官',
      '精准营销',
      '渠道销售',
      '市场营销',
      'sales manager',
    ]) {
      expect(card(id).parts, id).toBeUndefined();
    }
  });
});

describe('cardForDetection', () => {
  it('heads the card with the page’s spelling and explains the entry behind it', () => {
    const [detection] = detector.detect('誠徵營運專員');
    const built = detection && cardForDetection(detection, []);
    expect(built?.headword).toBe('營運專員');
    expect(built?.entry.id).toBe('运营专员');
  });

  it('has no card for an id it does not know', () => {
    expect(cardForDetection({ term: 'no such term', text: 'x' }, [])).toBeUndefined();
  });
});

describe('cardToMarkdown', () => {
  it('copies the first screen: headword, badges, the lead, three contrasts and the disagreement line', () => {
    const built = card('用户运营');
    const markdown = cardToMarkdown(built);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('**用户运营** · 运营 · 互联网岗位');
    expect(markdown).toContain(built.lead.text);
    expect(lines.filter((line) => line.startsWith('- **'))).toHaveLength(3);
    expect(markdown).toContain(built.disagreement);
    expect(markdown).not.toContain('> ');
  });

  it('adds the notes and the open takes with their quotes when the card is expanded', () => {
    const built = card('用户运营');
    const markdown = cardToMarkdown(built, { expandedTakes: [1] });
    expect(markdown).toContain('### 原文对这个职位的说法');
    expect(markdown).toContain('- #1 执行的概念');
    expect(markdown).toContain('提现〔体现〕');
    expect(markdown).not.toContain('- #2 ');
    expect(markdown).toMatch(/运营与营销：运营包含营销（3）#2 #5 #9/);
  });
});

it('buildCard answers for a title the detector built, with no curated line of its own', () => {
  const built = buildCard({ entry: { id: '抖音运营', family: 'operations', kind: 'title' }, viewpoints: [] });
  expect(built.familyLabel).toBe('运营');
  expect(built.lead.kind).toBe('silence');
});
