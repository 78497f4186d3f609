import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type {
  FamilyInfo,
  PairRelation,
  SourceTypo,
  TermEntry,
  TitleInfo,
  Viewpoint,
  ViewpointPreset,
} from '../../core/knowledge/types';
import { FAMILIES, FAMILY_LABEL } from '../../core/types';
import { DEFAULT_VIEWPOINT_IDS, VIEWPOINT_IDS } from '../../core/viewpoint-ids';
import { hasShared, sharedPath } from '../../scripts/lib/shared-paths';

// Integrity of the hand-authored knowledge base in data/: shape (JSON Schema), consistency, and faithfulness
// to the source text (../shared/seed, skipped with a message when it is absent).

const projectRoot = resolve(import.meta.dirname, '../..');

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(resolve(projectRoot, relativePath), 'utf8'));
}

const viewpoints = readJson('data/viewpoints.json') as Viewpoint[];
const families = readJson('data/families.json') as FamilyInfo[];
const titles = readJson('data/title-notes.json') as TitleInfo[];
const terms = readJson('data/terms.json') as TermEntry[];
const pairs = (readJson('data/relations.json') as { pairs: PairRelation[] }).pairs;
const typos = readJson('data/source-typos.json') as SourceTypo[];
const presets = readJson('data/viewpoint-presets.json') as ViewpointPreset[];
const summaries = readJson('data/viewpoint-summaries.json') as Record<string, string>;

const numberOf = (id: string) => Number.parseInt(id.slice(1), 10);

/** Every text a reader is shown, with where it comes from. */
function readerTexts(): [string, string][] {
  return [
    ...families.flatMap((info): [string, string][] => [
      [`${info.family}.role`, info.role.text],
      [`${info.family}.overview`, info.overview],
      ...(info.senseNote ? [[`${info.family}.senseNote`, info.senseNote] as [string, string]] : []),
      ...info.senses.map((sense): [string, string] => [`${info.family}.${sense.sense}`, sense.role.text]),
    ]),
    ...titles.flatMap((title): [string, string][] => [
      [`${title.term}.brief`, title.brief],
      ...title.notes.map((note): [string, string] => [`${title.term}.${note.viewpoint}`, note.text]),
    ]),
    ...pairs.flatMap((pair): [string, string][] => [
      ...(pair.brief ? [[`${pair.pair}.brief`, pair.brief] as [string, string]] : []),
      ...pair.notes.map((note): [string, string] => [`${pair.pair}.note`, note]),
      ...Object.entries(pair.placements).flatMap(([id, placement]): [string, string][] =>
        placement.caveat ? [[`${pair.pair}.${id}.caveat`, placement.caveat]] : [],
      ),
    ]),
    ...Object.entries(summaries),
  ];
}

describe('data files match their schemas', () => {
  const ajv = new Ajv({ allErrors: true });
  const validators = new Map<string, ValidateFunction>();
  // Each schema has an $id, and ajv refuses to compile the same $id twice: compile once, reuse.
  const validatorFor = (schemaPath: string): ValidateFunction => {
    const known = validators.get(schemaPath);
    if (known) return known;
    const compiled = ajv.compile(readJson(schemaPath) as object);
    validators.set(schemaPath, compiled);
    return compiled;
  };
  const files = [
    'viewpoints',
    'families',
    'title-notes',
    'terms',
    'viewpoint-summaries',
    'relations',
    'source-typos',
    'viewpoint-presets',
    'lexicon-rules',
    'taiwan-terms',
  ];
  it.each(files)('data/%s.json', (name) => {
    const validate = validatorFor(`data/schema/${name}.schema.json`);
    const valid = validate(readJson(`data/${name}.json`));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the lexicon rules schema wants every class named, and knows the family words and verdicts', () => {
    const validate = validatorFor('data/schema/lexicon-rules.schema.json');
    const rules = readJson('data/lexicon-rules.json') as Record<string, unknown>;
    type Classes = { classes: Record<string, unknown>[] };
    const withBlockAfter = (...classes: Record<string, unknown>[]) => ({
      ...rules,
      blockAfter: { ...(rules.blockAfter as Classes), classes },
    });
    expect(
      validate(withBlockAfter({ $comment: 'Amounts of sales: 销售额.', forms: ['销售'], words: ['额'] })),
    ).toBe(true);
    expect(validate(withBlockAfter({ forms: ['销售'], words: ['额'] }))).toBe(false);
    expect(
      validate(withBlockAfter({ $comment: 'Amounts of sales: 销售额.', forms: ['售货'], words: ['额'] })),
    ).toBe(false);
    const conditional = rules.conditional as { after: Record<string, unknown>[] };
    const withVerdict = (verdict: string) => ({
      ...rules,
      conditional: { ...conditional, after: [{ ...conditional.after[0], verdict }] },
    });
    expect(validate(withVerdict('person'))).toBe(true);
    expect(validate(withVerdict('maybe'))).toBe(false);
    // Each English rule names its class and reads at least one kind of context.
    const english = rules.english as { rules: Record<string, unknown>[] };
    const withEnglishRule = (rule: Record<string, unknown>) => ({
      ...rules,
      english: { ...english, rules: [...english.rules, rule] },
    });
    const revenue = { $comment: 'Sales as revenue after a verb.', family: 'sales', verbs: ['boost'] };
    expect(validate(withEnglishRule(revenue))).toBe(true);
    expect(validate(withEnglishRule({ ...revenue, $comment: undefined }))).toBe(false);
    expect(validate(withEnglishRule({ $comment: 'A rule with no context at all.', family: 'sales' }))).toBe(
      false,
    );
    expect(validate(withEnglishRule({ ...revenue, family: 'revenue' }))).toBe(false);
    expect(validate({ ...rules, english: { anything: [1, 2] } })).toBe(false);
    // A new section needs its own comment.
    expect(validate({ ...rules, organisations: { words: ['有限公司'] } })).toBe(false);
    expect(
      validate({ ...rules, organisations: { $comment: 'Organisation names.', words: ['有限公司'] } }),
    ).toBe(true);
  });

  it('the terms schema rejects an unknown family, an extra property, and a family on a related role', () => {
    const validate = validatorFor('data/schema/terms.schema.json');
    expect(validate([{ id: '运营', family: 'finance', kind: 'core', forms: ['运营'] }])).toBe(false);
    expect(validate([{ id: '运营', family: 'operations', kind: 'core', forms: [] }])).toBe(false);
    expect(validate([{ id: '运营', family: 'operations', kind: 'core', forms: ['运营'], note: 'x' }])).toBe(
      false,
    );
    expect(validate([{ id: '产品经理', family: 'marketing', kind: 'related', forms: ['产品经理'] }])).toBe(
      false,
    );
    expect(
      validate([{ id: '销售员', family: 'sales', kind: 'title', sense: 'job', forms: ['销售员'] }]),
    ).toBe(false);
  });

  it('the relations schema rejects a containment without its outer word and a silent viewpoint with a quote', () => {
    const validate = validatorFor('data/schema/relations.schema.json');
    const withPlacement = (placement: object) => ({
      pairs: [0, 1, 2].map(() => ({
        pair: ['operations', 'sales'],
        notes: [],
        placements: { v01: placement },
      })),
    });
    expect(validate(withPlacement({ place: 'contains', quote: 'x' }))).toBe(false);
    expect(validate(withPlacement({ place: 'silent', quote: 'x' }))).toBe(false);
    expect(validate(withPlacement({ place: 'divides', quote: 'x' }))).toBe(true);
  });
});

describe('viewpoints', () => {
  it('holds fourteen, v01 … v14 in source order, the ids settings know', () => {
    expect(viewpoints.map((viewpoint) => viewpoint.id)).toEqual([...VIEWPOINT_IDS]);
    expect(Object.keys(summaries)).toEqual([...VIEWPOINT_IDS]);
  });

  it('each says something of at least one word, and carries one to five key quotes', () => {
    for (const viewpoint of viewpoints) {
      expect(Object.keys(viewpoint.definitions).length, viewpoint.id).toBeGreaterThan(0);
      expect(viewpoint.quotes.length, viewpoint.id).toBeGreaterThanOrEqual(1);
      expect(viewpoint.quotes.length, viewpoint.id).toBeLessThanOrEqual(5);
    }
  });

  it('default viewpoints and presets name viewpoints that exist, in source order', () => {
    for (const list of [DEFAULT_VIEWPOINT_IDS, ...presets.map((preset) => preset.viewpoints)]) {
      expect(list.every((id) => VIEWPOINT_IDS.includes(id))).toBe(true);
      expect([...list].sort()).toEqual([...list]);
    }
  });
});

describe('relations: the disagreement adds up', () => {
  it('has one entry for each pair of words', () => {
    expect(pairs.map((pair) => pair.pair.join('+'))).toEqual([
      'operations+marketing',
      'operations+sales',
      'marketing+sales',
    ]);
  });

  it.each(pairs.map((pair) => [pair.pair.join('+'), pair] as const))(
    '%s places each of the fourteen viewpoints exactly once',
    (_name, pair) => {
      expect(Object.keys(pair.placements).sort()).toEqual([...VIEWPOINT_IDS]);
    },
  );

  it('a containment holds one word of its own pair, never a third', () => {
    for (const pair of pairs) {
      for (const [id, placement] of Object.entries(pair.placements)) {
        if (placement.place === 'contains') expect(pair.pair, id).toContain(placement.outer);
      }
    }
  });

  it('records the disagreement the text contains: 营销包含运营 and 运营包含营销 both', () => {
    const [operationsMarketing] = pairs;
    const outers = Object.values(operationsMarketing?.placements ?? {}).map((placement) => placement.outer);
    expect(outers).toContain('marketing');
    expect(outers).toContain('operations');
  });

  it('#1 and #9 keep their caveats: #1 also says the two have merged, #9 speaks of 大运营', () => {
    const placements = pairs[0]?.placements ?? {};
    expect(placements.v01?.caveat).toMatch(/融合/);
    expect(placements.v09?.caveat).toMatch(/大运营/);
  });

  it('#3 is not filed as independent: 营销 serves 运营目标 there', () => {
    const v03 = pairs[0]?.placements.v03;
    expect(v03?.place).toBe('divides');
    expect(v03?.caveat).toMatch(/运营目标/);
    expect(readerTexts().filter(([, text]) => text.includes('各自独立'))).toEqual([]);
  });

  it('says plainly that the source rarely separates 营销 from 销售', () => {
    expect(pairs[2]?.brief).toMatch(/很少区分营销和销售/);
    const divides = Object.entries(pairs[2]?.placements ?? {}).filter(([, p]) => p.place === 'divides');
    expect(divides.map(([id]) => id)).toEqual(['v11']);
  });
});

describe('families', () => {
  it('describes the three families in display order with their labels', () => {
    expect(families.map((info) => info.family)).toEqual([...FAMILIES]);
    for (const info of families) expect(info.label).toBe(FAMILY_LABEL[info.family]);
  });

  it('gives 运营 its two senses, the job (#6 #8 #9 #10) and management (#3 #7 #11 #14)', () => {
    const operations = families.find((info) => info.family === 'operations');
    const senses = Object.fromEntries(operations?.senses.map((sense) => [sense.sense, sense]) ?? []);
    expect(senses.job?.role.viewpoints).toEqual(['v06', 'v08', 'v09', 'v10']);
    expect(senses.management?.role.viewpoints).toEqual(expect.arrayContaining(['v03', 'v07', 'v11', 'v14']));
    expect(operations?.senseNote).toContain('#9');
  });

  it('no contrast line fuses answers that contradict each other: 运营 is never both 偏用户 (#9) and 对内 (#12)', () => {
    for (const info of families) {
      for (const line of [info.role, ...info.senses.map((sense) => sense.role)]) {
        const fuses = line.viewpoints.includes('v09') && line.viewpoints.includes('v12');
        if (fuses) expect(line.text, `${info.family}: ${line.text}`).not.toMatch(/偏用户|对内|对外/);
      }
    }
  });
});

describe('titles', () => {
  const termIds = new Set(terms.map((term) => term.id));

  it('notes only titles that exist in data/terms.json, each once', () => {
    expect(titles.filter((title) => !termIds.has(title.term)).map((title) => title.term)).toEqual([]);
    expect(new Set(titles.map((title) => title.term)).size).toBe(titles.length);
  });

  it('opens each note with the viewpoint it comes from, in the card notation (#N)', () => {
    for (const title of titles) {
      for (const note of title.notes) {
        expect(note.text.startsWith(`#${numberOf(note.viewpoint)} `), `${title.term}/${note.viewpoint}`).toBe(
          true,
        );
      }
    }
  });

  it('says so when a note bears on a title without naming it', () => {
    for (const title of titles) {
      for (const note of title.notes) {
        if (note.namesTitle === false) expect(note.text, title.term).toContain(`没有用“${title.term}”这个词`);
      }
    }
  });

  it('uses the passages the review found unused: 内容、用户、活动、品牌运营, 电话销售, 大客户销售, 品牌策划', () => {
    const noted = (term: string, viewpoint: string) =>
      titles.find((title) => title.term === term)?.notes.some((note) => note.viewpoint === viewpoint);
    expect(noted('内容运营', 'v10')).toBe(true);
    expect(noted('用户运营', 'v08')).toBe(true);
    expect(noted('活动运营', 'v08')).toBe(true);
    expect(noted('品牌运营', 'v02')).toBe(true);
    expect(noted('电话销售', 'v06')).toBe(true);
    expect(noted('大客户销售', 'v03')).toBe(true);
    expect(noted('品牌策划', 'v14')).toBe(true);
  });

  it('渠道销售 reads as its note says (#12: part of 营销, for 经销商), not as a one-to-one sale', () => {
    const channel = titles.find((title) => title.term === '渠道销售');
    expect(channel?.role?.viewpoints).toEqual(['v12']);
    expect(channel?.role?.text).toMatch(/经销商/);
    expect(channel?.role?.text).not.toMatch(/直接|成单/);
  });
});

describe('terms', () => {
  it('has unique ids and holds the three core terms', () => {
    const ids = terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of FAMILIES) {
      const core = terms.find((term) => term.kind === 'core' && 'family' in term && term.family === family);
      expect(core?.id, family).toBe(FAMILY_LABEL[family]);
    }
  });

  it('badges no family on the roles the source names only beside 营销: 产品经理, 商务拓展 (BD), 品牌策划', () => {
    for (const id of ['产品经理', '商务拓展', '品牌策划']) {
      const term = terms.find((candidate) => candidate.id === id);
      expect(term?.kind, id).toBe('related');
      expect(term && 'family' in term, id).toBe(false);
    }
  });

  it('files each 运营 title by its sense: the job for 用户/内容/活动/社区/数据/新媒体/电商/产品运营, management for 运营总监/运营管理/首席运营官/业务运营', () => {
    const sense = (id: string) => {
      const term = terms.find((candidate) => candidate.id === id);
      return term && 'sense' in term ? term.sense : undefined;
    };
    for (const id of [
      '用户运营',
      '内容运营',
      '活动运营',
      '社区运营',
      '数据运营',
      '新媒体运营',
      '电商运营',
      '产品运营',
    ])
      expect(sense(id), id).toBe('job');
    for (const id of ['运营总监', '运营管理', '首席运营官', '业务运营'])
      expect(sense(id), id).toBe('management');
  });

  it('labels a part only when it is one: ranks as 职级, channels as 渠道, no post or modifier', () => {
    const rules = readJson('data/lexicon-rules.json') as { composition: { ranks: string[] } };
    const notRanks = ['策划', '员', '首席运营官', '企划', '编辑', '专家', '顾问'];
    expect(rules.composition.ranks).toEqual(expect.not.arrayContaining(notRanks));
    for (const term of terms) {
      if (!('parts' in term) || !term.parts) continue;
      if (term.parts.level) expect(rules.composition.ranks, term.id).toContain(term.parts.level);
      expect(term.parts.channel ?? '', term.id).not.toMatch(/^(渠道|精准|整合|互动|推广|数字)$/);
      for (const value of Object.values(term.parts)) expect(value, term.id).toMatch(/^[\u3400-\u9fff]+$/);
    }
  });
});

describe('reader texts', () => {
  it('cite viewpoints with one notation only, #N with N from 1 to 14', () => {
    for (const [where, text] of readerTexts()) {
      expect(text, where).not.toMatch(/观点\s*\d|⊃|⊂/);
      for (const match of text.matchAll(/#(\d+)/g)) {
        const number = Number(match[1]);
        expect(number >= 1 && number <= 14, `${where}: #${number}`).toBe(true);
      }
    }
  });

  it('#2 keeps 怎么卖的好 on both sides, and its remark that 营销 can extend to after-sales', () => {
    const v02 = viewpoints.find((viewpoint) => viewpoint.id === 'v02');
    const [thinking] = v02?.distinctions ?? [];
    expect(thinking?.sides.operations).toContain('怎么卖好');
    expect(thinking?.sides.marketing).toContain('怎么卖好');
    expect(summaries.v02).toMatch(/售后/);
    expect(summaries.v02).not.toMatch(/只管/);
    expect(v02?.definitions.marketing?.text).toMatch(/协助运营处理售后/);
  });

  it('#9 carries the broad and the narrow 运营, where the cards point for the difference', () => {
    const v09 = viewpoints.find((viewpoint) => viewpoint.id === 'v09');
    expect(v09?.definitions.operations?.text).toMatch(/宽泛/);
    expect(v09?.definitions.operations?.text).toMatch(/狭义/);
  });
});

// Faithfulness to the source text itself.
const seedAvailable = hasShared('knowledge-base source checks', 'seed', '000_45f4b553769af77d.txt');

/**
 * The source's answers, in order. Blocks are separated by runs of two or more blank lines; the first block
 * opens with the question line, and the last block is the 原始地址 line, which is not an answer.
 */
function splitAnswers(text: string): string[] {
  const blocks = text.split(/\n(?:[ \t]*\n){2,}/).map((block) => block.trim());
  const [first = '', ...rest] = blocks;
  const last = rest.pop() ?? '';
  if (!last.startsWith('原始地址')) throw new Error('source text no longer ends with its 原始地址 line');
  const firstAnswer = first.slice(first.indexOf('\n') + 1).trim();
  return [firstAnswer, ...rest];
}

/** Every verbatim passage the data attributes to a viewpoint, wherever it sits. */
function passagesOf(id: string): string[] {
  const viewpoint = viewpoints.find((candidate) => candidate.id === id);
  if (!viewpoint) return [];
  return [
    ...viewpoint.quotes,
    ...Object.values(viewpoint.definitions).map((definition) => definition.quote),
    ...Object.values(viewpoint.remarks ?? {}).map((remark) => remark.quote),
    ...viewpoint.distinctions.flatMap((distinction) => (distinction.quote ? [distinction.quote] : [])),
    ...titles.flatMap((title) =>
      title.notes.filter((note) => note.viewpoint === id).map((note) => note.quote),
    ),
    ...pairs.flatMap((pair) => {
      const placement = pair.placements[id];
      return [placement?.quote, placement?.caveatQuote].filter((quote): quote is string => !!quote);
    }),
  ];
}

/** The job titles the reading guide lists as named by the text ("商务拓展 (BD)" → 商务拓展). */
function titlesNamedByGuide(guide: string): string[] {
  const start = guide.indexOf('Job titles and role names that the text itself names');
  const listStart = guide.indexOf(':', start) + 1;
  const listEnd = guide.indexOf('\n\n', listStart);
  return guide
    .slice(listStart, listEnd)
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\.\s*$/, '')
    .split(/,\s*/)
    .map((title) => title.trim())
    .filter((title) => title.length > 0);
}

describe.skipIf(!seedAvailable)('faithful to the source text', () => {
  const sourceText = seedAvailable
    ? readFileSync(sharedPath('seed', '000_45f4b553769af77d.txt'), 'utf8')
    : '';
  const answers = seedAvailable ? splitAnswers(sourceText) : [];

  it('the source splits into fourteen answers', () => {
    expect(answers).toHaveLength(14);
    expect(answers[0]?.startsWith('区别还是蛮大的')).toBe(true);
    expect(answers[13]?.startsWith('一、定义不同')).toBe(true);
  });

  it.each([...VIEWPOINT_IDS])(
    "every passage attributed to %s lies verbatim in that viewpoint's own answer",
    (id) => {
      const answer = answers[numberOf(id) - 1] ?? '';
      const passages = passagesOf(id);
      expect(passages.length).toBeGreaterThan(0);
      for (const passage of passages) expect(answer, `not in its answer: ${passage}`).toContain(passage);
    },
  );

  it('every misprint marked lies in its viewpoint’s answer, once, inside its context', () => {
    for (const typo of typos) {
      const answer = answers[numberOf(typo.viewpoint) - 1] ?? '';
      expect(typo.context, typo.context).toContain(typo.typo);
      expect(answer.split(typo.context).length - 1, typo.context).toBe(1);
    }
  });

  it('has a note for every title the reading guide lists', () => {
    const guide = readFileSync(sharedPath('seed', 'VIEWPOINTS.md'), 'utf8');
    const named = titlesNamedByGuide(guide);
    expect(named.length).toBeGreaterThanOrEqual(26);
    const noted = new Set(titles.map((title) => title.term));
    expect(named.filter((title) => !noted.has(title))).toEqual([]);
  });
});
