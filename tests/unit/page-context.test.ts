import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { createSignalReader, NO_SIGNALS } from '../../core/page-context';
import { scriptChars } from '../../data/generated/lexicon.json';

describe('page context signals', () => {
  const signalsOf = createSignalReader(scriptChars);

  it('tells the script of the context from the characters only one script has', () => {
    expect(signalsOf({ title: '業務專員（台北）' }).script).toBe('zh-Hant');
    expect(signalsOf({ title: '业务专员（北京）' }).script).toBe('zh-Hans');
    expect(signalsOf({ title: 'Account Executive' }).script).toBeUndefined();
    // Characters both scripts share (人, 工, 作) decide nothing.
    expect(signalsOf({ title: '工作人员' }).script).toBe('zh-Hans');
    expect(signalsOf({ title: '工作人' }).script).toBeUndefined();
    // The majority decides a mixed context.
    expect(signalsOf({ title: '業務專員', heading: '岗位职责' }).script).toBe('zh-Hant');
  });

  it('gives no signal without a context, and reads title and heading together', () => {
    expect(signalsOf(undefined)).toBe(NO_SIGNALS);
    expect(signalsOf({})).toBe(NO_SIGNALS);
    expect(signalsOf({ title: '招聘', heading: '业务发展' }).script).toBe('zh-Hans');
  });

  it('carries the commonest characters the scripts write apart, pairwise and never shared', () => {
    const hans = [...scriptChars.hans];
    const hant = [...scriptChars.hant];
    expect(hans).toHaveLength(hant.length);
    for (const char of hans) expect(hant, char).not.toContain(char);
    for (const char of ['这', '个', '业', '们', '为', '时', '员']) expect(hans).toContain(char);
    // The reader counts them by UTF-16 unit: each must be one.
    expect(scriptChars.hans).toHaveLength(hans.length);
    expect(scriptChars.hant).toHaveLength(hant.length);
  });

  it('reads a context again once a new one comes, even after the same one many times', () => {
    const reader = createSignalReader(scriptChars);
    const traditional = { title: '業務專員' };
    for (let run = 0; run < 3; run++) expect(reader(traditional).script).toBe('zh-Hant');
    expect(reader({ title: '业务专员' }).script).toBe('zh-Hans');
    expect(reader(undefined)).toBe(NO_SIGNALS);
    expect(reader(traditional).script).toBe('zh-Hant');
  });
});

describe('the detector reads the page context', () => {
  const titleEnding = '外商公司業務';

  it('takes a title ending in 業務 as the sales role on a Traditional or unknown page', () => {
    expect(detector.detect(titleEnding).map((d) => d.family)).toEqual(['sales']);
    expect(detector.detect(titleEnding, { title: '徵才 - 業務專員' }).map((d) => d.family)).toEqual([
      'sales',
    ]);
    expect(detector.detect(titleEnding, { title: 'Careers' }).map((d) => d.family)).toEqual(['sales']);
  });

  it('does not on a page whose title or heading is Simplified: there 業務 is business unless its words say role', () => {
    expect(detector.detect(titleEnding, { title: '外贸公司业务岗位招聘（上海）' })).toEqual([]);
    expect(detector.detect(titleEnding, { heading: '这个岗位' })).toEqual([]);
    // What the words around it say still holds: 業務 + 專員 is a title on any page.
    expect(
      detector.detect('外商公司業務專員', { title: '外贸公司业务岗位招聘（上海）' }).map((d) => d.text),
    ).toEqual(['業務專員']);
  });

  it('gives the same detections with no context as with an empty one', () => {
    const text = '招聘营销策划、销售代表和用户运营；Sales Representative wanted. 誠徵業務';
    expect(detector.detect(text, {})).toEqual(detector.detect(text));
  });
});
