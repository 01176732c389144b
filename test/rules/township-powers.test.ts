import { describe, expect, it } from 'vitest';
import { LawCatalogue } from '../../src/law/catalogue.js';
import { check, where } from '../rule-tester.js';

const RULE = 'township-enforcement';

/** A county item whose township support duty and basis the test chooses. */
const domain = (duty: string, basis: string) =>
  [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: ZR-101',
    '    name: 事项',
    '    lead: {party: 县自然资源局, duties: [依法查处]}',
    '    support:',
    `      - {party: 乡镇（街道）, duties: [${duty}]}`,
    `    basis: [${basis}]`,
    '',
  ].join('\n');

describe('statutory township powers as data', () => {
  it('the built-in catalogue carries the articles that name the township, with their acts', () => {
    const laws = LawCatalogue.builtin('national');
    const of = (t: string) => laws.resolve(t)!.townshipPowers.map((p) => [p.article, p.paragraph, p.terms[0]]);
    expect(of('土地管理法')).toEqual([[62, 4, '审核批准']]);
    expect(of('城乡规划法')).toEqual([[65, undefined, '责令']]);
    expect(of('义务教育法')).toEqual([[11, 2, '批准'], [58, undefined, '责令']]);
    expect(of('村庄和集镇规划建设管理条例')).toEqual([[18, undefined, '批准'], [37, 2, '责令'], [39, undefined, '责令'], [40, undefined, '责令']]);
  });

  it('土地管理法第六十二条第四款 lets the township approve rural housing land; another article of the same law does not', () => {
    expect(check(RULE, { 'domains/a.yaml': domain('对农村村民住宅用地申请审核批准', '《中华人民共和国土地管理法》第六十二条第四款') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': domain('对农村村民住宅用地申请审核批准', '《中华人民共和国土地管理法》第六十二条') })).toEqual([]);
    const f = check(RULE, { 'domains/a.yaml': domain('对农村村民住宅用地申请审核批准', '《中华人民共和国土地管理法》第六十一条') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 8, 34]]);
  });

  it('义务教育法第五十八条 lets the township order parents to send their children to school', () => {
    expect(check(RULE, { 'domains/a.yaml': domain('对未送适龄儿童入学的父母批评教育，责令限期改正', '《中华人民共和国义务教育法》第五十八条') })).toEqual([]);
    expect(where(check(RULE, { 'domains/a.yaml': domain('对未送适龄儿童入学的父母批评教育，责令限期改正', '《中华人民共和国义务教育法》第五条') }))).toEqual([[RULE, 'domains/a.yaml', 8, 34]]);
  });

  it('a repository marks an article of its own local regulation as a township power in registry/laws.yaml, and the rule honours it', () => {
    const duty = '对违法占道经营的，责令改正';
    const basis = '《示例省城乡容貌和环境卫生管理条例》第十二条第二款';
    const laws = (powers: string) =>
      [
        'kind: laws',
        'laws:',
        '  - title: 示例省城乡容貌和环境卫生管理条例',
        '    level: 地方性法规',
        '    issuer: 示例省人民代表大会常务委员会',
        powers,
        '',
      ].join('\n');
    const without = check(RULE, { 'domains/a.yaml': domain(duty, basis), 'registry/laws.yaml': laws('') });
    expect(where(without)).toEqual([[RULE, 'domains/a.yaml', 8, 34]]);
    const marked = laws('    township_powers:\n      - {article: 第十二条, paragraph: 2, terms: [责令改正], note: 乡镇人民政府责令改正}');
    expect(check('*', { 'domains/a.yaml': domain(duty, basis), 'registry/laws.yaml': marked })).toEqual([]);
    const otherParagraph = laws('    township_powers:\n      - {article: 12, paragraph: 1, terms: [责令改正]}');
    expect(where(check(RULE, { 'domains/a.yaml': domain(duty, basis), 'registry/laws.yaml': otherParagraph }))).toEqual([[RULE, 'domains/a.yaml', 8, 34]]);
  });
});
