import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Detector } from '../../core/detector';
import { FAMILIES, type Family } from '../../core/types';
import { PROJECT_ROOT } from './lexicon-sources';
import { LANGUAGES, type Language, type Score, scoreUnits, sumTallies, type Tally, type Unit } from './score';

/** Runs a detector over the labelled corpus and scores it; shared by `npm run eval` and the accuracy test. */

export const LABELED_MENTIONS = resolve(PROJECT_ROOT, '../shared/corpus/labeled-mentions.jsonl');

export function readUnits(path = LABELED_MENTIONS): Unit[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Unit);
}

export const corpusAvailable = () => existsSync(LABELED_MENTIONS);

export interface Evaluation {
  score: Score;
  /** Detections whose start and end both fall on jieba word boundaries, and all detections. */
  jiebaAgreement?: { agreeing: number; total: number };
}

export function evaluate(detector: Detector, units: Unit[], cut?: (text: string) => string[]): Evaluation {
  const runs = units.map((unit) => ({ unit, detections: detector.detect(unit.text) }));
  const evaluation: Evaluation = { score: scoreUnits(runs) };
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

/** Targets of issue 3: Chinese per family, English per family. */
export const TARGETS: Record<'zh' | 'en', { precision: number; recall: number }> = {
  zh: { precision: 0.98, recall: 0.97 },
  en: { precision: 0.95, recall: 0.93 },
};
