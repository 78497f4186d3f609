import { existsSync, readFileSync } from 'node:fs';
import type { Detector } from '../../core/detector';
import type { PageContext } from '../../core/page-context';
import { FAMILIES, type Family } from '../../core/types';
import {
  LANGUAGES,
  type Language,
  type Score,
  type ScoredSpan,
  scoreUnits,
  sumTallies,
  type Tally,
  type Unit,
} from './score';
import { sharedPath } from './shared-paths';

/** Runs a detector over the labelled corpus and scores it; shared by `npm run eval` and the accuracy test. */

/** Revision 2 of the labels (../shared/corpus/LABELLING.md); revision 1 is no longer read. */
export const LABELED_MENTIONS = sharedPath('corpus', 'labeled-mentions-r2.jsonl');

export function readUnits(path = LABELED_MENTIONS): Unit[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Unit);
}

export const corpusAvailable = () => existsSync(LABELED_MENTIONS);

export interface Evaluation {
  score: Score;
  /** Each unit with what the detector found in it, to score again by source or half. */
  runs: { unit: Unit; detections: ScoredSpan[] }[];
  /** Detections whose start and end both fall on jieba word boundaries, and all detections. */
  jiebaAgreement?: { agreeing: number; total: number };
}

export interface EvaluateOptions {
  /** jieba's cut, to count detections on its word boundaries. */
  cut?: (text: string) => string[];
  /** The page context of a unit (corpus-sources.ts's unitContexts), as the extension would give it. */
  contextOf?: (unit: Unit) => PageContext | undefined;
}

export function evaluate(
  detector: Detector,
  units: Unit[],
  { cut, contextOf }: EvaluateOptions = {},
): Evaluation {
  const runs = units.map((unit) => ({ unit, detections: detector.detect(unit.text, contextOf?.(unit)) }));
  const evaluation: Evaluation = { score: scoreUnits(runs), runs };
  if (cut) {
    let agreeing = 0;
    let total = 0;
    for (const { unit, detections } of runs) {
      if (detections.length === 0) continue;
      const boundaries = new Set<number>([0]);
      let at = 0;
      for (const token of cut(unit.text)) {
        at += token.length;
        boundaries.add(at);
      }
      for (const detection of detections) {
        total++;
        if (boundaries.has(detection.start) && boundaries.has(detection.end)) agreeing++;
      }
    }
    evaluation.jiebaAgreement = { agreeing, total };
  }
  return evaluation;
}

export type Scope = Language | 'zh';
export const SCOPES: readonly Scope[] = ['zh', ...LANGUAGES];

/** The tally of one family in one scope; "zh" sums Simplified and Traditional. */
export function tallyOf(score: Score, scope: Scope, family: Family): Tally {
  if (scope === 'zh') return sumTallies([score.tallies['zh-Hans'][family], score.tallies['zh-Hant'][family]]);
  return score.tallies[scope][family];
}

export function totalOf(score: Score, scope: Scope): Tally {
  return sumTallies(FAMILIES.map((family) => tallyOf(score, scope, family)));
}

/** Targets of issue 11, on revision 2: Chinese per family (and per script), English per family. */
export const TARGETS: Record<'zh' | 'en', { precision: number; recall: number }> = {
  zh: { precision: 0.98, recall: 0.98 },
  en: { precision: 0.96, recall: 0.96 },
};

/** The runs scored again for each group `groupOf` puts a unit in (a source, a half), groups in order of size. */
export function scoreBy(
  runs: Evaluation['runs'],
  groupOf: (unit: Unit) => string,
): { group: string; units: number; score: Score }[] {
  const groups = new Map<string, Evaluation['runs']>();
  for (const run of runs) {
    const group = groupOf(run.unit);
    groups.set(group, [...(groups.get(group) ?? []), run]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([group, members]) => ({ group, units: members.length, score: scoreUnits(members) }));
}
