import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const D = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

describe('control-character', () => {
  it('reports a control character pasted into a value, where it stands', () => {
    const f = check('control-character', { 'domains/a.yaml': D.replace('巡查', '巡\u0007查') });
    expect(where(f)).toEqual([['control-character', 'domains/a.yaml', 6, 37]]);
    expect(f[0].messageId).toBe('control');
    expect(f[0].message).toBe('第 6 行有控制字符 U+0007（看不见的字符，多来自复制粘贴），请删除');
  });

  it('is silent for the file written right', () => {
    expect(check('control-character', { 'domains/a.yaml': D })).toEqual([]);
  });
});
