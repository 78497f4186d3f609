import { ENGLISH_RULE, type EnglishRules, type EnglishTables, type LexiconTerm } from './lexicon-types';

/**
 * English role words and titles (Sales Representative, Marketing Manager, Operations), matched as whole words
 * ignoring case, except where the context puts them in a class that makes them a figure, another sense or part
 * of a name ("boost sales", after-sales, IT operations, Marketing Cloud): the classes are the `english` rules of
 * data/lexicon-rules.json, each with its comment.
 */
export interface EnglishMatch {
  start: number;
  end: number;
  term: number;
}

/** How far around a match the neighbouring-word rules look; longer than any phrase they read. */
const CONTEXT_WINDOW = 40;
/** How far a clause is followed on each side of a match for a rule's `near` words (as for Chinese). */
const CLAUSE_REACH = 60;
// Phrases and neighbouring words never cross a line break: the page engine passes each text run on its own,
// and the detect command joins runs with "\n", so both must read the same detections.

const WORD_UNIT = /[A-Za-z0-9]/;
const SPACE = '[ \\t\\u00a0]';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => escapeRegExp(word).replace(/ /g, `${SPACE}+`))
    .join('|');
/** A verb and its regular forms: drive → driv(?:e[sd]?|ing), boost → boost(?:s|ed|ing)?. */
const verbForms = (verb: string) =>
  verb.endsWith('e') ? `${verb.slice(0, -1)}(?:e[sd]?|ing)` : `${verb}(?:s|ed|ing)?`;
/** Words that start with a letter or digit must start a word (not after a hyphen either: results-driven). */
const wordsAtStart = (words: string[], verbs: string[]) => {
  const lettered = [
    ...(verbs.length ? [verbs.map(verbForms).join('|')] : []),
    ...(words.some((word) => /^[a-z0-9]/.test(word))
      ? [alternation(words.filter((word) => /^[a-z0-9]/.test(word)))]
      : []),
  ];
  const other = words.filter((word) => !/^[a-z0-9]/.test(word));
  const parts = lettered.length ? [`(?:^|[^a-z0-9-])(?:${lettered.join('|')})`] : [];
  if (other.length) parts.push(alternation(other));
  return parts.length > 1 ? `(?:${parts.join('|')})` : (parts[0] ?? '');
};

export interface EnglishMatcher {
  find(text: string): EnglishMatch[];
}

/**
 * The matcher's patterns as RegExp sources, for `npm run lexicon`: sorting and escaping the forms and the
 * neighbouring words is done once there, so a page that needs the matcher only compiles them.
 */
export function buildEnglishTables(rules: EnglishRules, terms: readonly LexiconTerm[]): EnglishTables {
  const phraseEnd = alternation(rules.phraseEnd);
  return {
    // A form must start a word too: that is checked per match below, since a lookbehind at the start of the
    // pattern would be tried at every position of the text.
    pattern: rules.forms.length ? `(?:${alternation(rules.forms.map(([form]) => form))})(?![A-Za-z0-9])` : '',
    terms: Object.fromEntries(rules.forms),
    // Family words are the forms of the core entries ("sales", "marketing", "operations").
    familyWords: rules.forms.filter(([, term]) => terms[term]?.kind === 'core').map(([word]) => word),
    rules: rules.rules.map((rule) => {
      let flags = 0;
      for (const [name, flag] of Object.entries(ENGLISH_RULE))
        if (rule[name as keyof typeof ENGLISH_RULE]) flags |= flag;
      // Words between a `before` word and the family word: any but those that end a phrase (a preposition
      // starts another one: grow your career in sales).
      const between = rule.reach
        ? `(?:${SPACE}+(?!(?:${phraseEnd})(?![a-z0-9]))[a-z0-9'’&-]+){0,${rule.reach}}`
        : '';
      return [
        rule.family ?? '',
        flags,
        rule.before?.length || rule.verbs?.length
          ? `${wordsAtStart(rule.before ?? [], rule.verbs ?? [])}${between}[ \\t\\u00a0-]*$`
          : '',
        rule.after?.length ? `^[ \\t\\u00a0-]*(?:${alternation(rule.after)})(?![a-z0-9])` : '',
        rule.near?.length ? `(?:^|[^a-z0-9])(?:${alternation(rule.near)})(?![a-z0-9])` : '',
      ];
    }),
    // The end of the text or the line, a punctuation mark or a number, a word that starts another phrase, or
    // "and", "or", "&" before anything but a partner word (sales and marketing team: one compound).
    phraseEnd:
      `^(?:${SPACE}*(?:$|[\\n\\r.,;:!?()[\\]"“”…–—|•·*0-9])|${SPACE}+(?:(?:and|or|&)${SPACE}+` +
      `(?!(?:${alternation(rules.partners)})(?![a-z0-9]))|(?:${phraseEnd})(?![a-z0-9])))`,
    channel: rules.channels.length ? `(?:^|[^a-z0-9])(?:${alternation(rules.channels)})[ \\t\\u00a0-]*$` : '',
  };
}

interface Rule {
  family: string;
  flags: number;
  before: RegExp | undefined;
  after: RegExp | undefined;
  near: RegExp | undefined;
}

const compiled = (source: string) => (source ? new RegExp(source) : undefined);
const isUpper = (unit: number) => unit >= 0x41 && unit <= 0x5a;
const isLower = (unit: number) => unit >= 0x61 && unit <= 0x7a;
const CLAUSE_ENDS = /[\n;!?]/;

/** The matcher of `tables` (buildEnglishTables): a few RegExps compiled, nothing sorted or escaped. */
export function createEnglishMatcher(tables: EnglishTables): EnglishMatcher {
  if (!tables.pattern) return { find: () => [] };
  const pattern = new RegExp(tables.pattern, 'gi');
  const termOf = tables.terms;
  const familyWords = new Set(tables.familyWords);
  const rules: Rule[] = [];
  for (let index = 0; index < tables.rules.length; index++) {
    const [family, flags, before, after, near] = tables.rules[index] as EnglishTables['rules'][number];
    rules.push({ family, flags, before: compiled(before), after: compiled(after), near: compiled(near) });
  }
  const phraseEnd = new RegExp(tables.phraseEnd);
  const channel = compiled(tables.channel);

  /** The clause around [start, end): at most CLAUSE_REACH characters each way, not past a line or ; ! ?. */
  const clauseAround = (text: string, start: number, end: number): string => {
    let from = start;
    while (from > 0 && start - from < CLAUSE_REACH && !CLAUSE_ENDS.test(text.charAt(from - 1))) from--;
    let to = end;
    while (to < text.length && to - end < CLAUSE_REACH && !CLAUSE_ENDS.test(text.charAt(to))) to++;
    return text.slice(from, to).toLowerCase();
  };

  /** Whether the word after `end` starts with a capital (Marketing Cloud). */
  const nextCapitalised = (text: string, end: number): boolean => {
    let at = end;
    while (text.charAt(at) === ' ' || text.charAt(at) === '\u00a0') at++;
    return at > end && isUpper(text.charCodeAt(at));
  };

  const isBlocked = (text: string, start: number, end: number, matched: string): boolean => {
    const bare = familyWords.has(matched);
    let before: string | undefined;
    let after: string | undefined;
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index] as Rule;
      const { family, flags } = rule;
      // A rule of one family word reads a title that starts with it (before) or ends with it (after) too,
      // unless it is for the word alone; a rule of every family word reads the word alone.
      const applies = family
        ? matched === family ||
          (!(flags & ENGLISH_RULE.bare) &&
            (rule.before ? matched.startsWith(`${family} `) : matched.endsWith(` ${family}`)))
        : bare;
      if (!applies) continue;
      if (flags & ENGLISH_RULE.lowerCase && !isLower(text.charCodeAt(start))) continue;
      if (
        flags & ENGLISH_RULE.capitalised &&
        !(isUpper(text.charCodeAt(start)) && nextCapitalised(text, end))
      )
        continue;
      before ??= text.slice(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase();
      after ??= text.slice(end, end + CONTEXT_WINDOW).toLowerCase();
      if (rule.before && !rule.before.test(before)) continue;
      if (rule.after && !rule.after.test(after)) continue;
      if (flags & ENGLISH_RULE.endsPhrase && !phraseEnd.test(after)) continue;
      if (flags & ENGLISH_RULE.notAfterChannel && channel?.test(before)) continue;
      if (rule.near && !rule.near.test(clauseAround(text, start, end))) continue;
      return true;
    }
    return false;
  };

  return {
    find(text: string): EnglishMatch[] {
      const matches: EnglishMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index;
        if (WORD_UNIT.test(text.charAt(start - 1))) {
          pattern.lastIndex = start + 1;
          continue;
        }
        const end = start + m[0].length;
        const matched = m[0].toLowerCase().replace(/[ \t\u00a0]+/g, ' ');
        // Own properties only: every match is a form, but the object inherits from Object.prototype.
        const term = Object.hasOwn(termOf, matched) ? termOf[matched] : undefined;
        if (term === undefined || isBlocked(text, start, end, matched)) continue;
        matches.push({ start, end, term });
      }
      return matches;
    },
  };
}
