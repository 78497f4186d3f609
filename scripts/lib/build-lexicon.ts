import { buildEnglishTables } from '../../core/english-roles';
import { isFamilyTerm, type TermEntry } from '../../core/knowledge/types';
import {
  AFTER_BUSINESS,
  AFTER_DEPARTMENT,
  AFTER_OPEN,
  AFTER_PERSON,
  AFTER_ROLE,
  BLOCK,
  CONDITIONAL,
  type ConditionalForm,
  type DetectorTables,
  type EnglishRule,
  type EnglishRules,
  type Lexicon,
  type LexiconLists,
  type LexiconTerm,
  type SurfaceValue,
  type ZhItem,
} from '../../core/lexicon-types';
import { buildSurfaceTable } from '../../core/surface-table';
import { FAMILIES, type Family, type TitleParts } from '../../core/types';

/** The rules in data/lexicon-rules.json (keys starting with "$" are comments). */
export interface LexiconRules {
  familyWords: Record<Family, string[]>;
  composition: {
    levels: string[];
    /** The levels that are a rank (职级: 专员, 经理, 总监), the only ones a card labels as such. */
    ranks: string[];
    /** Words that make a title before a family word; only objects and channels become labelled parts. */
    objects: Record<Family, { object?: string[]; channel?: string[]; modifier?: string[] }>;
  };
  jiebaWords: { rules: JiebaWordRule[] };
  /** Classes of words that make the family words of `forms` another sense when right after them. */
  blockAfter: { classes: (WordClass & { forms: string[] })[] };
  /** The same, right before them (written as blocking words: 云端运营). */
  blockBefore: { classes: (WordClass & { forms: string[] })[] };
  /** Rule E: family words owned by the whole organisation (公司营运). */
  ownedBy: { forms: string[]; owners: { words: string[] }[]; between: string[] };
  spans: { surface: string; term: string; start: number; end: number }[];
  /** 业务/業務: the sales role only where its context says so (see the section's $comment). */
  conditional: ConditionalRules;
  /** Characters that join coordinated words, for the conditional forms' partners. */
  coordination: { joiners: string };
  measuredBy: {
    families: Family[];
    verbs: string[];
    reach: number;
    raising: { verbs: string[]; reach: number };
  };
  blockWords: { words: string[] };
  falseJoins: { minFrequency: number; maxLength: number; shieldMinFrequency: number };
  notLevels: { minFrequency: number };
  clauseBlock: {
    families: Family[];
    markers: string[];
    maintenance: { after: string[]; markers: string[] };
  };
  english: EnglishRuleData;
}

/** The `english` section of data/lexicon-rules.json (core/english-roles.ts reads what it becomes). */
interface EnglishRuleData {
  phraseEnd: { words: string[]; partners: string[] };
  channels: { words: string[] };
  /** Each a class of contexts. */
  rules: EnglishRule[];
}

/** A class of words (Simplified, used in the script of each form), for the forms given or for all. */
interface WordClass {
  forms?: string[];
  words: string[];
}

interface ConditionalRules {
  term: string;
  /** Each form as written (no Traditional variant made), and whether a short title may end in it. */
  forms: { form: string; titleEnd: boolean }[];
  after: (WordClass & { verdict: keyof typeof AFTER_KINDS })[];
  before: WordClass[];
  /** Words that make the form the head of a compound (新型業務), as the dictionary's X + 业务 words do. */
  compounds: { words: string[] };
  partners: WordClass[];
  listClosers: { words: string[] };
}

const AFTER_KINDS = {
  person: AFTER_PERSON,
  role: AFTER_ROLE,
  business: AFTER_BUSINESS,
  open: AFTER_OPEN,
  department: AFTER_DEPARTMENT,
};

interface JiebaWordRule {
  contains?: string[];
  equals?: string[];
  then: 'block' | 'entry';
}

export interface DictWord {
  word: string;
  freq: number;
}

/** How the two scripts write a text: OpenCC's data at build time (scripts/lib/script-converters.ts). */
export interface ScriptConverters {
  /** The Traditional forms a page may write a Simplified text in (Taiwan's 後臺, Hong Kong's 後台), none repeated. */
  traditional: (simplified: string) => string[];
  /** The Simplified form of a text (a Traditional one, or one already Simplified, which stays as it is). */
  simplified: (text: string) => string;
}

export interface LexiconInputs {
  terms: TermEntry[];
  rules: LexiconRules;
  dictionary: DictWord[];
  /** jieba's segmentation, used to decide which neighbouring words make a false join. */
  cut: (text: string) => string[];
  scripts: ScriptConverters;
}

const CJK = /[\u3400-\u9fff]/;
const CANONICAL_FAMILY_WORD: Record<Family, string> = {
  operations: '运营',
  marketing: '营销',
  sales: '销售',
};

const isComment = (key: string) => key.startsWith('$');
const entriesOf = <T>(record: Record<string, T>): [string, T][] =>
  Object.entries(record).filter(([key]) => !isComment(key));

/** Builds the lexicon the detector bundles. Pure: same inputs, same output, byte for byte. */
export function buildLexicon({ terms, rules, dictionary, cut, scripts }: LexiconInputs): Lexicon {
  const variants = (text: string) => unique([text, ...scripts.traditional(text)]);
  /** Words in both scripts, in lower case (the detector matches English markers ignoring case). */
  const lowerCaseVariants = (words: string[]) =>
    unique(words.flatMap(variants).map((word) => word.toLowerCase())).sort(compare);
  // Neighbour words are kept in the script of the word they stand beside (營運 + 績效, 业务 + 或 + 销售): a page
  // does not mix scripts inside a phrase, and the lexicon ships on every page.
  const isSimplified = (form: string) => scripts.traditional(form).some((other) => other !== form);
  const isTraditional = (form: string) => scripts.simplified(form) !== form;
  const inScriptOf = (forms: string[], words: string[]) => {
    if (forms.every(isSimplified)) return unique(words);
    if (forms.every(isTraditional)) return unique(words.flatMap(scripts.traditional));
    return unique(words.flatMap(variants));
  };

  const lexiconTerms: LexiconTerm[] = [];
  const termIndex = new Map<string, number>();
  const addTerm = (term: LexiconTerm) => {
    termIndex.set(term.id, lexiconTerms.length);
    lexiconTerms.push(term);
  };
  // Related roles (产品经理) belong to no family: the source names them only beside one, so they are never
  // marked; nor are titles that hold no family word (电销, SDR, COO), which are for looking up.
  const familyTerms = terms.filter(isFamilyTerm).filter((term) => term.onPages !== false);
  for (const { id, family, kind, parts } of familyTerms)
    addTerm(parts ? { id, family, kind, parts } : { id, family, kind });
  const indexOf = (id: string) => {
    const index = termIndex.get(id);
    if (index === undefined) throw new Error(`lexicon rules name the unknown term "${id}"`);
    return index;
  };

  // Family word forms (Simplified and Traditional), e.g. operations → 运营, 营运, 運營, 營運.
  const familyForms = new Map<Family, string[]>();
  for (const [family, words] of entriesOf(rules.familyWords)) {
    familyForms.set(family as Family, unique(words.flatMap(variants)));
  }
  const allFamilyForms = [...familyForms.values()].flat();

  // Earlier writers win: curated forms, then spans, composed titles, blocking rules, dictionary words, false joins.
  const zh = new Map<string, ZhItem>();
  const put = (item: ZhItem) => {
    if (!zh.has(item[0])) zh.set(item[0], item);
  };

  const conditionalForms = new Set(rules.conditional.forms.map(({ form }) => form));
  const english: [string, number][] = [];
  for (const term of familyTerms) {
    const index = indexOf(term.id);
    for (const form of term.forms) {
      if (!CJK.test(form)) english.push([form.toLowerCase(), index]);
      else for (const surface of variants(form)) if (!conditionalForms.has(surface)) put([surface, index]);
    }
  }

  for (const span of rules.spans) {
    for (const surface of variants(span.surface)) put([surface, indexOf(span.term), span.start, span.end]);
  }

  for (const title of composedTitles(rules, familyForms)) {
    const id = title.id;
    if (!termIndex.has(id)) {
      const { family, parts } = title;
      addTerm(parts ? { id, family, kind: 'title', parts } : { id, family, kind: 'title' });
    }
    for (const surface of variants(title.surface)) put([surface, indexOf(id)]);
  }

  for (const word of rules.blockWords.words) for (const surface of variants(word)) put([surface, BLOCK]);
  for (const { forms, words } of rules.blockBefore.classes)
    for (const word of forms)
      for (const before of words) for (const surface of variants(before + word)) put([surface, BLOCK]);
  const familyOfWord = new Map<string, Family>();
  for (const [family, forms] of familyForms) for (const form of forms) familyOfWord.set(form, family);
  // Dictionary words headed by a conditional form are read by the conditional rules: 业务 + X is decided by X
  // at run time (business unless X is a role word there); X + 业务 makes 业务 the head of a compound.
  /** The words before it that the dictionary makes a compound with it (主营 + 业务), and the data's own. */
  const compoundHeads = [...rules.conditional.compounds.words];
  for (const { word } of dictionary) {
    if (conditionalForms.has(word)) continue;
    const head = headWord(word, [...familyOfWord.keys(), ...conditionalForms]);
    if (!head) continue;
    if (conditionalForms.has(head)) {
      const before = word.slice(0, -head.length);
      if (word.endsWith(head) && !headWord(before, [...familyOfWord.keys()])) compoundHeads.push(before);
      continue;
    }
    const verdict = classifyDictionaryWord(word, rules.jiebaWords.rules);
    if (verdict === 'entry' && hasOneCharacterAffix(word, head)) continue;
    const family = familyOfWord.get(head);
    const term = family ? CANONICAL_FAMILY_WORD[family] : '';
    for (const surface of variants(word)) put([surface, verdict === 'block' ? BLOCK : indexOf(term)]);
  }
  // A word that makes a compound with the conditional form after it is consumed alone; the form is then read
  // at the head of a compound (新型業務, 银行业务: business, unless a person word follows: 保险业务员).
  for (const { form } of rules.conditional.forms)
    for (const before of inScriptOf([form], compoundHeads)) put([before + form, BLOCK, 0, before.length]);

  // jieba reads Simplified text: false joins are found with the Simplified forms, then written in both scripts.
  const simplifiedForms = unique(entriesOf(rules.familyWords).flatMap(([, words]) => words));
  const joins = falseJoins(dictionary, simplifiedForms, allFamilyForms, rules.falseJoins, cut);
  // The word before the false join is consumed alone: the real family word behind it is read next (进行|销售).
  for (const { surface, word } of joins.blocks)
    for (const variant of variants(surface)) put([variant, BLOCK, 0, word.length]);
  const familyTermOf = (form: string) => {
    const family = familyOfWord.get(form);
    if (!family) throw new Error(`no family for "${form}"`);
    return indexOf(CANONICAL_FAMILY_WORD[family]);
  };
  for (const { surface, form } of joins.shields) {
    const at = surface.length - form.length;
    for (const variant of variants(surface)) put([variant, familyTermOf(form), at, at + form.length]);
  }

  const conditional = conditionalReadings(rules.conditional, indexOf(rules.conditional.term), inScriptOf);
  const weightOf = characterWeight(dictionary, scripts);

  const zhItems = [...zh.values()].sort((a, b) => compare(a[0], b[0]));
  const englishForms = english.sort((a, b) => compare(a[0], b[0]));
  return withDetectorTables({
    terms: lexiconTerms,
    zh: zhItems,
    conditional,
    // Figures and other senses right after a family word, also after a title ending in it (平台运营商).
    blockAfter: blockAfterByForm(rules.blockAfter.classes, variants, inScriptOf),
    clauseBlock: {
      families: rules.clauseBlock.families,
      markers: lowerCaseVariants(rules.clauseBlock.markers),
      maintenance: {
        after: unique(rules.clauseBlock.maintenance.after.flatMap(variants)).sort(compare),
        markers: lowerCaseVariants(rules.clauseBlock.maintenance.markers),
      },
    },
    ownedBy: {
      forms: unique(rules.ownedBy.forms.flatMap(variants)).sort(compare),
      owners: lowerCaseVariants(rules.ownedBy.owners.flatMap(({ words }) => words)),
      between: unique(rules.ownedBy.between.flatMap(variants)).sort(byLengthThenText),
    },
    joiners: unique([...variants(rules.coordination.joiners).join('')]).join(''),
    measuredBy: {
      families: rules.measuredBy.families,
      verbs: unique(rules.measuredBy.verbs.flatMap(variants)).sort(compare),
      reach: rules.measuredBy.reach,
      raising: {
        verbs: unique(rules.measuredBy.raising.verbs.flatMap(variants)).sort(compare),
        reach: rules.measuredBy.raising.reach,
      },
    },
    levels: unique(rules.composition.levels.flatMap(variants)).sort(byLengthThenText),
    notLevels: notLevels(dictionary, rules, cut).flatMap(variants).sort(compare),
    ranks: unique(rules.composition.ranks.flatMap(variants)).sort(byLengthThenText),
    scriptChars: scriptChars(dictionary, scripts),
    en: englishRules(englishForms, rules.english),
    hints: {
      // Chosen for the surfaces that yield detections; then blocking words get one too where they have
      // none, since the detector skips from hint to hint (exact only if no surface starts far from one).
      zh: hintPattern(
        [
          ...zhItems.filter(([, term]) => term !== BLOCK).map(([surface]) => surface),
          ...conditional.flatMap((rule) => rule.forms),
        ],
        (surface) => [...surface],
        zhItems.filter(([, term]) => term === BLOCK).map(([surface]) => surface),
        weightOf,
      ),
      // A word of a form is matched as written (the spaces between words are what may vary).
      en: hintPattern(
        englishForms.map(([form]) => form),
        (form) => form.split(' ').filter(Boolean),
      ),
      // True by construction of the zh hint above (the lexicon freshness test regenerates and compares).
      zhInEverySurface: true,
    },
  });
}

/** Each family form (both scripts) → the words that block it after it, from all classes naming it. */
function blockAfterByForm(
  classes: (WordClass & { forms: string[] })[],
  variants: (text: string) => string[],
  inScriptOf: (forms: string[], words: string[]) => string[],
): Record<string, string[]> {
  const byForm = new Map<string, string[]>();
  for (const { forms, words } of classes)
    for (const word of forms)
      for (const form of variants(word)) byForm.set(form, [...(byForm.get(form) ?? []), ...words]);
  return Object.fromEntries(
    [...byForm]
      .map(([form, words]) => [form, inScriptOf([form], words).sort(compare)] as const)
      .sort((a, b) => compare(a[0], b[0])),
  );
}

/**
 * The lists and the tables the detector reads, built from them: all the sorting, grouping and escaping the
 * detector would otherwise do on every page load (core/surface-table.ts, core/english-roles.ts).
 */
export function withDetectorTables(lists: LexiconLists): Lexicon {
  return { ...lists, ...detectorTables(lists) };
}

function detectorTables(lists: LexiconLists): DetectorTables {
  // Same order as the detector used to fill its table: a conditional form replaces a zh item of that surface.
  const surfaces: [string, SurfaceValue][] = lists.zh.map(([surface, term, start, end]) => [
    surface,
    start === undefined || end === undefined ? term : [term, start, end],
  ]);
  lists.conditional.forEach((rule, index) => {
    for (const form of rule.forms) surfaces.push([form, CONDITIONAL - index]);
  });
  const levelsByFirst: Record<string, string[]> = {};
  for (const level of [...lists.levels].sort(byLengthThenText)) {
    const first = level[0] ?? '';
    levelsByFirst[first] = [...(levelsByFirst[first] ?? []), level];
  }
  return {
    detectorTerms: lists.terms.map(({ id, family }) => ({ id, family })),
    termFamilies: lists.terms.map(({ family }) => (family ? FAMILIES.indexOf(family) : '-')).join(''),
    surfaces: buildSurfaceTable(surfaces),
    levelsByFirst,
    english: buildEnglishTables(lists.en, lists.terms),
  };
}

/**
 * A RegExp source matching at least one piece of every surface (for Chinese a single character, for
 * English a word): a text it does not match holds none of the surfaces. Pieces are chosen greedily, the one in
 * the most surfaces still uncovered first, for each time it occurs in ordinary text (`weightOf`): so there are
 * few of them, they are the surfaces' core words, and common characters (行 of 进行, 银行) are avoided when a
 * rarer one covers as much (销, 銷).
 * `alsoCover` are surfaces that must match too, covered afterwards so they never change the main choice.
 */
function hintPattern(
  surfaces: string[],
  piecesOf: (surface: string) => string[],
  alsoCover: string[] = [],
  weightOf: (piece: string) => number = () => 1,
): string {
  const chosen: string[] = [];
  const cover = (wanted: string[]) => {
    let left = unique(wanted).filter(
      (surface) => surface.length > 0 && !chosen.some((piece) => surface.includes(piece)),
    );
    while (left.length > 0) {
      const counts = new Map<string, number>();
      for (const surface of left)
        for (const piece of unique(piecesOf(surface))) counts.set(piece, (counts.get(piece) ?? 0) + 1);
      const score = ([piece, count]: [string, number]) => count / weightOf(piece);
      const [best] = [...counts].sort((a, b) => score(b) - score(a) || compare(a[0], b[0]))[0] ?? [''];
      chosen.push(best);
      left = left.filter((surface) => !surface.includes(best));
    }
  };
  cover(surfaces);
  cover(alsoCover);
  // Greedy choice can leave a piece whose surfaces all hold a later one: drop it, commonest first.
  const all = unique([...surfaces, ...alsoCover]).filter((surface) => surface.length > 0);
  for (const piece of [...chosen].sort((a, b) => weightOf(b) - weightOf(a) || compare(a, b))) {
    const others = chosen.filter((other) => other !== piece);
    if (all.every((surface) => others.some((other) => surface.includes(other))))
      chosen.splice(chosen.indexOf(piece), 1);
  }
  const escaped = chosen.sort(compare).map((piece) => piece.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  // Single characters as one class: the engine runs this test on every text node of a page.
  return chosen.every((piece) => piece.length === 1) ? `[${escaped.join('')}]` : escaped.join('|');
}

/**
 * Dictionary words that start with a level word and go on past it (员工, 岗位, 代表团), where jieba keeps them
 * whole after a family word (销售|岗位): there the level word is not taken, so a mark never ends inside a word.
 */
function notLevels(dictionary: DictWord[], rules: LexiconRules, cut: (text: string) => string[]): string[] {
  const { levels } = rules.composition;
  const familyWords = Object.values(CANONICAL_FAMILY_WORD);
  return dictionary
    .filter(
      ({ word, freq }) =>
        freq >= rules.notLevels.minFrequency &&
        !levels.includes(word) &&
        levels.some((level) => word.startsWith(level) && word.length <= level.length + 2) &&
        familyWords.every((family) => keepsWordAt(cut(family + word), family.length, word.length)),
    )
    .map(({ word }) => word);
}

/**
 * How often a character occurs in ordinary text: its frequency as a word of jieba's dictionary (a Traditional
 * character counts as its Simplified form, the dictionary being Simplified), at least 1. A character the
 * dictionary lacks (a Latin letter: A of APP运营) counts as the most frequent, never as a cheap hint.
 */
function characterWeight(dictionary: DictWord[], scripts: ScriptConverters): (piece: string) => number {
  const frequency = new Map<string, number>();
  let most = 1;
  for (const { word, freq } of dictionary)
    if ([...word].length === 1 && CJK.test(word)) {
      frequency.set(word, freq);
      most = Math.max(most, freq);
    }
  return (piece) => Math.max(1, frequency.get(scripts.simplified(piece)) ?? most);
}

/** How many of the commonest characters written differently in the two scripts tell a page's script. */
const SCRIPT_CHARACTERS = 48;

/**
 * The SCRIPT_CHARACTERS commonest characters that Simplified and Traditional write differently (个/個, 这/這,
 * 业/業…), as the two strings core/page-context.ts reads: a title of a few words holds one of them often
 * enough, and the content script carries 96 characters rather than the whole table. Commonest by how often
 * the character occurs inside the words of jieba's dictionary, each word weighted by its frequency.
 */
function scriptChars(dictionary: DictWord[], scripts: ScriptConverters): { hans: string; hant: string } {
  const occurrences = new Map<string, number>();
  for (const { word, freq } of dictionary)
    for (const char of word) occurrences.set(char, (occurrences.get(char) ?? 0) + freq);
  // Each character of the dictionary with one Traditional form of its own, which reads back as it.
  const candidates: (readonly [string, string])[] = [];
  for (const char of occurrences.keys()) {
    const forms = scripts.traditional(char).filter((form) => form !== char);
    const [form] = forms;
    if (forms.length === 1 && form && [...form].length === 1 && scripts.simplified(form) === char)
      candidates.push([char, form]);
  }
  // A character that is also the other script's (后 is Traditional too, 著 Simplified too) tells nothing.
  const hantSet = new Set(candidates.map(([, hant]) => hant));
  const hansSet = new Set(candidates.map(([hans]) => hans));
  const pairs = candidates.filter(([hans, hant]) => !hantSet.has(hans) && !hansSet.has(hant));
  const count = (char: string) => occurrences.get(char) ?? 0;
  const chosen = pairs
    .sort((a, b) => count(b[0]) - count(a[0]) || compare(a[0], b[0]))
    .slice(0, SCRIPT_CHARACTERS);
  return {
    hans: chosen.map(([hans]) => hans).join(''),
    hant: chosen.map(([, hantChar]) => hantChar).join(''),
  };
}

/** Object/channel word + family form, e.g. 抖音 + 營運 → id 抖音运营 (the canonical family word). */
function composedTitles(rules: LexiconRules, familyForms: Map<Family, string[]>) {
  const titles: { id: string; surface: string; family: Family; parts?: TitleParts }[] = [];
  for (const [family, byPart] of entriesOf(rules.composition.objects)) {
    const fam = family as Family;
    for (const [part, words] of entriesOf(byPart)) {
      for (const word of words ?? []) {
        for (const form of familyForms.get(fam) ?? []) {
          const parts: TitleParts | undefined = part === 'modifier' ? undefined : { [part]: word };
          titles.push({ id: word + CANONICAL_FAMILY_WORD[fam], surface: word + form, family: fam, parts });
        }
      }
    }
  }
  return titles;
}

/**
 * Whether a dictionary word is its family word with one character before or after it (销售方, 运营部, 试运营).
 * Such a word names the family word inside it, and its one character can begin or end the neighbouring word
 * (销售方|向 is 销售|方向, 销售区|域 is 销售|区域): it is no surface, the family word is detected alone and the
 * mark ends where the word does. Longer parts are words of their own (销售 + 策略), kept whole.
 */
function hasOneCharacterAffix(word: string, head: string): boolean {
  const at = word.lastIndexOf(head);
  return at === 1 || word.length - at - head.length === 1;
}

/** The family word a compound is headed by: the last one in it (销售运营 is operations work). */
function headWord(word: string, familyWords: string[]): string | undefined {
  let head: string | undefined;
  let headAt = -1;
  for (const candidate of familyWords) {
    const at = word.lastIndexOf(candidate);
    if (at > headAt) {
      head = candidate;
      headAt = at;
    }
  }
  return head;
}

function classifyDictionaryWord(word: string, rules: JiebaWordRule[]): 'block' | 'entry' {
  for (const rule of rules) {
    if (rule.equals?.includes(word) || rule.contains?.some((part) => word.includes(part))) return rule.then;
  }
  return 'entry';
}

/**
 * The detector's reading of each conditional form: its word classes in the form's script, the words after it
 * as [word, AFTER_* kind] longest first, so the longest word there decides (部门 before 部, 目标客群 before 目标).
 */
function conditionalReadings(
  rules: ConditionalRules,
  term: number,
  inScriptOf: (forms: string[], words: string[]) => string[],
): ConditionalForm[] {
  return rules.forms.map(({ form, titleEnd }) => {
    const applies = (wordClass: WordClass) => !wordClass.forms || wordClass.forms.includes(form);
    const words = (classes: WordClass[]) =>
      inScriptOf(
        [form],
        classes.filter(applies).flatMap((wordClass) => wordClass.words),
      ).sort(compare);
    const kinds = new Map<string, number>();
    for (const wordClass of rules.after.filter(applies))
      for (const word of inScriptOf([form], wordClass.words))
        if (!kinds.has(word)) kinds.set(word, AFTER_KINDS[wordClass.verdict]);
    return {
      forms: [form],
      term,
      after: [...kinds].sort((a, b) => byLengthThenText(a[0], b[0])),
      before: words(rules.before),
      partners: words(rules.partners),
      closers: inScriptOf([form], rules.listClosers.words).sort(compare),
      titleEnd,
    };
  });
}

/**
 * Where a family form is a false join across two words, and how the scan must read around it.
 *
 * A family form that starts inside the word before it (进行|销售 holds 行销, 经营|运营 holds 营运, 航运|营销
 * holds 运营) is not a mention; the form read left to right there is the false join. The real word behind it
 * starts where the word before ends (销售 one character later) and is read as if it stood alone, so it gets the
 * label a free-standing word would get there (执行销售计划: sales; 进行销售额核对: a figure). jieba decides
 * where that is:
 * - blocks: for a dictionary word W whose end is the start of a family form F (进行 + 行销), when jieba cuts
 *   W + the rest of F as W | … (进行|销), the surface W + rest of F (进行销) consumes W alone: the false join is
 *   never read, and the scan goes on at the end of W, where the real word (销售) starts.
 *   When jieba only splits W off before the next family form (同行销 is 同|行销, but 同行销售 is 同行|销售;
 *   经营销售 is 经营|销售), that longer surface does so and 同行销 alone still reads 行销.
 * - shields: where a word that ends on the first character of a false-join word is kept whole by jieba before
 *   the family form (关联|营销 beats 联营, 名单|行销 beats 单行), the whole surface (关联营销) detects the family
 *   form at its end. Only that surface: the shield word alone (上游 in 以上游戏) is not consumed.
 * Only words common enough (minFrequency) and short enough (maxLength) are considered, to keep the lexicon small.
 */
function falseJoins(
  dictionary: DictWord[],
  forms: string[],
  allForms: string[],
  { minFrequency, maxLength, shieldMinFrequency }: LexiconRules['falseJoins'],
  cut: (text: string) => string[],
) {
  const candidates = dictionary.filter(
    ({ word, freq }) =>
      freq >= minFrequency &&
      word.length >= 2 &&
      word.length <= maxLength &&
      CJK.test(word) &&
      !allForms.some((form) => word.includes(form)),
  );
  /** false-join surface → the word before the family form that it starts inside (进行销 → 进行). */
  const blocks = new Map<string, string>();
  /** false-join word → the family form it breaks and how many of its characters overlap it. */
  const joinOverlaps = new Map<string, { form: string; overlap: number }[]>();
  for (const { word } of candidates) {
    for (const form of forms) {
      for (let overlap = 1; overlap < form.length && overlap < word.length; overlap++) {
        if (!word.endsWith(form.slice(0, overlap))) continue;
        const before = word.slice(0, word.length - overlap);
        if (!keepsWordAt(cut(before + form), before.length, form.length)) {
          if (!blocks.has(before + form)) blocks.set(before + form, word);
          joinOverlaps.set(word, [...(joinOverlaps.get(word) ?? []), { form, overlap }]);
          continue;
        }
        for (const next of forms.filter((candidate) => candidate[0] === form.at(-1))) {
          const surface = before + form + next.slice(1);
          const tokens = cut(surface);
          const at = before.length + form.length - 1;
          if (!keepsWordAt(tokens, before.length, form.length) && keepsWordAt(tokens, at, next.length)) {
            if (!blocks.has(surface)) blocks.set(surface, word);
          }
        }
      }
    }
  }
  const byLastChar = new Map<string, string[]>();
  for (const { word, freq } of candidates) {
    if (freq < shieldMinFrequency) continue;
    byLastChar.set(word.at(-1) ?? '', [...(byLastChar.get(word.at(-1) ?? '') ?? []), word]);
  }
  const shields = new Map<string, { surface: string; form: string }>();
  for (const [join, overlaps] of joinOverlaps) {
    for (const shield of byLastChar.get(join[0] ?? '') ?? []) {
      if (joinOverlaps.has(shield)) continue;
      for (const { form, overlap } of overlaps) {
        const before = shield + join.slice(1, join.length - overlap);
        if (keepsWordAt(cut(before + form), before.length, form.length))
          shields.set(before + form, { surface: before + form, form });
      }
    }
  }
  return {
    blocks: [...blocks]
      .map(([surface, word]) => ({ surface, word }))
      .sort((a, b) => compare(a.surface, b.surface)),
    shields: [...shields.values()].sort((a, b) => compare(a.surface, b.surface)),
  };
}

/** Whether a segmentation has a word boundary at `start` and at `start + length`. */
function keepsWordAt(tokens: string[], start: number, length: number): boolean {
  let at = 0;
  let startsThere = false;
  for (const token of tokens) {
    if (at === start) startsThere = true;
    at += token.length;
    if (at === start + length) return startsThere;
  }
  return false;
}

/** The English rules as lists in lower case, without their comments. */
function englishRules(forms: [string, number][], data: EnglishRuleData): EnglishRules {
  const words = (list: string[]) => unique(list.map((word) => word.toLowerCase())).sort(compare);
  return {
    forms,
    phraseEnd: words(data.phraseEnd.words),
    partners: words(data.phraseEnd.partners),
    channels: words(data.channels.words),
    rules: data.rules.map((rule) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of entriesOf(rule as Record<string, unknown>))
        out[key] = Array.isArray(value) ? words(value as string[]) : value;
      return out as EnglishRule;
    }),
  };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLengthThenText = (a: string, b: string) => b.length - a.length || compare(a, b);

/**
 * Serialises a lexicon with one item per line (the detector's surface table: one group per line): compact,
 * yet a change shows as a readable diff.
 */
export function serializeLexicon(lexicon: Lexicon): string {
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
  const { groups, ...surfaces } = lexicon.surfaces;
  const groupLines = Object.entries(groups).map(
    ([pair, group]) => `${JSON.stringify(pair)}:${JSON.stringify(group)}`,
  );
  return `{"terms":[\n${lines(lexicon.terms)}\n],\n"zh":[\n${lines(lexicon.zh)}\n],\n"conditional":${JSON.stringify(
    lexicon.conditional,
  )},\n"blockAfter":${JSON.stringify(lexicon.blockAfter)},\n"clauseBlock":${JSON.stringify(lexicon.clauseBlock)},\n"ownedBy":${JSON.stringify(lexicon.ownedBy)},\n"joiners":${JSON.stringify(lexicon.joiners)},\n"measuredBy":${JSON.stringify(lexicon.measuredBy)},\n"levels":${JSON.stringify(lexicon.levels)},\n"notLevels":${JSON.stringify(lexicon.notLevels)},\n"ranks":${JSON.stringify(lexicon.ranks)},\n"scriptChars":${JSON.stringify(lexicon.scriptChars)},\n"en":{"forms":[\n${lines(lexicon.en.forms)}\n],\n"phraseEnd":${JSON.stringify(lexicon.en.phraseEnd)},\n"partners":${JSON.stringify(lexicon.en.partners)},\n"channels":${JSON.stringify(lexicon.en.channels)},\n"rules":[\n${lines(lexicon.en.rules)}\n]},\n"hints":${JSON.stringify(lexicon.hints)},\n"surfaces":{${JSON.stringify(surfaces).slice(1, -1)},"groups":{\n${groupLines.join(',\n')}\n}},\n"levelsByFirst":${JSON.stringify(lexicon.levelsByFirst)},\n"detectorTerms":${JSON.stringify(lexicon.detectorTerms)},\n"termFamilies":${JSON.stringify(lexicon.termFamilies)},\n"english":${JSON.stringify(lexicon.english)}}\n`;
}
