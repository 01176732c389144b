import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

describe('unknown-township', () => {
  it('reports a file for a township the registry does not hold', () => {
    const f = check('unknown-township', { 'townships/x.yaml': 'kind: township\ntownship: 东胡镇\n' });
    expect(where(f)).toEqual([['unknown-township', 'townships/x.yaml', 2, 11]]);
  });

  it('is silent for a registered township, and a valid township file gives no findings at all', () => {
    const f = check('*', {
      'townships/东湖镇.yaml': 'kind: township\ntownship: 东湖镇\nexclude:\n  - {item: BASE-001, reason: 本镇无耕地, approval: 示县编办函〔2026〕1号}\n',
      'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nadjust:\n  - item: BASE-001\n    set: {office: 综合执法中心, duties: [巡查]}\n',
    });
    expect(f).toEqual([]);
  });
});
