import { describe, expect, it } from 'vitest';
import { parseBasis } from '../../src/law/cite.js';

const cites = (text: string) => parseBasis(text).citations.map((c) => [c.title, c.article, c.paragraph, c.item, c.offset]);
const problems = (text: string) => parseBasis(text).problems.map((p) => [p.code, p.offset, p.raw]);

describe('parseBasis', () => {
  it('parses title, article, paragraph and item, starting at the title', () => {
    const p = parseBasis('《中华人民共和国城乡规划法》第六十五条');
    expect(p.citations).toEqual([{ title: '中华人民共和国城乡规划法', article: 65, raw: '《中华人民共和国城乡规划法》第六十五条', offset: 0 }]);
    expect(p.problems).toEqual([]);
    expect(cites('《行政处罚法》第十八条第二款第（三）项')).toEqual([['行政处罚法', 18, 2, 3, 0]]);
  });

  it('accepts Arabic numerals and items in brackets of either width', () => {
    expect(cites('《行政处罚法》第18条第2款第(3)项')).toEqual([['行政处罚法', 18, 2, 3, 0]]);
    expect(cites('《行政处罚法》第十八条第二款（三）')).toEqual([['行政处罚法', 18, 2, 3, 0]]);
    expect(cites('《行政处罚法》第十八条第二款第三项')).toEqual([['行政处罚法', 18, 2, 3, 0]]);
  });

  it('gives later articles the title named before them', () => {
    expect(cites('《安全生产法》第三条、第五条第二款')).toEqual([
      ['安全生产法', 3, undefined, undefined, 0],
      ['安全生产法', 5, 2, undefined, 11],
    ]);
    expect(cites('《安全生产法》第九条第一款、第二款')).toEqual([
      ['安全生产法', 9, 1, undefined, 0],
      ['安全生产法', 9, 2, undefined, 14],
    ]);
  });

  it('reads several laws in one text, and titles cited without an article', () => {
    expect(cites('《土地管理法》第七十七条；《森林法》第七十六条')).toEqual([
      ['土地管理法', 77, undefined, undefined, 0],
      ['森林法', 76, undefined, undefined, 13],
    ]);
    expect(cites('1.《监察法》《行政处罚法》')).toEqual([
      ['监察法', undefined, undefined, undefined, 2],
      ['行政处罚法', undefined, undefined, undefined, 7],
    ]);
  });

  it('takes the title from the text before 第 when 《》 are missing', () => {
    const p = parseBasis('依据中华人民共和国土地管理法第七十七条');
    expect(p.citations.map((c) => [c.title, c.article, c.offset, c.titleInferred])).toEqual([['中华人民共和国土地管理法', 77, 2, true]]);
  });

  it('skips a version or 令号 after the title and article text pasted after a colon', () => {
    const p = parseBasis('《村庄和集镇规划建设管理条例》(1993年6月国务院令第116号)第三十七条:“农村居民未经批准建住宅的，依照《X法》第九条处罚。”；《森林法》第七十六条');
    expect(p.citations.map((c) => [c.title, c.article, c.note, c.quoted])).toEqual([
      ['村庄和集镇规划建设管理条例', 37, '1993年6月国务院令第116号', '农村居民未经批准建住宅的，依照《X法》第九条处罚。'],
      ['森林法', 76, undefined, undefined],
    ]);
    expect(p.problems).toEqual([]);
  });

  it('reports malformed parts with their offsets', () => {
    expect(problems('《土地管理法》第三项')).toEqual([['item-without-article', 7, '第三项']]);
    expect(problems('《土地管理法》第二款')).toEqual([['paragraph-without-article', 7, '第二款']]);
    expect(problems('《土地管理法》第七十十条')).toEqual([['bad-numeral', 7, '第七十十条']]);
    expect(problems('《土地管理法第七十七条')).toEqual([['unbalanced-title', 0, '《土地管理法第七十七条']]);
    expect(problems('土地管理法》第七十七条')).toEqual([['unbalanced-title', 5, '》']]);
    expect(cites('土地管理法》第七十七条')).toEqual([['土地管理法', 77, undefined, undefined, 0]]);
    expect(problems('第七十七条')).toEqual([['missing-title', 0, '第七十七条']]);
  });

  it('reads numbers written without 第, with a doubled 第, a bad bracket, a misplaced 款 or a dashed range, and reports them', () => {
    expect(problems('《城乡规划法》六十四条')).toEqual([['missing-ordinal', 7, '六十四条']]);
    expect(cites('《城乡规划法》六十四条')).toEqual([['城乡规划法', 64, undefined, undefined, 0]]);
    expect(problems('《土地管理法》第62条4款')).toEqual([['missing-ordinal', 11, '4款']]);
    expect(cites('《土地管理法》第62条4款')).toEqual([['土地管理法', 62, 4, undefined, 0]]);
    expect(problems('《城乡规划法》第第六十五条')).toEqual([['repeated-ordinal', 7, '第第']]);
    expect(cites('《城乡规划法》第第六十五条')).toEqual([['城乡规划法', 65, undefined, undefined, 8]]);
    expect(problems('《条例》第三十六条第（二项')).toEqual([['bracket', 9, '第（二项']]);
    expect(cites('《条例》第三十六条第（二项')).toEqual([['条例', 36, undefined, 2, 0]]);
    expect(problems('《条例》第三十六条第（一）款')).toEqual([['bracket', 9, '第（一）款']]);
    expect(problems('《条例》第三十六条第【二】项')).toEqual([['bracket', 9, '第【二】项']]);
    expect(cites('《条例》第三十六条[2]项')).toEqual([['条例', 36, undefined, 2, 0]]);
    expect(problems('《条例》第三十六条[2]项')).toEqual([['bracket', 9, '[2]项']]);
    expect(problems('青政字〔2021〕12号；《条例》第三十六条第（二）项')).toEqual([]);
    expect(problems('《食品安全法》第一百二十二条第一项第一款')).toEqual([['misordered', 0, '《食品安全法》第一百二十二条第一项第一款']]);
    expect(cites('《食品安全法》第一百二十二条第一项第一款')).toEqual([['食品安全法', 122, 1, 1, 0]]);
    expect(problems('《土地管理法》第77-78条')).toEqual([['dashed-range', 7, '第77-78条']]);
    expect(cites('《土地管理法》第七十七—七十八条')).toEqual([
      ['土地管理法', 77, undefined, undefined, 0],
      ['土地管理法', 78, undefined, undefined, 7],
    ]);
    expect(problems('《森林法》第七十六目')).toEqual([['subitem-without-article', 5, '第七十六目']]);
    expect(problems('附件第3目')).toEqual([]);
  });

  it('cites each number of the shorthand 第七十七、七十八条, and reports a number with no unit', () => {
    expect(cites('《土地管理法》第七十七、七十八条')).toEqual([
      ['土地管理法', 77, undefined, undefined, 0],
      ['土地管理法', 78, undefined, undefined, 7],
    ]);
    expect(parseBasis('《土地管理法》第七十七、七十八条').problems).toEqual([]);
    expect(cites('《安全生产法》第九条第一、二款')).toEqual([
      ['安全生产法', 9, 1, undefined, 0],
      ['安全生产法', 9, 2, undefined, 10],
    ]);
    expect(problems('《土地管理法》第七十七')).toEqual([['missing-unit', 7, '第七十七']]);
    expect(problems('《土地管理法》第七十七；《森林法》第七十六条')).toEqual([['missing-unit', 7, '第七十七']]);
    expect(problems('国务院令第116号')).toEqual([]);
  });

  it('leaves numbers that are not citations alone after a title', () => {
    expect(parseBasis('《条例》1992年6月28日发布').problems).toEqual([]);
    expect(parseBasis('《土地管理法》第七十七条、七十八条').problems).toEqual([]);
    expect(parseBasis('《行政处罚法》经2021年1月22日第十三届全国人民代表大会常务委员会第二十五次会议修订').problems).toEqual([]);
    expect(parseBasis('《土地管理法》第七十七条至第七十八条').problems).toEqual([]);
  });

  it('leaves ordinary words and document numbers alone', () => {
    expect(parseBasis('第十三届全国人民代表大会第一次会议通过的条例').problems).toEqual([]);
    expect(parseBasis('鲁编办发〔2019〕4号')).toEqual({ citations: [], problems: [] });
  });
});
