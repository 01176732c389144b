import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { MINI } from '../helpers.js';

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

const shandong = { ...MINI, 'resp.yaml': MINI['resp.yaml'].replace('profile: national', 'profile: shandong') };

const file = (...assignments: string[][]) =>
  ['kind: assignments', 'assignments:', ...assignments.flatMap((lines, i) => [
    `  - id: JB-10${i + 1}`,
    '    name: 秸秆禁烧专项巡查',
    '    applicant: 县生态环境分局',
    '    lead: {party: 乡镇（街道）, duties: [组织巡查，发现火点及时劝阻并报告]}',
    ...lines,
  ]), ''].join('\n');

describe('assignment-admission', () => {
  it('lists every missing part the national profile asks for in one finding at the assignment, citing the central document', () => {
    const f = check(RULE, { 'assignments/a.yaml': file([], COMPLETE) });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 3, 5]]);
    expect(f[0].message).toBe(
      '交办事项 JB-101 的准入记录缺少：配合责任（support）、办事流程（procedure）、完成时限（deadline）、经费保障（safeguards.funds）、人员支持（safeguards.staff）、党委政府批准（approval）',
    );
    expect(f[0].item).toBe('JB-101');
    expect(f[0].source).toBe('中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》（清单外事项准入）');
    expect(f[0].hint).not.toContain('专项说明');
  });

  it('under the shandong profile also asks for the explanation, the townships\' opinion and both reviews, citing Shandong\'s documents', () => {
    const f = check(RULE, { 'assignments/a.yaml': file([], COMPLETE) }, { base: shandong });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 3, 5]]);
    expect(f[0].message).toBe(
      '交办事项 JB-101 的准入记录缺少：专项说明（explanation）、配合责任（support）、办事流程（procedure）、完成时限（deadline）、经费保障（safeguards.funds）、人员支持（safeguards.staff）、征求乡镇意见（consulted）、编办审核（review.bianban）、司法局审核（review.sifa）、党委政府批准（approval）',
    );
    expect(f[0].source).toBe('山东省乡镇人民政府工作条例第四条第二款、第三款；鲁编办发〔2019〕4号（交办事项准入）');
  });

  it('names single missing parts, in English too', () => {
    const partial = COMPLETE.filter((l) => !l.includes('sifa')).map((l) => l.replace(', staff: 县生态环境分局派员驻镇指导', ''));
    const f = check(RULE, { 'assignments/a.yaml': file(partial) }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 3, 5]]);
    expect(f[0].message).toBe('assignment JB-101 lacks parts of its admission record: staff (safeguards.staff)');
    const sd = check(RULE, { 'assignments/a.yaml': file(partial) }, { lang: 'en', base: shandong });
    expect(sd[0].message).toBe('assignment JB-101 lacks parts of its admission record: staff (safeguards.staff), review by the justice bureau (review.sifa)');
  });

  it('reports funds left with the townships and an approval by a department, each at its field', () => {
    const withFunds = (funds: string) => COMPLETE.map((l) => (l.startsWith('    safeguards:') ? `    safeguards: {funds: ${funds}, staff: 县生态环境分局派员驻镇指导}` : l));
    const withApproval = (by: string) => COMPLETE.map((l) => (l.startsWith('    approval:') ? `    approval: {by: ${by}, date: 2026-05-20, document: 示环字〔2026〕8号}` : l));
    const f = check(RULE, { 'assignments/a.yaml': file(withFunds('由乡镇自行解决'), withFunds('无'), withFunds('按照属地管理原则由乡镇（街道）承担'), withApproval('县生态环境分局'), withApproval('县应急局')) });
    expect(where(f)).toEqual([
      [RULE, 'assignments/a.yaml', 12, 25],
      [RULE, 'assignments/a.yaml', 27, 25],
      [RULE, 'assignments/a.yaml', 42, 25],
      [RULE, 'assignments/a.yaml', 62, 20],
      [RULE, 'assignments/a.yaml', 77, 20],
    ]);
    expect(f.map((x) => x.messageId)).toEqual(['hollowFunds', 'hollowFunds', 'hollowFunds', 'selfApproved', 'approvedByDepartment']);
    expect(f[0].message).toBe('交办事项 JB-101 的经费保障写的是“由乡镇自行解决”：经费没有随任务落到乡镇');
    expect(f[3].message).toBe('交办事项 JB-104 由申请部门“县生态环境分局”自己批准：清单外事项须报本级党委、政府批准');
  });

  it('accepts funds the county pays to the townships and an approval by the county government', () => {
    const withFunds = (funds: string) => COMPLETE.map((l) => (l.startsWith('    safeguards:') ? `    safeguards: {funds: ${funds}, staff: 县生态环境分局派员驻镇指导}` : l));
    expect(check(RULE, { 'assignments/a.yaml': file(withFunds('县财政按每户8元标准拨付乡镇（街道）'), withFunds('县财政统筹安排专项经费')) })).toEqual([]);
  });

  it('accepts a complete record', () => {
    expect(check(RULE, { 'assignments/a.yaml': file(COMPLETE) })).toEqual([]);
  });
});
