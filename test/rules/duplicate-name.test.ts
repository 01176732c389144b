import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const RULE = 'duplicate-name';

const item = (id: string, name: string, list = '') =>
  `  - id: ${id}\n    name: ${name}\n${list ? `    list: ${list}\n` : ''}    lead: {party: 县自然资源局, duties: [依法查处]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n`;
const domain = (name: string, ...items: string[]) => `kind: domain\ndomain: ${name}\nitems:\n${items.join('')}`;
const township = (name: string, ...items: string[]) => `kind: township\ntownship: ${name}\nitems:\n${items.join('')}`;

describe('duplicate-name', () => {
  it('reports a name used twice in the county list, ignoring width and spaces, across files', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain('自然资源', item('ZR-101', '违法占用耕地（基本农田）的查处')),
      'domains/b.yaml': domain('综合执法', item('ZF-101', '违法占用耕地(基本农田) 的查处')),
    });
    expect(where(f)).toEqual([[RULE, 'domains/b.yaml', 5, 11]]);
    expect(f[0].message).toBe('属地管理清单中已有同名事项“违法占用耕地(基本农田) 的查处”（domains/a.yaml:5，编号 ZR-101）');
    expect(f[0].severity).toBe('warning');
    expect(f[0].item).toBe('ZF-101');
  });

  it('compares within one list: list kinds and townships are separate lists', () => {
    expect(
      check(RULE, {
        'domains/a.yaml': domain('自然资源', item('ZR-101', '耕地保护'), item('ZR-102', '耕地保护', '职责边界')),
        'townships/东湖镇.yaml': township('东湖镇', item('DH-101', '耕地保护')),
        'townships/西山乡.yaml': township('西山乡', item('XS-101', '耕地保护')),
      }),
    ).toEqual([]);
    const f = check(RULE, { 'townships/东湖镇.yaml': township('东湖镇', item('DH-101', '耕地保护'), item('DH-102', '耕地保护')) });
    expect(where(f)).toEqual([[RULE, 'townships/东湖镇.yaml', 9, 11]]);
  });

  it('leaves an item pasted twice under one id to unique-id', () => {
    const files = { 'domains/a.yaml': domain('自然资源', item('ZR-101', '耕地保护'), item('ZR-101', '耕地保护')) };
    expect(check(RULE, files)).toEqual([]);
    expect(where(check('unique-id', files))).toEqual([['unique-id', 'domains/a.yaml', 8, 9]]);
  });

  it('follows the level set in resp.yaml: a new severity, or off', () => {
    const files = { 'domains/a.yaml': domain('自然资源', item('ZR-101', '耕地保护'), item('ZR-102', '耕地保护')) };
    const level = (l: string) => ({ ...MINI, 'resp.yaml': `${MINI['resp.yaml']}rules:\n  ${RULE}: ${l}\n` });
    const raised = check(RULE, files, { base: level('error') });
    expect(where(raised)).toEqual([[RULE, 'domains/a.yaml', 9, 11]]);
    expect(raised[0].severity).toBe('error');
    expect(check(RULE, files, { base: level('info') })[0].severity).toBe('info');
    expect(check(RULE, files, { base: level('off') })).toEqual([]);
  });
});
