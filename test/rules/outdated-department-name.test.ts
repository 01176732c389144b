import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'outdated-department-name';

const domain = [
  'kind: domain',
  'domain: 综合',
  'items:',
  '  - id: ZH-101',
  '    name: 综合事项',
  '    lead: {party: 县安监局, duties: [依法查处]}',
  '    support:',
  '      - {party: 县质监局, duties: [配合]}',
  '      - {party: 市环保局, duties: [配合]}',
  '      - {party: 县城管执法局, duties: [配合]}',
  '      - {party: 县文化和旅游局, duties: [配合]}',
  '      - {party: 县农业农村局, duties: [配合]}',
  '      - {party: 县自然资源和规划局, duties: [配合]}',
  '    steps:',
  '      - {id: S1, title: 受理, party: 县国土资源局}',
  '    manual:',
  '      - {situation: 发现违法占地, party: 县国土局}',
  '    delegation: {route: 委托, in_name_of: 部门, entrusted_by: 县卫计委, document: 示卫委〔2026〕1号}',
  '',
].join('\n');

describe('outdated-department-name', () => {
  it('reports registered former names with the registered current name, and names from the reform table', () => {
    const f = check(RULE, { 'domains/a.yaml': domain });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 6, 19],
      [RULE, 'domains/a.yaml', 8, 17],
      [RULE, 'domains/a.yaml', 9, 17],
      [RULE, 'domains/a.yaml', 10, 17],
      [RULE, 'domains/a.yaml', 15, 36],
      [RULE, 'domains/a.yaml', 17, 36],
      [RULE, 'domains/a.yaml', 18, 59],
    ]);
    expect(f.map((x) => x.message)).toEqual([
      '“县安监局”是机构改革前的名称，现为“示例县应急管理局”',
      '“县质监局”是机构改革前的名称，现为“市场监督管理局”',
      '“市环保局”是机构改革前的名称，现为“生态环境局”（县级实行垂直管理后为设区的市生态环境局的派出分局，如××市生态环境局××县分局）',
      '“县城管执法局”可能是机构改革前的名称，各地多改为“综合行政执法局”或“城市管理局”',
      '“县国土资源局”是机构改革前的名称，现为“示例县自然资源和规划局”',
      '“县国土局”是机构改革前的名称，现为“自然资源局”或“自然资源和规划局”',
      '“县卫计委”是机构改革前的名称，现为“卫生健康局”或“卫生健康委员会”',
    ]);
    expect(f.map((x) => x.hint)).toEqual([
      '改写为登记名称“示例县应急管理局”或其登记的简称',
      '改写为“县市场监督管理局”，并在 registry/departments.yaml 的 former 中登记旧名',
      '改写为“示例市生态环境局示例县分局”，并在 registry/departments.yaml 的 former 中登记旧名',
      '核对本地机构改革方案：已更名的改写为现名称；仍用此名的，在 registry/departments.yaml 中登记',
      '改写为登记名称“示例县自然资源和规划局”或其登记的简称',
      '改写为“示例县自然资源和规划局”，并在 registry/departments.yaml 的 former 中登记旧名',
      '改写为“县卫生健康局”，并在 registry/departments.yaml 的 former 中登记旧名',
    ]);
    expect(f.every((x) => x.item === 'ZH-101')).toBe(true);
    // Unregistered old names of parties stand for unknown-party too: the worse level of the two (error).
    expect(f.map((x) => x.severity)).toEqual(['warning', 'error', 'error', 'error', 'warning', 'warning', 'warning']);
  });

  it('speaks English', () => {
    const f = check(RULE, { 'domains/a.yaml': domain }, { lang: 'en' });
    expect(f[0].message).toBe('"县安监局" is a pre-reform name; the department is now "示例县应急管理局"');
  });

  it('accepts a name the county registered, even when the table lists it', () => {
    const base = (departments: string) => ({
      'registry/departments.yaml': `kind: departments\ndepartments:\n  - {name: 示例县城管执法局, level: 县级, type: 行政机关}\n${departments}`,
      'domains/a.yaml': 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-101\n    name: 占道经营的查处\n    lead: {party: 示例县城管执法局, duties: [依法查处]}\n',
    });
    expect(check(RULE, base(''))).toEqual([]);
  });

  it('checks the applicant and parties of assignments', () => {
    const f = check(RULE, {
      'assignments/a.yaml': 'kind: assignments\nassignments:\n  - id: JB-101\n    name: 扶贫对象动态监测\n    applicant: 县扶贫办\n    lead: {party: 乡镇（街道）, duties: [摸排上报]}\n',
    });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 5, 16]]);
    expect(f[0].message).toBe('“县扶贫办”是机构改革前的名称，现为“农业农村局”（2021年改为乡村振兴局，2023年起职责并入农业农村部门）');
  });
});

describe('outdated-department-name inside duties', () => {
  const duty = (text: string) =>
    ['kind: domain', 'domain: 生态环境', 'items:', '  - id: ST-101', '    name: 畜禽养殖污染的监管', '    lead: {party: 县生态环境分局, duties: [依法查处]}', '    support:', `      - {party: 乡镇（街道）, duties: [${text}]}`, ''].join('\n');

  it('reports a pre-reform name written in a duty, at the name, as a warning', () => {
    const f = check(RULE, { 'domains/a.yaml': duty('排查养殖场户，发现直排粪污的及时报告县环保局') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 8, 52]]);
    expect([f[0].message, f[0].severity, f[0].endColumn]).toEqual(['“县环保局”是机构改革前的名称，现为“示例市生态环境局示例县分局”', 'warning', 56]);
  });

  it('leaves current and registered names in duties alone', () => {
    expect(check(RULE, { 'domains/a.yaml': duty('发现后及时报告县生态环境分局和县自然资源和规划局，配合县文化和旅游局') })).toEqual([]);
  });
});
