import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { MINI } from '../helpers.js';

/** One item whose lead, support and basis the test chooses. */
const domain = (lead: string, support: string, basis: string, name = '违法占用耕地的查处') =>
  [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: ZR-101',
    `    name: ${name}`,
    '    power: 行政处罚',
    `    lead: {party: ${lead}, duties: [依法查处]}`,
    '    support:',
    `      - {party: ${support}, duties: [日常巡查，发现后劝阻并报告]}`,
    `    basis: [${basis}]`,
    '',
  ].join('\n');

const BASIS = '《中华人民共和国土地管理法》第七十七条';

describe('one finding per problem', () => {
  it('an unregistered pre-reform name is reported once, by outdated-department-name, at the worse level of the two rules', () => {
    const f = check('*', { 'domains/a.yaml': domain('县国土局', '县卫计委', BASIS) });
    expect(where(f)).toEqual([
      ['outdated-department-name', 'domains/a.yaml', 7, 19],
      ['outdated-department-name', 'domains/a.yaml', 9, 17],
    ]);
    expect(f.map((x) => x.severity)).toEqual(['error', 'error']);
    expect(f[1].message).toBe('“县卫计委”是机构改革前的名称，现为“卫生健康局”或“卫生健康委员会”');
  });

  it('keeps its own level when unknown-party is switched off, and a registered former name stays a warning', () => {
    const off = { ...MINI, 'resp.yaml': `${MINI['resp.yaml']}rules: {unknown-party: off}\n` };
    expect(check('*', { 'domains/a.yaml': domain('县自然资源局', '县卫计委', BASIS) }, { base: off }).map((x) => [x.rule, x.severity])).toEqual([
      ['outdated-department-name', 'warning'],
    ]);
    expect(check('*', { 'domains/a.yaml': domain('县国土资源局', '乡镇（街道）', BASIS) }).map((x) => [x.rule, x.severity, x.line])).toEqual([
      ['outdated-department-name', 'warning', 7],
    ]);
  });

  it('a lead written as two parties is single-lead\'s: pick one, move the other to support; no did-you-mean', () => {
    const f = check('*', { 'domains/a.yaml': domain('县自然资源局、县综合执法局', '乡镇（街道）', BASIS) });
    expect(where(f)).toEqual([['single-lead', 'domains/a.yaml', 7, 19]]);
    expect(f[0].message).toBe('主体责任写了2个单位（县自然资源局、县综合执法局）：一个事项只能有一个牵头单位，请选定一个作为主体责任，其余移入配合责任');
  });

  it('an unregistered party with no better rule is still unknown-party\'s, sourced to the list-making document', () => {
    const f = check('*', { 'domains/a.yaml': domain('县自然资源局', '县气象台', BASIS) });
    expect(where(f)).toEqual([['unknown-party', 'domains/a.yaml', 9, 17]]);
    expect(f[0].source).toBe('中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》');
  });

  it('第七十七款 written for 第七十七条: a suggestion with the article it moved to, and basis-required does not say "no article"', () => {
    const f = check('*', { 'domains/a.yaml': domain('县自然资源局', '乡镇（街道）', '《中华人民共和国土地管理法》第七十七款', '农村村民非法占用土地建住宅的查处') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 10, 27]]);
    expect(f[0].message).toBe('《中华人民共和国土地管理法》后直接写了“第七十七款”，没有写条：是否指第七十七条？');
    expect(f[0].hint).toBe('款从属于条（立法法第六十五条）：改为《中华人民共和国土地管理法》第七十七条；该条是2004修正的序号，2019修正后该内容（农村村民非法占用土地建住宅的处罚）在第七十八条');
  });

  it('the slip without a moved article gets the plain suggestion, in English too; 第三项 after a title stays an item without article', () => {
    const f = check('citation-syntax', { 'domains/a.yaml': domain('县自然资源局', '乡镇（街道）', '《中华人民共和国森林法》第七十六款', '盗伐林木的查处') }, { lang: 'en' });
    expect(f.map((x) => [x.message, x.hint])).toEqual([
      ['《中华人民共和国森林法》 is followed by "第七十六款" and no article: did you mean art. 76?', 'a paragraph belongs to an article (立法法 Art. 65): write 《中华人民共和国森林法》art. 76'],
    ]);
    expect(check('citation-syntax', { 'domains/a.yaml': domain('县自然资源局', '乡镇（街道）', '《中华人民共和国森林法》第三项') }).map((x) => x.message)).toEqual(['“第三项”只写了项，没有写是哪一条']);
  });
});

describe('one finding per problem, under configured levels', () => {
  const withRules = (rules: string) => ({ ...MINI, 'resp.yaml': `${MINI['resp.yaml']}rules: {${rules}}\n` });

  it('an unregistered old name keeps the worse level when outdated-department-name is set lower', () => {
    const f = check('*', { 'domains/a.yaml': domain('县自然资源局', '县卫计委', BASIS) }, { base: withRules('outdated-department-name: info') });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['outdated-department-name', 'error']]);
  });

  it('unknown-party reports the name itself when the more specific rule is off', () => {
    expect(check('*', { 'domains/a.yaml': domain('县自然资源局', '县卫计委', BASIS) }, { base: withRules('outdated-department-name: off') }).map((x) => x.rule)).toEqual(['unknown-party']);
    expect(check('*', { 'domains/a.yaml': domain('县自然资源局、县综合执法局', '乡镇（街道）', BASIS) }, { base: withRules('single-lead: off') }).map((x) => x.rule)).toEqual(['unknown-party']);
  });
});
