import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

/** Each level names the one before ten times: 10^5 nodes from a few lines (an alias bomb). */
const BOMB = ['kind: domain', 'domain: 自然资源', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 5 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`), 'items: []', ''].join('\n');

describe('alias-limit', () => {
  it('refuses to expand an alias bomb, and says where the aliases start to multiply', () => {
    const f = check('alias-limit', { 'domains/a.yaml': BOMB });
    expect(where(f)).toEqual([['alias-limit', 'domains/a.yaml', 4, 10]]);
    expect(f[0].messageId).toBe('aliasLimit');
    expect(f[0].message).toBe('别名（*引用）展开次数过多，疑似“别名炸弹”，已拒绝解析');
  });

  it('is silent for a few aliases', () => {
    const few = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: &l {party: 县自然资源局, duties: [巡查]}\n  - id: ZR-2\n    name: 乙\n    lead: *l\n';
    expect(check('alias-limit', { 'domains/a.yaml': few })).toEqual([]);
  });
});
