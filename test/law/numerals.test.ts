import { describe, expect, it } from 'vitest';
import { parseNumeral, toChinese } from '../../src/law/numerals.js';

describe('parseNumeral', () => {
  it('reads Chinese numerals as statutes write them', () => {
    expect(['一', '十', '十二', '二十', '一百零三', '一百一十九', '一千零一十', '两百'].map(parseNumeral)).toEqual([1, 10, 12, 20, 103, 119, 1010, 200]);
  });

  it('reads Arabic digits of either width and the 一〇三 style', () => {
    expect(['103', '１０３', '一〇三', '二〇'].map(parseNumeral)).toEqual([103, 103, 103, 20]);
  });

  it('accepts 一百十 for 110 but rejects malformed numerals', () => {
    expect(parseNumeral('一百十')).toBe(110);
    expect(['十十', '一二', '一百三', '零', '百', 'X', '0', '', '三x'].map(parseNumeral)).toEqual(Array(9).fill(undefined));
  });
});

describe('toChinese', () => {
  it('writes numbers as statutes do', () => {
    expect([1, 10, 12, 20, 103, 110, 119, 1003].map(toChinese)).toEqual(['一', '十', '十二', '二十', '一百零三', '一百一十', '一百一十九', '一千零三']);
  });

  it('round-trips every article number up to 300', () => {
    for (let n = 1; n <= 300; n++) expect(parseNumeral(toChinese(n))).toBe(n);
  });
});
