import { type Detector, titleParts } from './detector';
import { explainEntry } from './knowledge';
import type { TermExplanation } from './knowledge-types';
import type { Detection } from './types';

/**
 * The card for a detection on a page: the detector's entry (which also covers titles built from parts,
 * such as 快手运营) with the parts read from the matched text (用户运营专员 → 对象：用户 · 职级：专员).
 */
export function explainDetection(
  detection: Detection,
  selectedViewpointIds: readonly string[],
  from: Detector,
): TermExplanation | undefined {
  const entry = from.term(detection.term);
  if (!entry) return undefined;
  const parts = titleParts(detection.term, detection.text, from);
  return explainEntry({ ...entry, parts }, selectedViewpointIds);
}
