import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { FAMILIES } from '../../core/types';
import { unitContexts } from '../../scripts/lib/corpus-sources';
import {
  corpusAvailable,
  evaluate,
  LABELED_MENTIONS,
  readUnits,
  SCOPES,
  TARGETS,
  tallyOf,
} from '../../scripts/lib/evaluate';
import { precision, recall } from '../../scripts/lib/score';

// The targets of issue 11 on ../shared/corpus/labeled-mentions-r2.jsonl (overlap scoring: a detection that
// overlaps a candidate of its own family is correct). The Chinese targets hold for Simplified and Traditional
// together and for each of them alone; `npm run eval` prints them, per source and per half, and every error.
const available = corpusAvailable();

/**
 * Where detection is still below the targets, as `${scope} ${family}`: the test expects these to fail, and turns
 * red when one reaches its target, so the list only shrinks. Empty since issue 11's Chinese rules.
 */
const BELOW_TARGET = new Set<string>([]);
if (!available) console.warn(`accuracy test skipped: ${LABELED_MENTIONS} not found`);

describe.skipIf(!available)('detection accuracy on the labelled corpus', () => {
  // With each unit's page context, as the extension reads a posting (its title).
  const { score } = available
    ? evaluate(detector, readUnits(), { contextOf: unitContexts() })
    : { score: undefined };

  for (const scope of SCOPES) {
    const target = scope === 'en' ? TARGETS.en : TARGETS.zh;
    for (const family of FAMILIES) {
      const test = BELOW_TARGET.has(`${scope} ${family}`) ? it.fails : it;
      test(`${scope} ${family}: precision ≥ ${target.precision}, recall ≥ ${target.recall}`, () => {
        if (!score) throw new Error('no score');
        const tally = tallyOf(score, scope, family);
        expect(precision(tally)).toBeGreaterThanOrEqual(target.precision);
        expect(recall(tally)).toBeGreaterThanOrEqual(target.recall);
      });
    }
  }
});
