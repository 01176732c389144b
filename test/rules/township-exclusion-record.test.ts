import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { townshipFile as T } from './township-fixture.js';

describe('township-exclusion-record', () => {
  it('names what an exclusion is missing', () => {
    const f = check('township-exclusion-record', { 'townships/东湖镇.yaml': T('exclude:\n  - item: BASE-001\n    reason: 本镇无耕地\n') });
    expect(where(f)).toEqual([['township-exclusion-record', 'townships/东湖镇.yaml', 4, 5]]);
    expect(f[0].message).toBe('东湖镇 排除事项 BASE-001 缺少批准文件（approval）');
    expect(f[0].item).toBe('BASE-001');
  });

  it('is silent for an exclusion with its reason and approval', () => {
    expect(check('township-exclusion-record', { 'townships/东湖镇.yaml': T('exclude:\n  - {item: BASE-001, reason: 本镇无耕地, approval: 示县编办函〔2026〕1号}\n') })).toEqual([]);
  });
});
