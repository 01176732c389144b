import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const D = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

describe('yaml-syntax', () => {
  it('reports a bracket left open, where the parser stopped', () => {
    const f = check('yaml-syntax', { 'domains/a.yaml': D.replace('duties: [巡查]}', 'duties: [巡查}') });
    expect(where(f)).toEqual([['yaml-syntax', 'domains/a.yaml', 6, 35]]);
    expect(f[0].messageId).toBe('syntax');
    expect(f[0].message).toBe('YAML 语法错误：方括号 [ 或花括号 { 没有闭合');
  });

  it('is silent for the file written right', () => {
    expect(check('yaml-syntax', { 'domains/a.yaml': D })).toEqual([]);
  });
});
