import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const domain = (...basis: string[]) =>
  [
    'kind: domain',
    'domain: 应急管理',
    'items:',
    '  - id: LB-031',
    '    name: 生产经营单位未采取措施消除事故隐患的处罚',
    '    power: 行政处罚',
    '    lead: {party: 县应急局, duties: [依法查处]}',
    '    support:',
    '      - {party: 乡镇（街道）, duties: [日常巡查，发现隐患及时报告]}',
    '    basis:',
    ...basis.map((b) => `      - ${b}`),
    '',
  ].join('\n');

describe('article-out-of-range', () => {
  it('reports an article beyond the end of the law in force, at the citation', () => {
    const f = check('article-out-of-range', { 'domains/a.yaml': domain('《中华人民共和国安全生产法》第一百二十二条') });
    expect(where(f)).toEqual([['article-out-of-range', 'domains/a.yaml', 11, 9]]);
    expect(f[0].message).toBe('《中华人民共和国安全生产法》现行文本（2021修正）共119条，没有第一百二十二条');
    expect(f[0].severity).toBe('error');
  });

  it('checks the last article and the articles cited after the first', () => {
    const f = check('article-out-of-range', { 'domains/a.yaml': domain('《行政处罚法》第八十六条、第87条', '《安全生产法》第一百零二条') }, { lang: 'en' });
    expect(where(f)).toEqual([['article-out-of-range', 'domains/a.yaml', 11, 22]]);
    expect(f[0].message).toBe('《行政处罚法》 as in force (2021修订) has 86 articles; there is no art. 87');
  });

  it('checks regulations as well as laws: 农药管理条例 has 66 articles, 殡葬管理条例 24', () => {
    const f = check('article-out-of-range', { 'domains/a.yaml': domain('《农药管理条例》第六十六条、第六十七条', '《殡葬管理条例》第二十五条') });
    expect(where(f)).toEqual([['article-out-of-range', 'domains/a.yaml', 11, 23], ['article-out-of-range', 'domains/a.yaml', 12, 9]]);
    expect(f[0].message).toBe('《农药管理条例》现行文本（2022修订）共66条，没有第六十七条');
    expect(f[1].message).toBe('《殡葬管理条例》现行文本（2012修订）共24条，没有第二十五条');
  });

  it('leaves citations of an older version stated in the entry to moved-article', () => {
    expect(check('article-out-of-range', { 'domains/a.yaml': domain('{cite: 《安全生产法》第一百一十九条, version: 2021修正}', '{cite: 《行政处罚法》第八十七条, version: 2009修正}') })).toEqual([]);
  });

  it('uses the article counts of the repository\'s own law entries', () => {
    const laws = 'kind: laws\nlaws:\n  - {title: 示例省安全生产条例, level: 地方性法规, version: 2020, articles: 30}\n';
    const f = check('article-out-of-range', { 'registry/laws.yaml': laws, 'domains/a.yaml': domain('《示例省安全生产条例》第三十条', '《示例省安全生产条例》第三十一条') });
    expect(where(f)).toEqual([['article-out-of-range', 'domains/a.yaml', 12, 9]]);
    expect(check('article-out-of-range', { 'domains/a.yaml': domain('《示例省安全生产条例》第三十一条') }, { base: MINI })).toEqual([]);
  });

  it('lets a repository entry replace the built-in one of the same law', () => {
    const laws = 'kind: laws\nlaws:\n  - {title: 中华人民共和国安全生产法, short: [安全生产法], level: 法律, version: 2030修正, articles: 130}\n';
    expect(check('article-out-of-range', { 'registry/laws.yaml': laws, 'domains/a.yaml': domain('《安全生产法》第一百二十二条') })).toEqual([]);
  });

  it('reports a paragraph beyond those of the article (安全生产法第九条 has two), at the citation, with messageId', () => {
    const f = check('article-out-of-range', { 'domains/a.yaml': domain('《中华人民共和国安全生产法》第九条第三款') });
    expect(where(f)).toEqual([['article-out-of-range', 'domains/a.yaml', 11, 9]]);
    expect(f[0].messageId).toBe('paragraphOutOfRange');
    expect(f[0].message).toBe('《中华人民共和国安全生产法》第九条只有2款，没有第三款');
    expect(check('article-out-of-range', { 'domains/a.yaml': domain('《中华人民共和国安全生产法》第九条第二款') })).toEqual([]);
  });

  it('reports an item beyond those of the article, brackets of either width, Arabic numerals, in English too', () => {
    const f = check('article-out-of-range', {
      'domains/a.yaml': domain('《城市市容和环境卫生管理条例》第三十六条第(五)项', '《中华人民共和国消防法》第60条第1款第（八）项', '《安全生产法》第一百零二条第（二）项'),
    });
    expect(where(f)).toEqual([
      ['article-out-of-range', 'domains/a.yaml', 11, 9],
      ['article-out-of-range', 'domains/a.yaml', 12, 9],
      ['article-out-of-range', 'domains/a.yaml', 13, 9],
    ]);
    expect(f.map((x) => [x.messageId, x.message])).toEqual([
      ['itemOutOfRange', '《城市市容和环境卫生管理条例》第三十六条只有3项，没有第（五）项'],
      ['itemOutOfRange', '《中华人民共和国消防法》第六十条第一款只有7项，没有第（八）项'],
      ['itemOutOfRange', '《安全生产法》第一百零二条没有项，没有第（二）项'],
    ]);
    const en = check('article-out-of-range', { 'domains/a.yaml': domain('《城市市容和环境卫生管理条例》第三十六条第（五）项') }, { lang: 'en' });
    expect(en[0].message).toBe('《城市市容和环境卫生管理条例》 art. 36 has 3 item(s); there is no item 5');
  });

  it('stays silent on paragraphs and items that exist, and on laws whose structure it does not know', () => {
    const laws = 'kind: laws\nlaws:\n  - {title: 示例省安全生产条例, level: 地方性法规, version: 2020, articles: 30}\n';
    expect(
      check('article-out-of-range', {
        'registry/laws.yaml': laws,
        'domains/a.yaml': domain('《城市市容和环境卫生管理条例》第三十六条第（三）项', '《中华人民共和国消防法》第六十条第一款第（七）项', '《土地管理法》第七十七条第二款', '《示例省安全生产条例》第三条第九款'),
      }),
    ).toEqual([]);
  });
});
