import type { EnglishRules, EnglishTables, LexiconTerm } from './lexicon-types';

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

/**
 * Flags of a rule in EnglishTables.rules: the match must start with a lower-case letter, be capitalised (and
 * the word after it), end its noun phrase (EnglishTables.phraseEnd).
 */
export const LOWER_CASE = 1;
export const CAPITALISED = 2;
export const ENDS_PHRASE = 4;

const WORD_UNIT = /[A-Za-z0-9]/;
const SPACE = '[ \\t\\u00a0]';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const spaced = (word: string) => escapeRegExp(word).replace(/ /g, `${SPACE}+`);
const alternation = (words: string[]) => [...words].sort(longestFirst).map(spaced).join('|');
/** A verb and its regular forms: drive → driv(?:e[sd]?|ing), boost → boost(?:s|ed|ing)?. */
const verbForms = (verb: string) =>
  verb.endsWith('e') ? `${verb.slice(0, -1)}(?:e[sd]?|ing)` : `${verb}(?:s|ed|ing)?`;
const startsLettered = (word: string) => /^[a-z0-9]/.test(word);

export interface EnglishMatcher {
  find(text: string): EnglishMatch[];
}

/**
 * The matcher's patterns as RegExp sources, for `npm run lexicon`: sorting and escaping the forms and the
 * neighbouring words, and folding each rule's conditions into them, is done once there, so a page that needs
 * the matcher only compiles them.
 */
export function buildEnglishTables(rules: EnglishRules, terms: readonly LexiconTerm[]): EnglishTables {
  const phraseEnd = alternation(rules.phraseEnd);
  // The end of the text or the line, a punctuation mark or a number, a word that starts another phrase, or
  // "and", "or", "&" before anything but a partner word (sales and marketing team: one compound).
  const endOfPhrase =
    `^(?:${SPACE}*(?:$|[\\n\\r.,;:!?()[\\]"“”…–—|•·*0-9])|${SPACE}+(?:(?:and|or|&)${SPACE}+` +
    `(?!(?:${alternation(rules.partners)})(?![a-z0-9]))|(?:${phraseEnd})(?![a-z0-9])))`;
  const notAfterChannel = `(?<!(?:^|[^a-z0-9])(?:${alternation(rules.channels)})[ \\t\\u00a0-]*)`;
  const familyWords = rules.forms.filter(([, term]) => terms[term]?.kind === 'core').map(([word]) => word);
  const forms = [...rules.forms].sort(([a], [b]) => longestFirst(a, b));
  return {
    // One group per form, longest first: the group that matched gives the term. A form must start a word
    // too: that is checked per match below, since a lookbehind at the start of the pattern would be tried at
    // every position of the text.
    pattern: forms.length ? `(?:${forms.map(([form]) => `(${spaced(form)})`).join('|')})(?![A-Za-z0-9])` : '',
    terms: forms.map(([, term]) => term),
    phraseEnd: endOfPhrase,
    rules: rules.rules.map((rule) => {
      // The forms it reads: its family word (every family word when it names none), and unless it is for the
      // word alone the titles that start with it (a rule on the words before) or end with it (after).
      const words = rule.family ? [rule.family] : familyWords;
      const reads = rules.forms
        .filter(
          ([form]) =>
            words.includes(form) ||
            (!rule.bare &&
              words.some((word) => (rule.before ? form.startsWith(`${word} `) : form.endsWith(` ${word}`)))),
        )
        .map(([, term]) => term);
      // Words between a `before` word and the family word: any but those that end a phrase (a preposition
      // starts another one: grow your career in sales).
      const between = rule.reach
        ? `(?:${SPACE}+(?!(?:${phraseEnd})(?![a-z0-9]))[a-z0-9'’&-]+){0,${rule.reach}}`
        : '';
      // Words at the start of a word: not after a hyphen either (results-driven), unless they start with a
      // sign (% of).
      const before = rule.before ?? [];
      const lettered = [
        ...(rule.verbs ?? []).map(verbForms),
        ...(before.some(startsLettered) ? [alternation(before.filter(startsLettered))] : []),
      ];
      const signed = before.filter((word) => !startsLettered(word));
      const starts = [
        ...(lettered.length ? [`(?:^|[^a-z0-9-])(?:${lettered.join('|')})`] : []),
        ...(signed.length ? [alternation(signed)] : []),
      ];
      const after = rule.after?.length ? `[ \\t\\u00a0-]*(?:${alternation(rule.after)})(?![a-z0-9])` : '';
      return [
        reads,
        (rule.lowerCase ? LOWER_CASE : 0) |
          (rule.capitalised ? CAPITALISED : 0) |
          (rule.endsPhrase ? ENDS_PHRASE : 0),
        starts.length
          ? `(?:${starts.join('|')})${between}[ \\t\\u00a0-]*${rule.notAfterChannel ? notAfterChannel : ''}$`
          : '',
        after ? `^${after}` : '',
        rule.near?.length ? `(?:^|[^a-z0-9])(?:${alternation(rule.near)})(?![a-z0-9])` : '',
      ];
    }),
  };
}

const CLAUSE_ENDS = /[\n;!?]/;
const NEXT_CAPITALISED = /^[ \t\u00a0]+[A-Z]/;
const compiled = (source: string) => (source ? new RegExp(source) : undefined);

/** The matcher of `tables` (buildEnglishTables): a few RegExps compiled, nothing sorted or escaped. */
export function createEnglishMatcher(tables: EnglishTables): EnglishMatcher {
  if (!tables.pattern) return { find: () => [] };
  const pattern = new RegExp(tables.pattern, 'gi');
  const termOf = tables.terms;
  const phraseEnd = new RegExp(tables.phraseEnd);
  // Each term's rules, so a match reads only its own (most terms have none).
  const rulesOf = new Map<number, (readonly [number, RegExp?, RegExp?, RegExp?])[]>();
  for (const [terms, flags, before, after, near] of tables.rules) {
    const rule = [flags, compiled(before), compiled(after), compiled(near)] as const;
    for (const term of terms) rulesOf.set(term, [...(rulesOf.get(term) ?? []), rule]);
  }

  /** Whether a rule puts the match of `term` at [start, end) in its class: then it is not the role. */
  const isBlocked = (text: string, start: number, end: number, term: number): boolean => {
    const termRules = rulesOf.get(term);
    if (!termRules) return false;
    const first = text.charCodeAt(start);
    let before: string | undefined;
    let after: string | undefined;
    // Indexed: this runs for every English match, mostly before V8 optimises it (see core/detector.ts).
    for (let index = 0; index < termRules.length; index++) {
      const [flags, beforeRule, afterRule, nearRule] = termRules[index] as (typeof termRules)[number];
      if (
        (flags & LOWER_CASE && !(first >= 0x61 && first <= 0x7a)) ||
        (flags & CAPITALISED &&
          !(first >= 0x41 && first <= 0x5a && NEXT_CAPITALISED.test(text.slice(end, end + 9))))
      )
        continue;
      before ??= text.slice(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase();
      after ??= text.slice(end, end + CONTEXT_WINDOW).toLowerCase();
      if (
        (!beforeRule || beforeRule.test(before)) &&
        (!afterRule || afterRule.test(after)) &&
        !(flags & ENDS_PHRASE && !phraseEnd.test(after)) &&
        // The clause: at most CLAUSE_REACH characters each way, not past a line break or ; ! ?.
        (!nearRule ||
          nearRule.test(
            `${text
              .slice(Math.max(0, start - CLAUSE_REACH), start)
              .split(CLAUSE_ENDS)
              .pop()} ${text.slice(end, end + CLAUSE_REACH).split(CLAUSE_ENDS)[0]}`.toLowerCase(),
          ))
      )
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
        let group = 1;
        while (m[group] === undefined) group++;
        const term = termOf[group - 1] as number;
        if (!isBlocked(text, start, end, term)) matches.push({ start, end, term });
      }
      return matches;
    },
  };
}
