import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'single-lead';

const item = (id: string, lead: string, support = '') =>
  `  - id: ${id}\n    name: 事项${id}\n    lead: {party: ${lead}, duties: [依法查处]}\n${support}    basis: [《中华人民共和国土地管理法》第七十七条]\n`;
const domain = (...items: string[]) => `kind: domain\ndomain: 自然资源\nitems:\n${items.join('')}`;

describe('single-lead', () => {
  it('reports a lead naming several bodies', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain(
        item('ZR-101', '县自然资源局、县住建局'),
        item('ZR-102', '县自然资源局和县应急局'),
        item('ZR-103', '县自然资源局/县综合执法局'),
        item('ZR-104', '县综合执法局及乡镇（街道）'),
      ),
    });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 6, 19],
      [RULE, 'domains/a.yaml', 10, 19],
      [RULE, 'domains/a.yaml', 14, 19],
      [RULE, 'domains/a.yaml', 18, 19],
    ]);
    expect(f[0].message).toBe('主体责任写了2个单位（县自然资源局、县住建局）：一个事项只能有一个牵头单位，请选定一个作为主体责任，其余移入配合责任');
    expect(f[1].message).toBe('主体责任写了2个单位（县自然资源局、县应急局）：一个事项只能有一个牵头单位，请选定一个作为主体责任，其余移入配合责任');
    expect(f[3].message).toBe('主体责任写了2个单位（县综合执法局、乡镇（街道））：一个事项只能有一个牵头单位，请选定一个作为主体责任，其余移入配合责任');
    expect(f[0].item).toBe('ZR-101');
    expect(f[0].hint).toBe('把 lead.party 改为其中一个单位（如“县自然资源局”），其余单位列入 support 并写明各自的配合职责');
    expect(f[0].source).toBe('中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》');
  });

  it('accepts a registered name that contains 和, and a conjunction whose sides are not both registered', () => {
    expect(check(RULE, { 'domains/a.yaml': domain(item('ZR-101', '县自然资源和规划局'), item('ZR-102', '县文化和旅游局')) })).toEqual([]);
  });

  it('reports the lead listed again as a supporter, under any of its names', () => {
    const support = '    support:\n      - {party: 乡镇（街道）, duties: [巡查报告]}\n      - {party: 示例县自然资源和规划局, duties: [配合]}\n';
    const f = check(RULE, { 'domains/a.yaml': domain(item('ZR-101', '县自然资源局', support)) }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 17]]);
    expect(f[0].message).toBe('"示例县自然资源和规划局" is the lead and also listed as a supporter');
  });

  it('checks assignments too', () => {
    const f = check(RULE, {
      'assignments/a.yaml': 'kind: assignments\nassignments:\n  - id: JB-101\n    name: 秸秆禁烧巡查\n    applicant: 县生态环境分局\n    lead: {party: 乡镇（街道）, duties: [巡查]}\n    support:\n      - {party: 镇街, duties: [报告]}\n',
    });
    expect(where(f)).toEqual([[RULE, 'assignments/a.yaml', 8, 17]]);
  });
});
