import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'unknown-party';

const domain = (lead: string, ...support: string[]) =>
  [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: ZR-101',
    '    name: 违法占用耕地的查处',
    `    lead: {party: ${lead}, duties: [依法查处]}`,
    ...(support.length ? ['    support:', ...support.map((s) => `      - {party: ${s}, duties: [巡查报告]}`)] : []),
    '',
  ].join('\n');

describe('unknown-party', () => {
  it('reports an unregistered lead with the closest registered name', () => {
    const f = check(RULE, { 'domains/a.yaml': domain('县自然资源部') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 6, 19]]);
    expect(f[0].message).toBe('单位“县自然资源部”不在登记册中，是否指“县自然资源局”？');
    expect(f[0].item).toBe('ZR-101');
  });

  it('reports an unregistered supporter without a suggestion when nothing is close', () => {
    const f = check(RULE, { 'domains/a.yaml': domain('县自然资源局', '乡镇（街道）', '县气象台') }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 17]]);
    expect(f[0].message).toBe('party "县气象台" is not in the department or township registry');
  });

  it('accepts registered names, short names, townships, placeholders and registered former names', () => {
    expect(check(RULE, { 'domains/a.yaml': domain('示例县自然资源和规划局', '县应急局', '东湖镇', '乡镇（街道）', '县安监局') })).toEqual([]);
  });
});

describe('unknown-party: vague parties', () => {
  it('says that 有关部门 is no particular body, without a did-you-mean', () => {
    const f = check(RULE, { 'domains/a.yaml': domain('县自然资源局', '有关部门', '各相关单位') });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 8, 17],
      [RULE, 'domains/a.yaml', 9, 17],
    ]);
    expect(f.map((x) => x.message)).toEqual(['“有关部门”不是具体单位：主体责任和配合责任要落到具体部门', '“各相关单位”不是具体单位：主体责任和配合责任要落到具体部门']);
  });
});
