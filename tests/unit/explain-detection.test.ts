import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { explainDetection } from '../../core/explain-detection';
import { getTerm } from '../../core/term-catalog';

const SELECTED = ['v01', 'v12'];

function explainFirst(text: string) {
  const [detection] = detector.detect(text);
  if (!detection) throw new Error(`nothing detected in ${text}`);
  return { detection, explanation: explainDetection(detection, SELECTED, detector) };
}

describe('explainDetection', () => {
  it('explains a detected title through its entry, with the parts read from the page text', () => {
    const { detection, explanation } = explainFirst('招聘用户运营专员两名');
    expect(detection.text).toBe('用户运营专员');
    expect(explanation?.family).toBe('operations');
    expect(explanation?.term.parts).toMatchObject({ object: '用户', level: '专员' });
    expect(explanation?.takes.map((take) => take.id)).toEqual(SELECTED);
  });

  it('explains a Traditional form through the same entry as the Simplified one', () => {
    const { explanation } = explainFirst('誠徵營運專員');
    expect(explanation?.family).toBe('operations');
    expect(explanation?.definition.text).toBe(explainFirst('运营').explanation?.definition.text);
  });

  it('still explains a title that has no line of its own in data/terms.json, through its family', () => {
    const built = ['快手运营', '抖音运营', '小红书运营']
      .map((text) => explainFirst(text))
      .find(({ detection }) => !getTerm(detection.term));
    if (!built) throw new Error('expected the detector to build at least one title from its parts');
    expect(built.explanation?.family).toBe('operations');
    expect(built.explanation?.titleNotes).toEqual([]);
  });

  it('gives nothing for an id the detector does not know', () => {
    const unknown = { start: 0, end: 2, text: '运营', term: 'no such entry', family: 'operations' as const };
    expect(explainDetection(unknown, SELECTED, detector)).toBeUndefined();
  });
});
