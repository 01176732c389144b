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
