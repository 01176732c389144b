import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'assignment-admission';

const COMPLETE = [
  '    support:',
  '      - {party: 县生态环境分局, duties: [制定巡查方案，开展业务培训]}',
  '    explanation: 夏秋两季秸秆焚烧点多面广，需乡镇组织网格员巡查',
  '    procedure: [县生态环境分局制定方案, 乡镇组织巡查并上报火点]',
  '    deadline: 2026-12-31',
  '    safeguards: {funds: 县财政安排专项经费, staff: 县生态环境分局派员驻镇指导}',
  '    consulted: {date: 2026-05-10, opinion: 各乡镇同意}',
  '    review:',
  '      bianban: {by: 县委编办, date: 2026-05-15}',
  '      sifa: {by: 县司法局, date: 2026-05-16}',
  '    approval: {by: 县人民政府, date: 2026-05-20, document: 示政字〔2026〕8号}',
];

const file = (...assignments: string[][]) =>
  ['kind: assignments', 'assignments:', ...assignments.flatMap((lines, i) => [
    `  - id: JB-10${i + 1}`,
    '    name: 秸秆禁烧专项巡查',
    '    applicant: 县生态环境分局',
    '    lead: {party: 乡镇（街道）, duties: [组织巡查，发现火点及时劝阻并报告]}',
    ...lines,
  ]), ''].join('\n');

describe('assignment-admission', () => {
  it('lists every missing part of the admission record in one finding at the assignment', () => {
    const f = check(RULE, { 'assignments/a.yaml': file([], COMPLETE) });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 3, 5]]);
    expect(f[0].message).toBe(
      '交办事项 JB-101 的准入记录缺少：专项说明（explanation）、配合责任（support）、办事流程（procedure）、完成时限（deadline）、经费保障（safeguards.funds）、人员支持（safeguards.staff）、征求乡镇意见（consulted）、编办审核（review.bianban）、司法局审核（review.sifa）、党委政府批准（approval）',
    );
    expect(f[0].item).toBe('JB-101');
  });

  it('names single missing parts, in English too', () => {
    const partial = COMPLETE.filter((l) => !l.includes('sifa')).map((l) => l.replace(', staff: 县生态环境分局派员驻镇指导', ''));
    const f = check(RULE, { 'assignments/a.yaml': file(partial) }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 3, 5]]);
    expect(f[0].message).toBe('assignment JB-101 lacks parts of its admission record: staff (safeguards.staff), review by the justice bureau (review.sifa)');
  });

  it('accepts a complete record', () => {
    expect(check(RULE, { 'assignments/a.yaml': file(COMPLETE) })).toEqual([]);
  });
});
