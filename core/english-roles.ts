import type { EnglishRules, EnglishTables, LexiconTerm } from './lexicon-types';

/**
 * English role words and titles (Sales Representative, Marketing Manager, Operations), matched as whole words
 * ignoring case, except where a neighbouring word makes them a figure or another sense
 * ("sales grew", after-sales, IT operations).
 */
export interface EnglishMatch {
  start: number;
  end: number;
  term: number;
}

/** How far around a match the neighbouring-word rules look; longer than any blocking phrase. */
const CONTEXT_WINDOW = 40;
// Phrases and neighbouring words never cross a line break: the page engine passes each text run on its own,
// and the detect command joins runs with "\n", so both must read the same detections.

const WORD_UNIT = /[A-Za-z0-9]/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|');

interface FamilyWordRule {
  word: string;
  before: RegExp | undefined;
  after: RegExp | undefined;
}

export interface EnglishMatcher {
  find(text: string): EnglishMatch[];
}

/**
 * The matcher's patterns as RegExp sources, for `npm run lexicon`: sorting and escaping the forms and the
 * neighbouring words is done once there, so a page that needs the matcher only compiles them.
 */
export function buildEnglishTables(rules: EnglishRules, terms: readonly LexiconTerm[]): EnglishTables {
  return {
    // A form must start a word too: that is checked per match below, since a lookbehind at the start of the
    // pattern would be tried at every position of the text.
    pattern: rules.forms.length ? `(?:${alternation(rules.forms.map(([form]) => form))})(?![A-Za-z0-9])` : '',
    terms: Object.fromEntries(rules.forms),
    // Family words are the forms of the core entries ("sales", "marketing", "operations").
    familyWords: rules.forms
      .filter(([, term]) => terms[term]?.kind === 'core')
      .map(([word]) => {
        const before = rules.blockBefore[word];
        const after = rules.blockAfter[word];
        return [
          word,
          before?.length ? `(?:^|[^a-z0-9])(?:${alternation(before)})[ \\t\\u00a0-]*$` : '',
          after?.length ? `^[ \\t\\u00a0-]*(?:${alternation(after)})(?![a-z0-9])` : '',
        ];
      }),
  };
}

/** The matcher of `tables` (buildEnglishTables): a few RegExps compiled, nothing sorted or escaped. */
export function createEnglishMatcher(tables: EnglishTables): EnglishMatcher {
  if (!tables.pattern) return { find: () => [] };
  const pattern = new RegExp(tables.pattern, 'gi');
  const termOf = tables.terms;
  const familyWords: FamilyWordRule[] = [];
  for (let index = 0; index < tables.familyWords.length; index++) {
    const [word, before, after] = tables.familyWords[index] as [string, string, string];
    familyWords.push({
      word,
      before: before ? new RegExp(before) : undefined,
      after: after ? new RegExp(after) : undefined,
    });
  }

  const isBlocked = (text: string, start: number, end: number, matched: string): boolean => {
    for (const rule of familyWords) {
      if (rule.before && (matched === rule.word || matched.startsWith(`${rule.word} `))) {
        if (rule.before.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase()))
          return true;
      }
      if (rule.after && (matched === rule.word || matched.endsWith(` ${rule.word}`))) {
        if (rule.after.test(text.slice(end, end + CONTEXT_WINDOW).toLowerCase())) return true;
      }
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
