import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { delegatedItem, handOver } from './delegation-fixture.js';

const RULE = 'delegation-unused';

/** A hand-over with a transition to `to`, evaluated after it. */
const record = (to = '2024-12-31') => delegatedItem(...handOver({ to, evaluated: '2025-06-30' }));

/** A usage file of `year` with `lines` ("东湖镇 FQ-101 3"). */
const usage = (year: number, ...lines: string[]) =>
  ['kind: usage', `year: ${year}`, 'usage:', ...lines.map((l) => l.split(' ')).map(([t, i, c]) => `  - {township: ${t}, item: ${i}, count: ${c}}`), ''].join('\n');

describe('delegation-unused', () => {
  it('suggests recall, as info at the delegation, when no township used the item in the last full year after its transition', () => {
    const f = check(RULE, { 'domains/a.yaml': record(), 'delegations/usage-2025.yaml': usage(2025, '东湖镇 FQ-101 0', '西山乡 BASE-001 4') }, { asOf: '2026-03-01' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 10, 5]]);
    expect(f[0].messageId).toBe('unused');
    expect(f[0].severity).toBe('info');
    expect(f[0].item).toBe('FQ-101');
    expect(f[0].message).toBe('过渡期（至 2024-12-31）届满后，2025 年各乡镇（街道）均没有该事项的办件记录');
    expect(f[0].hint).toContain('调整收回');
    const en = check(RULE, { 'domains/a.yaml': record(), 'delegations/usage-2025.yaml': usage(2025, '西山乡 BASE-001 4') }, { asOf: '2026-03-01', lang: 'en' });
    expect(en.map((x) => x.message)).toEqual(['after the transition period (to 2024-12-31), no township recorded a case of it in 2025']);
  });

  it('names every unused year in a row up to the last one, and is silent once the last year has a case', () => {
    const files = { 'domains/a.yaml': record('2023-06-30'), 'delegations/usage-2024.yaml': usage(2024, '东湖镇 FQ-101 0'), 'delegations/usage-2025.yaml': usage(2025, '西山乡 FQ-101 0') };
    expect(check(RULE, files, { asOf: '2026-03-01' }).map((x) => x.message)).toEqual(['过渡期（至 2023-06-30）届满后，2024—2025 年各乡镇（街道）均没有该事项的办件记录']);
    const used = { ...files, 'delegations/usage-2025.yaml': usage(2025, '西山乡 FQ-101 2') };
    expect(check(RULE, used, { asOf: '2026-03-01' })).toEqual([]);
  });

  it('judges only recorded years that are over and lie wholly after the transition period', () => {
    // No usage file at all: nothing to judge.
    expect(check(RULE, { 'domains/a.yaml': record() }, { asOf: '2026-03-01' })).toEqual([]);
    // 2025 is still running on 2025-11-30.
    expect(check(RULE, { 'domains/a.yaml': record(), 'delegations/usage-2025.yaml': usage(2025, '西山乡 BASE-001 4') }, { asOf: '2025-11-30' })).toEqual([]);
    // A transition ending on 2025-06-30 leaves 2025 in part to the department.
    expect(check(RULE, { 'domains/a.yaml': record('2025-06-30'), 'delegations/usage-2025.yaml': usage(2025, '西山乡 BASE-001 4') }, { asOf: '2026-03-01' })).toEqual([]);
  });

  it('asks nothing of statutory powers, which no decision can take back', () => {
    const f = check(RULE, { 'domains/a.yaml': delegatedItem('route: 法定', 'in_name_of: 乡镇'), 'delegations/usage-2025.yaml': usage(2025, '西山乡 BASE-001 4') }, { asOf: '2026-03-01' });
    expect(f).toEqual([]);
  });
});
