import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

describe('encoding', () => {
  it('names a file that is not UTF-8 (GBK bytes of 自然) at the line of its first bad byte', () => {
    const gbk = Buffer.concat([Buffer.from('kind: domain\ndomain: '), Buffer.from([0xd7, 0xd4, 0xc8, 0xbb]), Buffer.from('\nitems: []\n')]);
    const f = check('encoding', { 'domains/a.yaml': gbk as unknown as string });
    expect(where(f)).toEqual([['encoding', 'domains/a.yaml', 2, 1]]);
    expect(f[0].messageId).toBe('encoding');
    expect(f[0].message).toBe('文件不是 UTF-8 编码（第 2 行附近，字节偏移 21），可能是 GBK/GB18030');
  });

  it('is silent for UTF-8, with or without a byte-order mark', () => {
    expect(check('encoding', { 'domains/a.yaml': '\ufeffkind: domain\ndomain: 自然资源\nitems: []\n' })).toEqual([]);
  });
});
