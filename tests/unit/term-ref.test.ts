import { describe, expect, it } from 'vitest';
import { detector, pageDetector } from '../../core/detector';
import { cardForDetection } from '../../core/knowledge/detection-card';
import { termIndexOf, termRef } from '../../core/term-ref';

const TEXT = '招聘用户运营、营销策划和大客户销售；誠徵業務專員；Sales Representative, marketing manager';

describe("the content script's detector names terms by reference", () => {
  it('finds exactly what the tools’ detector finds, each term a reference to the same entry', () => {
    const byId = detector.detect(TEXT);
    const byRef = pageDetector.detect(TEXT);
    expect(byRef.map(({ term, ...rest }) => rest)).toEqual(byId.map(({ term, ...rest }) => rest));
    expect(byRef.every((found) => termIndexOf(found.term) !== undefined)).toBe(true);
    expect(byId.length).toBeGreaterThan(5);
  });

  it('gets the same card from the background by reference as by id', () => {
    const [byId] = detector.detect('用户运营');
    const [byRef] = pageDetector.detect('用户运营');
    if (!byId || !byRef) throw new Error('no detection');
    expect(cardForDetection(byRef, ['v01'])).toEqual(cardForDetection(byId, ['v01']));
    expect(cardForDetection(byRef, [])?.entry.id).toBe('用户运营');
  });

  it('reads back only well-formed references, and an unknown index gives no card', () => {
    expect(termIndexOf(termRef(12))).toBe(12);
    for (const term of ['用户运营', '#', '#-1', '#1.5', '#x']) expect(termIndexOf(term)).toBeUndefined();
    expect(cardForDetection({ term: termRef(100_000), text: '运营' }, [])).toBeUndefined();
  });
});
