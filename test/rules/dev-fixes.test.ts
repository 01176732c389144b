import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const item = (lead: string, power: string, basis: string, name = '事项') =>
  [
    'kind: domain',
    'domain: 综合',
    'items:',
    '  - id: ZH-101',
    `    name: ${name}`,
    `    power: ${power}`,
    `    lead: {party: ${lead}, duties: [依法办理]}`,
    `    basis: [${basis}]`,
    '',
  ].join('\n');

const registry = (...extra: string[]) => ({
  'registry/extra.yaml': ['kind: departments', 'departments:', ...extra, ''].join('\n'),
});

describe('annex entries, public institutions, internal units, repealed laws', () => {
  it('an entry of a decision\'s annex is a pinpoint citation: neither citation-syntax nor basis-required', () => {
    const f = check('*', { 'domains/a.yaml': item('县自然资源局', '行政许可', '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第115项') });
    expect(f).toEqual([]);
  });

  it('a registered public institution may lead a penalty only when registered as authorised by law or regulation', () => {
    const files = { ...registry('  - {name: 示例县公路事业发展中心, short: [县公路中心], level: 县级, type: 事业单位}', '  - {name: 示例县农业综合执法大队, level: 县级, type: 法律法规授权组织}') };
    const f = check('enforcement-subject-capacity', { ...files, 'domains/a.yaml': item('县公路中心', '行政处罚', '《中华人民共和国公路法》第七十九条') });
    expect(where(f)).toEqual([['enforcement-subject-capacity', 'domains/a.yaml', 7, 19]]);
    expect(f[0].message).toBe('行政处罚事项的主体“县公路中心”登记为事业单位：事业单位只有经法律、法规授权，才能以自己的名义实施（行政处罚法第十九条）');
    expect(f[0].source).toBe('行政处罚法第十九条（法律、法规授权的具有管理公共事务职能的组织可以在法定授权范围内实施行政处罚）；行政许可法第二十三条；行政强制法第七十条');
    expect(check('enforcement-subject-capacity', { ...files, 'domains/a.yaml': item('示例县农业综合执法大队', '行政处罚', '《中华人民共和国公路法》第七十九条') })).toEqual([]);
  });

  it('an internal unit or a department\'s brigade named as the lead has no capacity; police and fire units are left alone', () => {
    for (const lead of ['县自然资源局执法监察科', '县市场监管局综合股', '县城管执法大队', '县农业农村局法规室']) {
      const f = check('enforcement-subject-capacity', { 'domains/a.yaml': item(lead, '行政处罚', '《中华人民共和国土地管理法》第七十七条') });
      expect(f.map((x) => x.message), lead).toEqual([`行政处罚事项的主体“${lead}”是部门的内设机构或下设执法队伍，不具备行政执法主体资格（行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效）`]);
    }
    for (const lead of ['县公安局交警大队', '县消防救援大队']) {
      expect(check('enforcement-subject-capacity', { 'domains/a.yaml': item(lead, '行政处罚', '《中华人民共和国道路交通安全法》第九十条') }), lead).toEqual([]);
    }
  });

  it('a repealed law is reported with the law that replaced it, sourced to that law', () => {
    const f = check('moved-article', { 'domains/a.yaml': item('县自然资源局', '行政处罚', '《中华人民共和国食品卫生法》第二十七条') });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 8, 13]]);
    expect(f[0].message).toBe('《中华人民共和国食品卫生法》已于2009-06-01废止，由《中华人民共和国食品安全法》取代');
    expect(f[0].hint).toBe('改引《中华人民共和国食品安全法》中规定同一事项的条款，并核对现行规定的主体和措施');
    expect(f[0].source).toBe('《中华人民共和国食品安全法》（食品安全法（主席令第九号）自2009年6月1日起施行，食品卫生法同时废止）');
    const more = check('moved-article', { 'domains/a.yaml': item('县自然资源局', '行政处罚', '《城市规划法》第四十条；《物权法》') }, { lang: 'en' });
    expect(more.map((x) => x.message)).toEqual([
      '《城市规划法》 was repealed on 2008-01-01; 《中华人民共和国城乡规划法》 replaced it',
      '《物权法》 was repealed on 2021-01-01; 《中华人民共和国民法典》 replaced it',
    ]);
  });

  it('a repository registers a repealed local law in registry/laws.yaml', () => {
    const laws = 'kind: laws\nlaws:\n  - title: 示例省市容管理办法\n    level: 地方政府规章\n    repealed: {date: 2020-01-01, by: 示例省城乡容貌和环境卫生管理条例}\n';
    const f = check('moved-article', { 'registry/laws.yaml': laws, 'domains/a.yaml': item('县自然资源局', '行政处罚', '《示例省市容管理办法》第十条') });
    expect(f.map((x) => [x.message, x.source])).toEqual([['《示例省市容管理办法》已于2020-01-01废止，由《示例省城乡容貌和环境卫生管理条例》取代', '《示例省城乡容貌和环境卫生管理条例》']]);
  });
});
