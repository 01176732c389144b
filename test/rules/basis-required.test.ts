import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const domain = (power: string, basis?: string) =>
  [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: LB-001',
    '    name: 非法占用土地的查处',
    `    power: ${power}`,
    '    lead: {party: 县自然资源局, duties: [依法立案查处]}',
    '    support:',
    '      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}',
    ...(basis ? [`    basis: ${basis}`] : []),
    '',
  ].join('\n');

describe('basis-required', () => {
  it('reports a penalty item without any basis at the item', () => {
    const f = check('basis-required', { 'domains/a.yaml': domain('行政处罚') });
    expect(where(f)).toEqual([['basis-required', 'domains/a.yaml', 4, 5]]);
    expect(f[0].message).toBe('事项“非法占用土地的查处”属于行政处罚，但没有列出法律依据（行政处罚法第三十八条：行政处罚没有依据的无效）');
    expect(f[0].severity).toBe('error');
    expect(f[0].item).toBe('LB-001');
  });

  it('reports any administrative power in a list of powers, in English too', () => {
    const f = check('basis-required', { 'domains/a.yaml': domain('[公共服务, 行政检查]') }, { lang: 'en' });
    expect(where(f)).toEqual([['basis-required', 'domains/a.yaml', 4, 5]]);
    expect(f[0].message).toBe('item "非法占用土地的查处" exercises an administrative power (inspection) but lists no legal basis');
  });

  it('reports a basis that names a law but no article, at the title', () => {
    const f = check('basis-required', { 'domains/a.yaml': domain('行政处罚', '[依据《中华人民共和国土地管理法》]') });
    expect(where(f)).toEqual([['basis-required', 'domains/a.yaml', 10, 15]]);
    expect(f[0].message).toBe('事项“非法占用土地的查处”属于行政处罚，但依据只写了法规名称（《中华人民共和国土地管理法》），没有写到条（行政处罚法第三十八条：行政处罚没有依据的无效）');
  });

  it('leaves an article written without its law (第七十八条) to citation-syntax, which reports it at the basis', () => {
    const f = check('*', { 'domains/a.yaml': domain('行政处罚', '[第七十八条]') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 10, 13]]);
    expect(f[0].messageId).toBe('missingTitle');
  });

  it('leaves an article with an unreadable number or written as a 目 to citation-syntax', () => {
    const f = check('*', { 'domains/a.yaml': domain('行政处罚', '[《中华人民共和国土地管理法》第七十7条]') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 10, 27]]);
    expect(f[0].messageId).toBe('badNumeral');
    const g = check('*', { 'domains/a.yaml': domain('行政处罚', '[《中华人民共和国森林法》第七十六目]') });
    expect(where(g)).toEqual([['citation-syntax', 'domains/a.yaml', 10, 25]]);
    expect(g[0].messageId).toBe('unitSlip');
  });

  it('is satisfied by the shorthand 第七十七、七十八条, and leaves 第七十七 without a unit to citation-syntax', () => {
    expect(check('basis-required', { 'domains/a.yaml': domain('行政处罚', '[《中华人民共和国土地管理法》第七十七、七十八条]') })).toEqual([]);
    const f = check('*', { 'domains/a.yaml': domain('行政处罚', '[《中华人民共和国土地管理法》第七十七]') });
    expect(where(f)).toEqual([['citation-syntax', 'domains/a.yaml', 10, 27]]);
  });

  it('is satisfied by one basis with a title and an article among others', () => {
    expect(check('basis-required', { 'domains/a.yaml': domain('行政处罚', '[县政府工作部署, 土地管理法第七十七条]') })).toEqual([]);
  });

  it('asks nothing of cooperation-only items', () => {
    const coop = domain('公共服务').replace('    power: 公共服务\n', '');
    expect(check('basis-required', { 'domains/a.yaml': coop, 'domains/b.yaml': domain('公共服务').replace('LB-001', 'LB-002') })).toEqual([]);
  });
});
