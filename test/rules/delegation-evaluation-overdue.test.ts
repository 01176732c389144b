import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { delegatedItem } from './delegation-fixture.js';

const RULE = 'delegation-evaluation-overdue';

/** A complete hand-over decided 2025-03-01 with a transition to 2025-12-31; `more` adds lines (evaluated). */
const record = (...more: string[]) =>
  delegatedItem(
    'route: 交由',
    'in_name_of: 乡镇',
    'decided_by: 山东省人民政府',
    'document: 鲁政字〔2025〕12号',
    'date: 2025-03-01',
    'published: {date: 2025-03-05, where: 山东省人民政府公报}',
    'transition: {from: 2025-04-01, to: 2025-12-31}',
    ...more,
  );

describe('delegation-evaluation-overdue', () => {
  it('warns at the end of the transition period when it is over and nothing is evaluated', () => {
    const f = check(RULE, { 'domains/a.yaml': record() }, { asOf: '2026-02-01' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 17, 42]]);
    expect(f[0].messageId).toBe('notEvaluated');
    expect(f[0].severity).toBe('warning');
    expect(f[0].item).toBe('FQ-101');
    expect(f[0].message).toBe('过渡期已于 2025-12-31 届满，赋权记录中没有评估日期');
    expect(f[0].hint).toContain('按程序调整收回');
    const en = check(RULE, { 'domains/a.yaml': record() }, { asOf: '2026-02-01', lang: 'en' });
    expect(en[0].message).toBe('the transition period ended on 2025-12-31 and no evaluation is recorded');
  });

  it('stays silent while the transition runs, on its last day, and once an evaluation on or after its end is recorded', () => {
    expect(check(RULE, { 'domains/a.yaml': record() }, { asOf: '2025-12-31' })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': record() }, { asOf: '2025-06-01' })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': record('evaluated: 2025-12-31') }, { asOf: '2026-02-01' })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': record('evaluated: 2026-01-20') }, { asOf: '2026-02-01' })).toEqual([]);
  });

  it('points at an evaluation made before the transition ended', () => {
    const f = check(RULE, { 'domains/a.yaml': record('evaluated: 2025-10-15') }, { asOf: '2026-02-01' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 18, 18]]);
    expect(f[0].messageId).toBe('evaluatedBeforeEnd');
    expect(f[0].message).toBe('最近一次评估在 2025-10-15，早于过渡期届满（2025-12-31），届满后没有再评估');
  });

  it('leaves to delegation-record what it already says: one finding per problem', () => {
    // A hand-over decided more than three years ago with no evaluation: delegation-record lists it as missing.
    const old = record().replace('date: 2025-03-01', 'date: 2022-03-01').replace('to: 2025-12-31', 'to: 2022-12-31');
    const all = check('*', { 'domains/a.yaml': old }, { asOf: '2026-02-01' });
    expect(all.map((x) => [x.rule, x.messageId])).toEqual([['delegation-record', 'missingHandOver']]);
    // An evaluation over three years old, made before the end: delegation-record's stale, not this rule.
    const stale = old.replace('transition: {from: 2025-04-01, to: 2022-12-31}', 'transition: {from: 2022-04-01, to: 2022-12-31}\n      evaluated: 2022-10-01');
    const s = check('*', { 'domains/a.yaml': stale }, { asOf: '2026-02-01' });
    expect(s.map((x) => [x.rule, x.messageId])).toEqual([['delegation-record', 'stale']]);
  });

  it('asks nothing of a statutory power with a transition, nor of a record without an end date', () => {
    expect(check(RULE, { 'domains/a.yaml': delegatedItem('route: 法定', 'in_name_of: 乡镇', 'transition: {to: 2020-12-31}') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': delegatedItem('route: 委托', 'in_name_of: 部门', 'entrusted_by: 县综合执法局', 'document: 示综执委〔2020〕1号', 'transition: {from: 2020-01-01}') })).toEqual([]);
  });
});
