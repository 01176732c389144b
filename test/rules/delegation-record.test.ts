import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { delegatedItem, handOver } from './delegation-fixture.js';

const RULE = 'delegation-record';

const item = delegatedItem;

const FULL = handOver();
const without = (...keys: string[]) => FULL.filter((l) => !keys.some((k) => l.startsWith(`${k}:`)));

describe('delegation-record', () => {
  it('lists what a hand-over (交由) record lacks, in one finding at the delegation', () => {
    const f = check(RULE, { 'domains/a.yaml': item('route: 交由', 'in_name_of: 乡镇', 'decided_by: 山东省人民政府') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 10, 5]]);
    expect(f[0].message).toBe('以“交由”方式赋权，赋权记录缺少文号（document）、决定日期（date）、公布情况（published）、最近评估日期（evaluated）、过渡期（transition）');
    expect(f[0].severity).toBe('error');
    expect(f[0].item).toBe('FQ-101');
  });

  it('accepts a complete record, and a recent decision not yet evaluated', () => {
    expect(check(RULE, { 'domains/a.yaml': item(...FULL) })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': item(...without('evaluated')) }, { asOf: '2026-11-23' })).toEqual([]);
    const old = without('evaluated').map((l) => l.replace('date: 2024-03-01', 'date: 2020-03-01'));
    const f = check(RULE, { 'domains/a.yaml': item(...old) }, { lang: 'en' });
    expect(f.map((x) => x.message)).toEqual(['delegation by 交由 (hand-over) lacks last evaluation (evaluated)']);
  });

  it('warns when the last evaluation is more than three years before the as-of date', () => {
    const at = (evaluated: string) => item(...FULL.map((l) => (l.startsWith('evaluated:') ? `evaluated: ${evaluated}` : l)));
    expect(check(RULE, { 'domains/a.yaml': at('2023-11-23') }, { asOf: '2026-11-23' })).toEqual([]);
    const f = check(RULE, { 'domains/a.yaml': at('2023-11-22') }, { asOf: '2026-11-23' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 18, 18]]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('最近一次评估在 2023-11-22，已超过 3 年');
  });

  it('reports a hand-over decided below the provincial level, or exercised in the department\'s name', () => {
    const f = check(RULE, {
      'domains/a.yaml': item(...FULL.map((l) => l.replace('山东省人民政府', '示例县人民政府').replace('in_name_of: 乡镇', 'in_name_of: 部门'))),
    });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 12, 19],
      [RULE, 'domains/a.yaml', 13, 19],
    ]);
    expect(f.map((x) => x.message)).toEqual(['以“交由”方式赋权，行使名义却是“部门”', '以“交由”方式赋权须由省、自治区、直辖市人民政府决定，记录的决定机关是“示例县人民政府”']);
  });

  it('requires the entrusting organ and instrument of an entrustment (委托), in the department\'s name', () => {
    const f = check(RULE, { 'domains/a.yaml': item('route: 委托', 'in_name_of: 乡镇') });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 10, 5],
      [RULE, 'domains/a.yaml', 12, 19],
    ]);
    expect(f.map((x) => x.message)).toEqual(['以“委托”方式赋权，赋权记录缺少委托机关（entrusted_by）、文号（document）', '以“委托”方式赋权，行使名义却是“乡镇”']);
    expect(check(RULE, { 'domains/a.yaml': item('route: 委托', 'in_name_of: 部门', 'entrusted_by: 县综合执法局', 'document: 示综执委〔2026〕1号') })).toEqual([]);
  });

  it('requires a State Council or provincial decision for concentration (相对集中)', () => {
    expect(where(check(RULE, { 'domains/a.yaml': item('route: 相对集中', 'in_name_of: 乡镇') }))).toEqual([[RULE, 'domains/a.yaml', 10, 5]]);
    expect(check(RULE, { 'domains/a.yaml': item('route: 相对集中', 'in_name_of: 乡镇', 'decided_by: 国务院') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': item('route: 相对集中', 'in_name_of: 乡镇', 'decided_by: 北京市人民政府') })).toEqual([]);
    expect(where(check(RULE, { 'domains/a.yaml': item('route: 相对集中', 'in_name_of: 乡镇', 'decided_by: 示例市人民政府') }))).toEqual([[RULE, 'domains/a.yaml', 13, 19]]);
  });

  it('asks nothing more of a statutory power', () => {
    expect(check(RULE, { 'domains/a.yaml': item('route: 法定', 'in_name_of: 乡镇') })).toEqual([]);
  });
});
