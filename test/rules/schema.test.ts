import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const D = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';

describe('schema', () => {
  it('reports a value outside the allowed ones, at the value, with the keyword as messageId', () => {
    const f = check('schema', { 'domains/a.yaml': D.replace('    name: 甲\n', '    name: 甲\n    power: 行政处理\n') });
    expect(where(f)).toEqual([['schema', 'domains/a.yaml', 6, 12]]);
    expect(f[0].messageId).toBe('enum');
    expect(f[0].message).toBe('字段 power（权力类型）的值“行政处理”不在允许范围内');
  });

  it('is silent for the file written right', () => {
    expect(check('schema', { 'domains/a.yaml': D })).toEqual([]);
  });
});
