import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const RULE = 'uncatalogued-law';

const domain = (...basis: string[]) =>
  [
    'kind: domain',
    'domain: 交通运输',
    'items:',
    '  - id: JT-101',
    '    name: 农村公路路域环境的监督检查',
    '    power: 行政检查',
    '    lead: {party: 县自然资源局, duties: [依法监督检查]}',
    '    basis:',
    ...basis.map((b) => `      - ${b}`),
    '',
  ].join('\n');

describe('uncatalogued-law', () => {
  it('says once per title and file that a law outside the catalogue was not checked, at its first citation', () => {
    const f = check(RULE, { 'domains/a.yaml': domain('《示例省农村公路条例》第二十条', '《示例省农村公路条例》第二十一条', '《中华人民共和国土地管理法》第七十七条') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 9]]);
    expect(f[0]).toMatchObject({ severity: 'info', messageId: 'notChecked', item: 'JT-101', endColumn: 9 + '《示例省农村公路条例》第二十条'.length });
    expect(f[0].message).toBe('《示例省农村公路条例》不在法规目录中，所引条文（第二十条等）的条号、版本和是否废止都未核对');
  });

  it('is silent for a catalogued law, a policy document, a title one slip from a catalogued one, and a title without an article', () => {
    expect(check(RULE, { 'domains/a.yaml': domain('《中华人民共和国建筑法》第七条', '《治安管理处罚法》第五十条') })).toEqual([]);
    // Regulations and rules are catalogued too.
    expect(check(RULE, { 'domains/a.yaml': domain('《农药管理条例》第五十二条', '《无证无照经营查处办法》第十三条', '《明码标价和禁止价格欺诈规定》第二十五条') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': domain('《关于加强农村公路管理的通知》第三条') })).toEqual([]);
    // 土地法 for 土地管理法 is citation-syntax's did-you-mean, not an unknown law.
    expect(check(RULE, { 'domains/a.yaml': domain('《土地法》第七十七条') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': domain('《示例省农村公路条例》') })).toEqual([]);
  });

  it('is checked, and so silent, once registry/laws.yaml holds the law', () => {
    const laws = 'kind: laws\nlaws:\n  - title: 示例省农村公路条例\n    level: 地方性法规\n    version: 2020修正\n    articles: 40\n';
    expect(check(RULE, { 'domains/a.yaml': domain('《示例省农村公路条例》第二十条'), 'registry/laws.yaml': laws })).toEqual([]);
    // And then its article count is checked.
    expect(where(check('article-out-of-range', { 'domains/a.yaml': domain('《示例省农村公路条例》第四十一条'), 'registry/laws.yaml': laws }))).toEqual([['article-out-of-range', 'domains/a.yaml', 9, 9]]);
  });

  it('can be switched off in resp.yaml', () => {
    const base = { ...MINI, 'resp.yaml': `${MINI['resp.yaml'].trimEnd()}\nrules:\n  uncatalogued-law: off\n` };
    expect(check(RULE, { 'domains/a.yaml': domain('《示例省农村公路条例》第二十条') }, { base })).toEqual([]);
  });

  it('speaks English with --lang en', () => {
    const [f] = check(RULE, { 'domains/a.yaml': domain('《示例省农村公路条例》第二十条') }, { lang: 'en' });
    expect(f.message).toBe('《示例省农村公路条例》 is not in the law catalogue: the articles cited (art. 20 and others) were not checked for number, version or repeal');
  });
});
