import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const D = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

describe('duplicate-key', () => {
  it('reports a key written twice in one mapping, at its second place', () => {
    const f = check('duplicate-key', { 'domains/a.yaml': D.replace('    name: 甲\n', '    name: 甲\n    name: 乙\n') });
    expect(where(f)).toEqual([['duplicate-key', 'domains/a.yaml', 6, 5]]);
    expect(f[0].messageId).toBe('duplicateKey');
    expect(f[0].message).toBe('重复的键“name”：同一层级中一个键只能出现一次');
  });

  it('is silent for the file written right', () => {
    expect(check('duplicate-key', { 'domains/a.yaml': D })).toEqual([]);
  });
});
