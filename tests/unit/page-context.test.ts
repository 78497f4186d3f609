import { describe, expect, it } from 'vitest';
import { detector } from '../../core/detector';
import { createSignalReader, NO_SIGNALS } from '../../core/page-context';

const hasRole = (text: string) => detector.detect(text).length > 0;

describe('page context signals', () => {
  const signalsOf = createSignalReader(hasRole);

  it('reads a title or heading that names technical work as technical', () => {
    for (const title of [
      'IT Support Technician',
      'Senior Site Reliability Engineer',
      'Network Administrator (Data Center)',
      '大数据开发工程师',
      '資料庫管理師',
      'Site-Reliability Lead',
      'FULL STACK lead',
    ])
      expect(signalsOf({ title }).technical, title).toBe(true);
    expect(signalsOf({ title: 'Careers', heading: 'Cloud Platform Team' }).technical).toBe(true);
  });

  it('does not call a page technical when its title is a role of the three families or names no technical work', () => {
    for (const title of [
      'Sales Engineer',
      'Marketing Technology Manager, IT industry',
      '销售工程师',
      'Store Manager',
      'It is a great place to work',
      'Digital Marketing Specialist',
      '用户运营',
    ])
      expect(signalsOf({ title }).technical, title).toBe(false);
  });

  it('tells the script of the context from the characters only one script has', () => {
    expect(signalsOf({ title: '業務專員（台北）' }).script).toBe('zh-Hant');
    expect(signalsOf({ title: '业务专员（北京）' }).script).toBe('zh-Hans');
    expect(signalsOf({ title: 'Account Executive' }).script).toBeUndefined();
    // Characters both scripts share (人, 工, 作) decide nothing.
    expect(signalsOf({ title: '工作人员' }).script).toBe('zh-Hans');
    expect(signalsOf({ title: '工作人' }).script).toBeUndefined();
  });

  it('gives no signal without a context, and reads title and heading together', () => {
    expect(signalsOf(undefined)).toBe(NO_SIGNALS);
    expect(signalsOf({})).toBe(NO_SIGNALS);
    expect(signalsOf({ title: '招聘', heading: 'Java开发' }).technical).toBe(true);
  });

  it('asks the role test once per context, however many texts share it', () => {
    let asked = 0;
    const counting = createSignalReader((text) => {
      asked++;
      return hasRole(text);
    });
    for (let index = 0; index < 100; index++) counting({ title: 'IT Support', heading: 'Duties' });
    expect(asked).toBe(1);
    for (let index = 0; index < 100; index++) counting({ title: 'IT Support', heading: `Section ${index}` });
    expect(asked).toBe(101);
  });
});
