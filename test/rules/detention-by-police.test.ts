import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { MINI } from '../helpers.js';

const RULE = 'detention-by-police';

const domain = (lead: string, leadDuty: string, supportDuty = '日常巡查，发现后及时报告') =>
  [
    'kind: domain',
    'domain: 综合执法',
    'items:',
    '  - id: ZF-201',
    '    name: 阻碍执法的处理',
    '    power: 行政处罚',
    `    lead: {party: ${lead}, duties: [${leadDuty}]}`,
    '    support:',
    `      - {party: 乡镇（街道）, duties: [${supportDuty}]}`,
    '    basis: [《中华人民共和国治安管理处罚法》第五十条]',
    '',
  ].join('\n');

describe('detention-by-police', () => {
  it('reports detention decided by a county department, citing the police-only provision', () => {
    const f = check(RULE, { 'domains/a.yaml': domain('县综合执法局', '对阻碍执法的当事人依法予以行政拘留') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 7, 36]]);
    expect(f[0].message).toBe('县综合执法局的职责“对阻碍执法的当事人依法予以行政拘留”含“行政拘留”：限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使（行政处罚法第十八条第三款）');
    expect(f[0].source).toBe('行政处罚法第十八条第三款（限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使）；立法法第十一条');
    expect(f[0].severity).toBe('error');
  });

  it('a township\'s detention is reported once, by this rule, not also by township-enforcement', () => {
    const f = check('*', { 'domains/a.yaml': domain('县综合执法局', '依法查处', '对拒绝接受检查的人员予以拘留') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 34]]);
  });

  it('passes the police, and cooperation that hands the case to the police', () => {
    expect(check(RULE, { 'domains/a.yaml': domain('县公安局', '对阻碍执法的当事人依法予以行政拘留') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': domain('县综合执法局', '固定证据，移送公安机关依法予以行政拘留', '配合公安机关做好拘留人员的看护') })).toEqual([]);
  });
});

describe('a need handed on is not an act', () => {
  it('需要扣押的，报告县局 is cooperation for township-enforcement too', () => {
    expect(check('township-enforcement', { 'domains/a.yaml': domain('县综合执法局', '依法查处', '发现违法经营的及时劝阻，需要扣押的报告县综合执法局') })).toEqual([]);
    expect(check('township-enforcement', { 'domains/a.yaml': domain('县综合执法局', '依法查处', '发现违法经营的，依法扣押经营工具') }).length).toBe(1);
  });

  it('under configured levels a township\'s detention is still one finding, at the worse of the two rules\' levels', () => {
    const withRules = (rules: string) => ({ base: { ...MINI, 'resp.yaml': `${MINI['resp.yaml']}rules: {${rules}}\n` } });
    const file = { 'domains/a.yaml': domain('县综合执法局', '对阻碍执法的当事人依法予以行政拘留', '对拒绝接受检查的人员予以拘留') };
    const summary = (rules: string) => check('*', file, withRules(rules)).map((x) => [x.rule, x.line, x.severity, x.messageId]);
    // detention-by-police set lower: the township's detention is township-enforcement's, at error; the county's stays a warning.
    expect(summary('detention-by-police: warning')).toEqual([
      [RULE, 7, 'warning', 'notPolice'],
      ['township-enforcement', 9, 'error', 'detention'],
    ]);
    // township-enforcement set lower or off: this rule keeps both, at its own level.
    expect(summary('township-enforcement: warning')).toEqual([
      [RULE, 7, 'error', 'notPolice'],
      [RULE, 9, 'error', 'notPolice'],
    ]);
    expect(summary('township-enforcement: off, detention-by-police: warning')).toEqual([
      [RULE, 7, 'warning', 'notPolice'],
      [RULE, 9, 'warning', 'notPolice'],
    ]);
  });
});
