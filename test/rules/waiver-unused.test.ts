import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { DEFECT, withWaiver } from './waiver-fixture.js';

describe('waiver-unused', () => {
  it('reports a waiver that matches no finding, at its entry in resp.yaml', () => {
    const f = check('*', DEFECT, { base: withWaiver('township-enforcement', 'ZR-999', '2099-12-31') });
    expect(where(f)).toEqual([
      ['township-enforcement', 'domains/a.yaml', 9, 34],
      ['waiver-unused', 'resp.yaml', 5, 5],
    ]);
    expect(f[1].message).toBe('对事项 ZR-999 的 township-enforcement 豁免没有对应的问题');
    expect(f[1].severity).toBe('warning');
  });

  it('names a misspelt rule id and suggests the right one', () => {
    const f = check('waiver-unused', DEFECT, { base: withWaiver('township-enforcment', 'ZR-101', '2099-12-31') });
    expect(where(f)).toEqual([['waiver-unused', 'resp.yaml', 5, 5]]);
    expect(f[0].message).toBe('豁免中的规则 township-enforcment 不存在，是否指 township-enforcement？');
  });

  it('is switched off like any rule', () => {
    const base = withWaiver('township-enforcement', 'ZR-999', '2099-12-31');
    base['resp.yaml'] = base['resp.yaml'].replace('waivers:', 'rules:\n  waiver-unused: off\nwaivers:');
    expect(check('waiver-unused', DEFECT, { base })).toEqual([]);
  });

  it('does not report a waiver that is used', () => {
    expect(check('*', DEFECT, { base: withWaiver('township-enforcement', 'ZR-101', '2099-12-31') })).toEqual([]);
  });
});
