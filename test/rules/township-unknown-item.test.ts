import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { townshipFile as T } from './township-fixture.js';

describe('township-unknown-item', () => {
  it('reports an exclusion or adjustment of an item the county list does not hold', () => {
    const f = check('township-unknown-item', {
      'townships/东湖镇.yaml': T('exclude:\n  - {item: ZR-999, reason: 无, approval: 文1号}\nadjust:\n  - item: BASE-002\n    set: {office: 综合执法中心}\n'),
    });
    expect(where(f)).toEqual([
      ['township-unknown-item', 'townships/东湖镇.yaml', 4, 12],
      ['township-unknown-item', 'townships/东湖镇.yaml', 6, 11],
    ]);
    expect(f[0].message).toBe('东湖镇 引用的事项 ZR-999 不在县级清单中，或与本乡镇无关（已排除的事项不能再调整）');
  });

  it('reports adjusting an item the same file excludes', () => {
    const f = check('township-unknown-item', {
      'townships/东湖镇.yaml': T('exclude:\n  - {item: BASE-001, reason: 无耕地, approval: 文1号}\nadjust:\n  - item: BASE-001\n    set: {office: 综合执法中心}\n'),
    });
    expect(where(f)).toEqual([['township-unknown-item', 'townships/东湖镇.yaml', 6, 11]]);
  });

  it('is silent for an item of the county list', () => {
    expect(check('township-unknown-item', { 'townships/东湖镇.yaml': T('adjust:\n  - item: BASE-001\n    set: {office: 综合执法中心}\n') })).toEqual([]);
  });
});
