import { FAMILIES, type Family } from '../../core/types';

/**
 * Overlap scoring of detections against labelled candidates (revision 2 of the labels, issue 11):
 * - a labelled role candidate is found when a detection of the same family overlaps it;
 * - a detection that overlaps a candidate of its own family is correct, even when it also touches a `none`
 *   candidate: 销售 in 执行销售 overlaps the false join 行销 (`none`) and its own 销售 (`sales`);
 * - otherwise a detection that overlaps a `none` candidate or a candidate of another family is a false positive;
 * - a detection that overlaps no candidate is unscored (titles such as 运营总监 are scored through the 运营 in them).
 */
export type Label = Family | 'none';
export type Language = 'zh-Hans' | 'zh-Hant' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-Hans', 'zh-Hant', 'en'];

export interface Candidate {
  start: number;
  end: number;
  surface: string;
  label: Label;
  note?: string;
}

export interface Unit {
  unit_id: string;
  lang: Language;
  text: string;
  candidates: Candidate[];
}

export interface ScoredSpan {
  start: number;
  end: number;
  family: Family;
  text: string;
}

export type ErrorKind = 'false-positive' | 'miss';

export interface ScoreError {
  kind: ErrorKind;
  unit: Unit;
  start: number;
  end: number;
  /** The family detected (false positive) or expected (miss). */
  family: Family;
  /** For a false positive: the label of the candidate it overlaps. */
  label?: Label;
}

export interface Tally {
  /** Detections that overlap a candidate of their family. */
  correct: number;
  falsePositives: number;
  found: number;
  missed: number;
}

export interface Score {
  /** tallies[language][family] */
  tallies: Record<Language, Record<Family, Tally>>;
  errors: ScoreError[];
  unscored: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export const emptyTally = (): Tally => ({ correct: 0, falsePositives: 0, found: 0, missed: 0 });

function emptyTallies(): Record<Language, Record<Family, Tally>> {
  const byLanguage = {} as Record<Language, Record<Family, Tally>>;
  for (const language of LANGUAGES) {
    const byFamily = {} as Record<Family, Tally>;
    for (const family of FAMILIES) byFamily[family] = emptyTally();
    byLanguage[language] = byFamily;
  }
  return byLanguage;
}

export function scoreUnits(units: { unit: Unit; detections: ScoredSpan[] }[]): Score {
  const tallies = emptyTallies();
  const errors: ScoreError[] = [];
  let unscored = 0;
  for (const { unit, detections } of units) {
    const byFamily = tallies[unit.lang];
    for (const detection of detections) {
      const touched = unit.candidates.filter((candidate) => overlaps(candidate, detection));
      const tally = byFamily[detection.family];
      const own = touched.some((candidate) => candidate.label === detection.family);
      const wrong = own ? undefined : touched.find((candidate) => candidate.label !== detection.family);
      if (wrong) {
        tally.falsePositives++;
        errors.push({
          kind: 'false-positive',
          unit,
          ...span(detection),
          family: detection.family,
          label: wrong.label,
        });
      } else if (touched.length > 0) tally.correct++;
      else unscored++;
    }
    for (const candidate of unit.candidates) {
      if (candidate.label === 'none') continue;
      const family = candidate.label;
      const hit = detections.some(
        (detection) => detection.family === family && overlaps(detection, candidate),
      );
      if (hit) byFamily[family].found++;
      else {
        byFamily[family].missed++;
        errors.push({ kind: 'miss', unit, ...span(candidate), family });
      }
    }
  }
  return { tallies, errors, unscored };
}

const span = ({ start, end }: { start: number; end: number }) => ({ start, end });

/** Sums tallies, e.g. zh-Hans and zh-Hant into "Chinese". */
export function sumTallies(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    total.correct += tally.correct;
    total.falsePositives += tally.falsePositives;
    total.found += tally.found;
    total.missed += tally.missed;
  }
  return total;
}

/** Precision over scored detections; 1 when nothing was detected (no claim, no false claim). */
export const precision = (t: Tally) =>
  t.correct + t.falsePositives === 0 ? 1 : t.correct / (t.correct + t.falsePositives);
export const recall = (t: Tally) => (t.found + t.missed === 0 ? 1 : t.found / (t.found + t.missed));
