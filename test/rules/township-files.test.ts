import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const T = (body: string) => `kind: township\ntownship: 东湖镇\n${body}`;

describe('township file rules', () => {
  it('township-unknown-item: an exclusion or adjustment of an unknown item', () => {
    const f = check('township-unknown-item', {
      'townships/东湖镇.yaml': T('exclude:\n  - {item: ZR-999, reason: 无, approval: 文1号}\nadjust:\n  - item: BASE-002\n    set: {office: 综合执法中心}\n'),
    });
    expect(where(f)).toEqual([
      ['township-unknown-item', 'townships/东湖镇.yaml', 4, 12],
      ['township-unknown-item', 'townships/东湖镇.yaml', 6, 11],
    ]);
    expect(f[0].message).toBe('东湖镇 引用的事项 ZR-999 不在县级清单中，或与本乡镇无关（已排除的事项不能再调整）');
  });

  it('township-unknown-item: adjusting an excluded item', () => {
    const f = check('township-unknown-item', {
      'townships/东湖镇.yaml': T('exclude:\n  - {item: BASE-001, reason: 无耕地, approval: 文1号}\nadjust:\n  - item: BASE-001\n    set: {office: 综合执法中心}\n'),
    });
    expect(where(f)).toEqual([['township-unknown-item', 'townships/东湖镇.yaml', 6, 11]]);
  });

  it('township-exclusion-record: names what is missing', () => {
    const f = check('township-exclusion-record', { 'townships/东湖镇.yaml': T('exclude:\n  - item: BASE-001\n    reason: 本镇无耕地\n') });
    expect(where(f)).toEqual([['township-exclusion-record', 'townships/东湖镇.yaml', 4, 5]]);
    expect(f[0].message).toBe('东湖镇 排除事项 BASE-001 缺少批准文件（approval）');
    expect(f[0].item).toBe('BASE-001');
  });

  it('township-noop-adjustment and township-forbidden-field', () => {
    const files = {
      'townships/东湖镇.yaml': T('adjust:\n  - item: BASE-001\n    set:\n      duties: [日常巡查，发现后及时劝阻并报告]\n  - item: BASE-001\n    set:\n      lead: {party: 东湖镇, duties: [查处]}\n'),
    };
    expect(where(check('township-noop-adjustment', files))).toEqual([['township-noop-adjustment', 'townships/东湖镇.yaml', 4, 5]]);
    const forb = check('township-forbidden-field', files, { lang: 'en' });
    expect(where(forb)).toEqual([['township-forbidden-field', 'townships/东湖镇.yaml', 9, 13]]);
    expect(forb[0].message).toContain('may not change lead of item BASE-001');
  });

  it('unknown-township: a file for an unregistered township', () => {
    const f = check('unknown-township', { 'townships/x.yaml': 'kind: township\ntownship: 东胡镇\n' });
    expect(where(f)).toEqual([['unknown-township', 'townships/x.yaml', 2, 11]]);
  });

  it('a valid township file gives no findings at all', () => {
    const f = check('*', {
      'townships/东湖镇.yaml': T('exclude:\n  - {item: BASE-001, reason: 本镇无耕地, approval: 示县编办函〔2026〕1号}\n'),
      'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nadjust:\n  - item: BASE-001\n    set: {office: 综合执法中心, duties: [巡查]}\n',
    });
    expect(f).toEqual([]);
  });
});
