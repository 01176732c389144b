import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const D = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

describe('unknown-kind', () => {
  it('reports a misspelt kind, at its value', () => {
    const f = check('unknown-kind', { 'domains/a.yaml': D.replace('kind: domain', 'kind: domian') });
    expect(where(f)).toEqual([['unknown-kind', 'domains/a.yaml', 1, 7]]);
    expect(f[0].messageId).toBe('unknownKind');
    expect(f[0].message).toBe('无法识别文件类型：kind 为“domian”');
  });

  it('is silent for the file written right', () => {
    expect(check('unknown-kind', { 'domains/a.yaml': D })).toEqual([]);
  });
});
