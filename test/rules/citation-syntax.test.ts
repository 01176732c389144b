import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const domain = (basisLines: string[]) =>
  [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: LB-021',
    '    name: 非法占用土地的查处',
    '    power: 行政处罚',
    '    lead: {party: 县自然资源局, duties: [依法立案查处]}',
    '    support:',
    '      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}',
    ...basisLines,
    '',
  ].join('\n');
const list = (...b: string[]) => domain(['    basis:', ...b.map((x) => `      - ${x}`)]);

describe('citation-syntax', () => {
  it('suggests the catalogued law for a near title, pointing at the citation', () => {
    const f = check('citation-syntax', { 'domains/a.yaml': list('依据《土地法》第七十七条') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 11, 11]]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('法规目录中没有《土地法》，是否指《土地管理法》？');
    expect([f[0].endLine, f[0].endColumn]).toEqual([11, 21]);
  });

  it('names every equally near law', () => {
    const f = check('citation-syntax', { 'domains/a.yaml': list('《安全法》第九条') }, { lang: 'en' });
    expect(f.map((x) => x.message)).toEqual(['the law catalogue has no 《安全法》; did you mean 《安全生产法》 or 《食品安全法》?']);
  });

  it('reports unbalanced title marks, 项 or 款 without 条, unreadable numbers and articles without a law', () => {
    const f = check('citation-syntax', {
      'domains/a.yaml': list('《土地管理法第七十七条', '《土地管理法》第三项', '《土地管理法》第七十十条', '第七十七条', '《土地管理法》第七十七条、第二款'),
    });
    expect(where(f)).toEqual([
      ['citation-syntax', 'domains/a.yaml', 11, 9],
      ['citation-syntax', 'domains/a.yaml', 12, 16],
      ['citation-syntax', 'domains/a.yaml', 13, 16],
      ['citation-syntax', 'domains/a.yaml', 14, 9],
    ]);
    expect(f.map((x) => x.message)).toEqual([
      '书名号不成对：“《土地管理法第七十七条”',
      '“第三项”只写了项，没有写是哪一条',
      '“第七十十条”中的序号无法识别',
      '“第七十七条”没有写明是哪部法律法规的条文',
    ]);
  });

  it('reports a missing or doubled 第, a bracket left open or put round a 款, a 款 after its 项, a dashed range and a 目 without 条', () => {
    const f = check('citation-syntax', {
      'domains/a.yaml': list(
        '《城乡规划法》六十四条',
        '《土地管理法》第62条4款',
        '《城乡规划法》第第六十五条',
        '《城市市容和环境卫生管理条例》第三十六条第（二项',
        '《大气污染防治法》第一百一十九条第（一）款',
        '《食品安全法》第一百二十二条第一项第一款',
        '《土地管理法》第七十七—七十八条',
        '《森林法》第七十六目',
      ),
    });
    expect(where(f)).toEqual([
      ['citation-syntax', 'domains/a.yaml', 11, 16],
      ['citation-syntax', 'domains/a.yaml', 12, 20],
      ['citation-syntax', 'domains/a.yaml', 13, 16],
      ['citation-syntax', 'domains/a.yaml', 14, 29],
      ['citation-syntax', 'domains/a.yaml', 15, 25],
      ['citation-syntax', 'domains/a.yaml', 16, 9],
      ['citation-syntax', 'domains/a.yaml', 17, 16],
      ['citation-syntax', 'domains/a.yaml', 18, 14],
    ]);
    expect(f.map((x) => x.messageId)).toEqual(['missingOrdinal', 'missingOrdinal', 'repeatedOrdinal', 'bracket', 'bracket', 'misordered', 'dashedRange', 'unitSlip']);
    expect(f.map((x) => x.message)).toEqual([
      '“六十四条”前缺少“第”字',
      '“4款”前缺少“第”字',
      '引文中“第”字重复：“第第”',
      '“第（二项”中的括号写法不规范',
      '“第（一）款”中的括号写法不规范',
      '“《食品安全法》第一百二十二条第一项第一款”中款写在了项的后面',
      '“第七十七—七十八条”的条文范围写法不规范',
      '《森林法》后直接写了“第七十六目”，没有写条：是否指第七十六条？',
    ]);
  });

  it('reports a number with no unit, and accepts the shorthand 第七十七、七十八条', () => {
    const f = check('citation-syntax', { 'domains/a.yaml': list('《中华人民共和国土地管理法》第七十七', '《中华人民共和国土地管理法》第七十七、七十八条') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 11, 23]]);
    expect(f[0].messageId).toBe('missingUnit');
    expect(f[0].message).toBe('“第七十七”没有写单位（条、款、项）');
  });

  it('reports an item number in 【】 or [] brackets', () => {
    const f = check('citation-syntax', { 'domains/a.yaml': list('《城市市容和环境卫生管理条例》第三十六条第【二】项', '《城市市容和环境卫生管理条例》第三十六条第（二）项') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 11, 29]]);
    expect(f[0].message).toBe('“第【二】项”中的括号写法不规范');
  });

  it('says in English which part is malformed', () => {
    const f = check('citation-syntax', { 'domains/a.yaml': list('《土地管理法》第六十二条四款') }, { lang: 'en' });
    expect(f.map((x) => x.message)).toEqual(['"四款" lacks the 第 before its number']);
  });

  it('stays silent on ranges with 至, a 项 in brackets without 第, several 款 and a year after the title', () => {
    const ok = list(
      '《中华人民共和国土地管理法》第七十七条至第七十八条',
      '《城市市容和环境卫生管理条例》第三十六条（二）项',
      '《中华人民共和国大气污染防治法》第一百一十九条第一款、第二款',
      '《城市市容和环境卫生管理条例》1992年6月28日国务院令第101号发布',
      '《中华人民共和国食品安全法》第１２４条第１款第（５）项',
    );
    expect(check('citation-syntax', { 'domains/a.yaml': ok })).toEqual([]);
  });

  it('accepts the usual ways of writing a citation', () => {
    const ok = list(
      '《中华人民共和国土地管理法》第七十七条第一款',
      '土地管理法第77条第1款第(2)项',
      '《行政处罚法》第十八条第二款（三）、第二十四条',
      '《村庄和集镇规划建设管理条例》(1993年6月国务院令第116号)第三十七条:“依照《某某法》第九条处罚。”',
      '《土地管理法实施条例》第五十五条',
      '《中华人民共和国畜牧法》第十条',
      '鲁编办发〔2019〕4号',
    );
    expect(check('citation-syntax', { 'domains/a.yaml': ok })).toEqual([]);
  });

  it('points into quoted strings and cite fields, and at the start of block scalars', () => {
    const f = check('citation-syntax', {
      'domains/a.yaml': domain([
        '    basis:',
        '      - "见《土地法》第七十七条"',
        '      - {cite: 《土地法》第七十八条, version: 2019修正}',
        '      - |',
        '        《土地法》第七十六条',
      ]),
    });
    expect(where(f)).toEqual([
      ['citation-syntax', 'domains/a.yaml', 11, 11],
      ['citation-syntax', 'domains/a.yaml', 12, 16],
      ['citation-syntax', 'domains/a.yaml', 13, 9],
    ]);
  });
});
