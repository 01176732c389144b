import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { diffJson, TestRepo } from './git-repo.js';
import { DONGHU, edit, LAND, V1 } from './fixture.js';

const XISHAN = `kind: township
township: 西山乡
exclude:
  - {item: ZR-001, reason: 本乡无建设用地, approval: 示编办〔2024〕1号}
`;

describe('resp diff: township lists', () => {
  it('lists a base change once, with the townships it reaches (not an excluding one)', async () => {
    const repo = new TestRepo({ ...V1, 'townships/西山乡.yaml': XISHAN });
    repo.write({ 'domains/base.yaml': edit(LAND, ['[《中华人民共和国土地管理法》第七十七条]', '[《中华人民共和国土地管理法》第七十五条]']) }).commit('v2');
    const { set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(set.changes.map((c: any) => [c.layer, c.id, c.townships])).toEqual([['county', 'ZR-001', ['东湖镇']]]);
    expect(set.changes[0].fields.map((f: any) => [f.op, f.before ?? f.after])).toEqual([
      ['add', '《中华人民共和国土地管理法》第七十五条'],
      ['remove', '《中华人民共和国土地管理法》第七十七条'],
    ]);
    expect(set.summary.townshipsAffected).toEqual(['东湖镇']);
    const human = await runCli(['diff', 'v1', 'v2'], repo.dir);
    expect(human.stdout).toContain('    调整 · 需法制审核 · 涉及：东湖镇\n');
    expect(human.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 项调整：调整 1；需法制审核 1 项；缺少理由 1 项；涉及乡镇（街道）1 个：东湖镇');
  });

  it('reports what a township changed in its own file as that township\'s change, with its reason', async () => {
    const repo = new TestRepo(V1);
    repo.write({
      'townships/东湖镇.yaml': DONGHU + 'adjust:\n  - item: ZR-002\n    reason: 由综合执法中心统一承办\n    set: {office: 综合执法中心}\n',
      'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nexclude:\n  - {item: ZR-003, reason: 本乡无地质灾害隐患点, approval: 示编办〔2025〕7号}\n',
    }).commit('v2');
    const { set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(set.changes).toEqual([
      expect.objectContaining({
        layer: 'township', id: 'ZR-002', type: 'modify', townships: ['东湖镇'], review: false,
        fields: [{ field: 'support.office', party: '东湖镇', op: 'add', after: '综合执法中心', review: false }],
        reason: '由综合执法中心统一承办', requestedBy: '东湖镇', missingReason: false,
        at: { revision: 'to', file: 'townships/东湖镇.yaml', line: 13 },
      }),
      expect.objectContaining({
        layer: 'township', id: 'ZR-003', type: 'remove', townships: ['西山乡'],
        reason: '本乡无地质灾害隐患点', document: '示编办〔2025〕7号', requestedBy: '西山乡', missingReason: false,
      }),
    ]);
  });

  it('keeps a township\'s own override apart from the base change it hides', async () => {
    const repo = new TestRepo(V1);
    repo.write({
      'domains/base.yaml': edit(LAND, ['duties: [日常巡查，发现后及时劝阻并报告]', 'duties: [日常巡查，发现后及时制止并报告]']),
      'townships/东湖镇.yaml': DONGHU + 'adjust:\n  - item: ZR-001\n    reason: 本镇由网格员巡查\n    set: {duties: [网格员日常巡查并报告]}\n',
    }).commit('v2');
    const { set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(set.changes.map((c: any) => [c.layer, c.townships, c.fields.map((f: any) => f.after), c.reason])).toEqual([
      ['county', ['西山乡'], ['日常巡查，发现后及时制止并报告'], undefined],
      ['township', ['东湖镇'], ['网格员日常巡查并报告'], '本镇由网格员巡查'],
    ]);
  });

  it('merges the same township change in several townships into one change', async () => {
    const repo = new TestRepo(V1);
    const exclude = 'exclude:\n  - {item: ZR-004, reason: 已由开发区管委会承担, approval: 示编办〔2025〕9号}\n';
    repo.write({ 'townships/东湖镇.yaml': DONGHU + exclude, 'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\n' + exclude }).commit('v2');
    const { set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(set.changes.map((c: any) => [c.layer, c.type, c.id, c.townships, c.requestedBy])).toEqual([['township', 'remove', 'ZR-004', ['东湖镇', '西山乡'], '东湖镇、西山乡']]);
  });

  it('classifies a township item that becomes 上级部门收回 as 收回 and a new own item as 增加', async () => {
    const repo = new TestRepo(V1);
    repo.write({
      'townships/东湖镇.yaml': edit(DONGHU, ['    list: 基本履职', '    list: 上级部门收回\n    method: 由县农业农村局统筹实施\n    change: {reason: 乡镇无力承担, requested_by: 东湖镇}'])
        + '  - id: DH-002\n    name: 村级组织换届\n    list: 基本履职\n    lead: {party: 东湖镇, duties: [组织村级组织换届选举]}\n',
    }).commit('v2');
    const { set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(set.changes.map((c: any) => [c.layer, c.id, c.types, c.review, c.townships, c.reason, c.requestedBy, c.missingReason])).toEqual([
      // Grouped by domain: a township item without a category is published under its list kind.
      ['township', 'DH-002', ['add'], true, ['东湖镇'], undefined, '东湖镇', true],
      ['township', 'DH-001', ['recall', 'modify'], true, ['东湖镇'], '乡镇无力承担', '东湖镇', false],
    ]);
    expect(set.changes[1].domain).toBe('上级部门收回');
    expect(set.changes[1].fields.map((f: any) => [f.field, f.after, f.review])).toEqual([['list', '上级部门收回', true], ['method', '由县农业农村局统筹实施', false]]);
  });
});
