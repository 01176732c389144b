import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const D = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

describe('empty-file', () => {
  it('reports a file with nothing but comments', () => {
    const f = check('empty-file', { 'domains/a.yaml': '# 只有注释\n' });
    expect(where(f)).toEqual([['empty-file', 'domains/a.yaml', 1, 1]]);
    expect(f[0].messageId).toBe('empty');
    expect(f[0].message).toBe('文件为空');
  });

  it('is silent for the file written right', () => {
    expect(check('empty-file', { 'domains/a.yaml': D })).toEqual([]);
  });
});
