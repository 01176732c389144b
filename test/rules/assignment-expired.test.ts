import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'assignment-expired';

const file = (deadline: string) =>
  `kind: assignments\nassignments:\n  - id: JB-101\n    name: 秸秆禁烧专项巡查\n    applicant: 县生态环境分局\n    lead: {party: 乡镇（街道）, duties: [组织巡查]}\n    deadline: ${deadline}\n`;

describe('assignment-expired', () => {
  it('warns at the deadline of an assignment due before the as-of date', () => {
    const f = check(RULE, { 'assignments/a.yaml': file('2026-10-31') }, { asOf: '2026-11-23' });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 7, 15]]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('交办事项 JB-101 的完成时限 2026-10-31 已过（2026-11-23）');
    expect(f[0].item).toBe('JB-101');
  });

  it('accepts a deadline on or after the as-of date', () => {
    expect(check(RULE, { 'assignments/a.yaml': file('2026-11-23') }, { asOf: '2026-11-23' })).toEqual([]);
    expect(check(RULE, { 'assignments/a.yaml': file('2026-10-31') }, { asOf: '2026-10-30' })).toEqual([]);
  });
});
