import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { FamilyInfo, TermEntry, TitleNote, Viewpoint } from '../../core/knowledge-types';
import { FAMILIES, FAMILY_LABEL } from '../../core/types';

// Integrity of the hand-authored knowledge base in data/: shape (JSON Schema) and faithfulness to the source.

const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const seedDir = resolve(projectRoot, '../shared/seed');
const sourceText = readFileSync(resolve(seedDir, '000_45f4b553769af77d.txt'), 'utf8');
const readingGuide = readFileSync(resolve(seedDir, 'VIEWPOINTS.md'), 'utf8');

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(resolve(projectRoot, relativePath), 'utf8'));
}

const viewpoints = readJson('data/viewpoints.json') as Viewpoint[];
const families = readJson('data/families.json') as FamilyInfo[];
const titleNotes = readJson('data/title-notes.json') as TitleNote[];
const terms = readJson('data/terms.json') as TermEntry[];

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

const answers = splitAnswers(sourceText);

/** Every verbatim passage a viewpoint carries, wherever it sits. */
function quotesOf(viewpoint: Viewpoint): string[] {
  return [
    ...viewpoint.quotes,
    ...Object.values(viewpoint.definitions).map((definition) => definition.quote),
    ...viewpoint.distinctions.flatMap((distinction) => (distinction.quote ? [distinction.quote] : [])),
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
  const cases: [string, string][] = [
    ['data/viewpoints.json', 'data/schema/viewpoints.schema.json'],
    ['data/families.json', 'data/schema/families.schema.json'],
    ['data/title-notes.json', 'data/schema/title-notes.schema.json'],
    ['data/terms.json', 'data/schema/terms.schema.json'],
    ['data/viewpoint-summaries.json', 'data/schema/viewpoint-summaries.schema.json'],
  ];
  it.each(cases)('%s', (dataPath, schemaPath) => {
    const validate = validatorFor(schemaPath);
    const valid = validate(readJson(dataPath));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the terms schema rejects an entry with an unknown family or an extra property', () => {
    const validate = validatorFor('data/schema/terms.schema.json');
    expect(validate([{ id: '运营', family: 'finance', kind: 'core', forms: ['运营'] }])).toBe(false);
    expect(validate([{ id: '运营', family: 'operations', kind: 'core', forms: [] }])).toBe(false);
    expect(validate([{ id: '运营', family: 'operations', kind: 'core', forms: ['运营'], note: 'x' }])).toBe(
      false,
    );
  });
});

describe('viewpoints.json follows the source text', () => {
  it('the source splits into fourteen answers', () => {
    expect(answers).toHaveLength(14);
    expect(answers[0]?.startsWith('区别还是蛮大的')).toBe(true);
    expect(answers[13]?.startsWith('一、定义不同')).toBe(true);
  });

  it('holds fourteen viewpoints, v01 … v14 in source order', () => {
    expect(viewpoints.map((viewpoint) => viewpoint.id)).toEqual(
      Array.from({ length: 14 }, (_, index) => `v${String(index + 1).padStart(2, '0')}`),
    );
  });

  it.each(viewpoints.map((viewpoint, index) => [viewpoint.id, index] as const))(
    "every passage of %s lies verbatim inside that viewpoint's own answer",
    (_id, index) => {
      const viewpoint = viewpoints[index] as Viewpoint;
      const answer = answers[index] ?? '';
      const quotes = quotesOf(viewpoint);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(answer, `not in its answer: ${quote}`).toContain(quote);
    },
  );

  it('carries one to five key quotes per viewpoint (#5 is a single sentence)', () => {
    for (const viewpoint of viewpoints) {
      expect(viewpoint.quotes.length, viewpoint.id).toBeGreaterThanOrEqual(1);
      expect(viewpoint.quotes.length, viewpoint.id).toBeLessThanOrEqual(5);
    }
  });

  it('a containment never puts a family inside itself', () => {
    for (const { id, relationship } of viewpoints) {
      if (relationship.kind !== 'contains') continue;
      expect(relationship.inner, id).not.toContain(relationship.outer);
    }
  });

  it('records the disagreement the text contains: both 营销 ⊃ 运营 and 运营 ⊃ 营销', () => {
    const contains = (outer: string, inner: string) =>
      viewpoints.some(
        ({ relationship }) =>
          relationship.kind === 'contains' &&
          relationship.outer === outer &&
          relationship.inner?.includes(inner as never),
      );
    expect(contains('marketing', 'operations')).toBe(true);
    expect(contains('operations', 'marketing')).toBe(true);
  });
});

describe('families.json', () => {
  it('describes the three families in display order with their labels', () => {
    expect(families.map((info) => info.family)).toEqual([...FAMILIES]);
    for (const info of families) expect(info.label).toBe(FAMILY_LABEL[info.family]);
  });

  it('contrasts each family with the two others, never with itself', () => {
    for (const info of families) {
      const others = FAMILIES.filter((family) => family !== info.family);
      expect(Object.keys(info.contrasts).sort()).toEqual([...others].sort());
    }
  });

  it('rests every line on viewpoints that exist', () => {
    const ids = new Set(viewpoints.map((viewpoint) => viewpoint.id));
    for (const info of families) {
      const cited = [info.definition, ...Object.values(info.contrasts)].flatMap((line) => line.viewpoints);
      for (const id of cited) expect(ids.has(id), `${info.family} cites ${id}`).toBe(true);
    }
  });
});

describe('viewpoint-summaries.json', () => {
  it('has exactly one summary line for each viewpoint', () => {
    const summaries = readJson('data/viewpoint-summaries.json') as Record<string, string>;
    expect(Object.keys(summaries)).toEqual(viewpoints.map((viewpoint) => viewpoint.id));
  });
});

describe('title-notes.json', () => {
  it("quotes each note verbatim from its viewpoint's own answer", () => {
    for (const note of titleNotes) {
      const index = viewpoints.findIndex((viewpoint) => viewpoint.id === note.viewpoint);
      expect(index, `unknown viewpoint ${note.viewpoint}`).toBeGreaterThanOrEqual(0);
      expect(answers[index], `${note.term}/${note.viewpoint}: ${note.quote}`).toContain(note.quote);
    }
  });

  it('opens each note with the viewpoint it comes from, since cards show the note without a label', () => {
    for (const note of titleNotes) {
      const number = Number.parseInt(note.viewpoint.slice(1), 10);
      expect(note.text.startsWith(`观点 ${number} `), `${note.term}/${note.viewpoint}`).toBe(true);
    }
  });

  it('holds at most one note per title and viewpoint', () => {
    const keys = titleNotes.map((note) => `${note.term}/${note.viewpoint}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('notes only titles that exist in data/terms.json', () => {
    const termIds = new Set(terms.map((term) => term.id));
    const missing = [...new Set(titleNotes.map((note) => note.term))].filter((id) => !termIds.has(id));
    expect(missing).toEqual([]);
  });

  it('has at least one note for every title the reading guide lists', () => {
    const titles = titlesNamedByGuide(readingGuide);
    expect(titles.length).toBeGreaterThanOrEqual(26);
    const noted = new Set(titleNotes.map((note) => note.term));
    expect(titles.filter((title) => !noted.has(title))).toEqual([]);
  });
});

describe('every quote anywhere occurs verbatim in the source', () => {
  it('quotes, definitions, distinctions and title notes', () => {
    const all = [...viewpoints.flatMap(quotesOf), ...titleNotes.map((note) => note.quote)];
    const absent = all.filter((quote) => !sourceText.includes(quote));
    expect(absent).toEqual([]);
  });
});

describe('terms.json', () => {
  it('has unique ids and holds the three core terms', () => {
    const ids = terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of FAMILIES) {
      const core = terms.find((term) => term.kind === 'core' && term.family === family);
      expect(core?.id, family).toBe(FAMILY_LABEL[family]);
    }
  });
});
