import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers.js';
import { diffJson, TestRepo } from './git-repo.js';
import { edit, LAND, V1 } from './fixture.js';

/** v1; v2 rewords a name (no review); v3 also adds a citation (review). */
function threeRevisions(): TestRepo {
  const v2 = edit(LAND, ['name: 违法采矿的查处', 'name: 违法开采矿产资源的查处\n    change: {reason: 名称规范, requested_by: 县自然资源局}']);
  const v3 = edit(v2, ['[《地质灾害防治条例》第十七条]', '[《地质灾害防治条例》第十七条, 《地质灾害防治条例》第十八条]']);
  return new TestRepo(V1).write({ 'domains/base.yaml': v2 }).commit('v2').write({ 'domains/base.yaml': v3 }).commit('v3');
}

describe('resp diff: exit codes', () => {
  const repo = threeRevisions();
  const code = async (...args: string[]) => (await runCli(['diff', ...args], repo.dir)).code;

  it('gives 0 whatever changed, unless asked', async () => {
    expect(await code('v1', 'v3')).toBe(0);
  });

  it('--exit-code and --fail-on change give 1 when anything changed, 0 when nothing did', async () => {
    expect(await code('v1', 'v2', '--exit-code')).toBe(1);
    expect(await code('v1', 'v2', '--fail-on', 'change')).toBe(1);
    expect(await code('v2', 'v2', '--exit-code')).toBe(0);
    expect(await code('v2', 'v2', '--fail-on', 'change')).toBe(0);
  });

  it('--fail-on review gives 1 only for a change needing legal review', async () => {
    expect(await code('v1', 'v2', '--fail-on', 'review')).toBe(0);
    expect(await code('v2', 'v3', '--fail-on', 'review')).toBe(1);
  });
});

describe('resp diff: revisions', () => {
  it('compares a revision with the working tree when no new revision is named', async () => {
    const repo = new TestRepo(V1).write({ 'domains/base.yaml': edit(LAND, ['name: 违法建设的查处', 'name: 违法建设行为的查处']) });
    const { set } = await diffJson(repo.dir, 'HEAD');
    expect(set.from).toEqual({ kind: 'git', name: 'HEAD', commit: repo.git('rev-parse', 'HEAD').trim() });
    expect(set.to).toEqual({ kind: 'folder', name: '.', worktree: true });
    expect(set.changes.map((c: any) => [c.id, c.fields[0].after])).toEqual([['ZR-004', '违法建设行为的查处']]);
  });

  it('reads a list repository in a subfolder of the git repository, also through -C from elsewhere', async () => {
    const files = Object.fromEntries(Object.entries(V1).map(([k, v]) => [`lists/${k}`, v]));
    const repo = new TestRepo({ ...files, 'README.md': '# other content\n', 'other/x.yaml': 'not: a list\n' });
    repo.write({ 'lists/domains/base.yaml': edit(LAND, ['name: 违法建设的查处', 'name: 违法建设行为的查处']) }).commit('v2');
    const inside = await diffJson(join(repo.dir, 'lists'), 'v1', 'v2');
    expect(inside.set.changes.map((c: any) => [c.id, c.at.file])).toEqual([['ZR-004', 'domains/base.yaml']]);
    expect(inside.set.problems).toEqual([]);
    const outside = await diffJson(tempRepo({}), '-C', join(repo.dir, 'lists'), 'v1~0', 'v2');
    expect(outside.set.changes).toEqual(inside.set.changes);
  });

  it('compares two folders without git', async () => {
    const old = tempRepo(V1);
    const neu = tempRepo({ ...V1, 'domains/base.yaml': edit(LAND, ['party: 县自然资源局\n      duties: [开展矿山执法检查]', 'party: 县应急局\n      duties: [开展矿山执法检查]']) });
    const { code, set } = await diffJson(tempRepo({}), old, neu);
    expect(code).toBe(0);
    expect(set.from).toEqual({ kind: 'folder', name: old });
    expect(set.changes.map((c: any) => [c.type, c.id, c.at.file])).toEqual([['transfer', 'ZR-005', 'domains/base.yaml']]);
  });

  it('reports files of a revision it could not read, so a broken file is not mistaken for removed items', async () => {
    const repo = new TestRepo(V1).write({ 'domains/base.yaml': LAND.replace('items:', 'items: [') }).commit('v2');
    const { set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(set.problems).toEqual([expect.objectContaining({ revision: 'to', file: 'domains/base.yaml', rule: 'yaml-syntax' })]);
    const human = await runCli(['diff', 'v1', 'v2'], repo.dir);
    expect(human.stdout).toContain('⚠ 新版本有 1 个问题使部分内容无法读取，比对结果可能不完整');
    expect(human.stdout).toContain('domains/base.yaml:');
  });

  it('reads a GBK file of a revision as a problem, not a crash', async () => {
    const repo = new TestRepo(V1);
    writeFileSync(join(repo.dir, 'domains/gbk.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]));
    repo.commit('v2');
    const { code, set } = await diffJson(repo.dir, 'v1', 'v2');
    expect(code).toBe(0);
    expect(set.problems.map((p: any) => [p.file, p.rule])).toEqual([['domains/gbk.yaml', 'encoding']]);
  });
});

describe('resp diff: operational errors exit 2 with a message, never a stack trace', () => {
  it('an unknown revision', async () => {
    const repo = new TestRepo(V1);
    const r = await runCli(['diff', 'no-such-tag'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^resp: 找不到版本 no-such-tag/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const en = await runCli(['diff', 'no-such-tag', '--lang', 'en'], repo.dir);
    expect(en.stderr).toMatch(/^resp: unknown revision no-such-tag/);
  });

  it('a revision name that looks like an option', async () => {
    const repo = new TestRepo(V1);
    const r = await runCli(['diff', '--', '--output=x'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到版本 --output=x');
  });

  it('a git revision outside any git repository', async () => {
    const dir = tempRepo(V1);
    const r = await runCli(['diff', 'v1'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到版本 v1：没有这个文件夹');
  });

  it('-C naming a folder that does not exist', async () => {
    const r = await runCli(['diff', 'v1', '-C', 'nowhere'], tempRepo({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件夹不存在：nowhere');
  });

  it('a workbook without an output file', async () => {
    const repo = new TestRepo(V1);
    const r = await runCli(['diff', 'v1', '-f', 'xlsx'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-f xlsx 需要用 -o 指定输出文件');
  });
});

describe('resp diff: human and Markdown output', () => {
  const repo = threeRevisions();

  it('groups by domain and item, warns about missing reasons, and ends with the summary', async () => {
    const r = await runCli(['diff', 'v1', 'v3'], repo.dir);
    const v1 = repo.git('rev-parse', '--short=7', 'v1').trim();
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([`清单动态调整：v1（${v1}） → v3（${repo.git('rev-parse', '--short=7', 'v3').trim()}）`, '', '自然资源']);
    expect(r.stdout).toContain('  ZR-002  违法开采矿产资源的查处\n    调整 · 涉及：全部 2 个乡镇（街道）\n      ~ 事项名称：违法采矿的查处 → 违法开采矿产资源的查处\n      理由：名称规范 · 提出单位：县自然资源局\n');
    expect(r.stdout).toContain('  ZR-003  地质灾害隐患点巡查\n    调整 · 需法制审核 · 涉及：全部 2 个乡镇（街道）\n      + 法律依据（增加）：《地质灾害防治条例》第十八条\n      ⚠ 缺少调整理由');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共 2 项调整：调整 2；需法制审核 1 项；缺少理由 1 项；涉及乡镇（街道）2 个（全部）');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked for a terminal, never with --no-color', async () => {
    process.env.FORCE_COLOR = '1';
    try {
      expect((await runCli(['diff', 'v1', 'v3'], repo.dir)).stdout).toContain('\u001b[');
      expect((await runCli(['diff', 'v1', 'v3', '--no-color'], repo.dir)).stdout).not.toContain('\u001b[');
    } finally {
      delete process.env.FORCE_COLOR;
    }
  });

  it('says so when nothing changed', async () => {
    const r = await runCli(['diff', 'v3', 'v3', '--lang', 'en'], repo.dir);
    expect(r.stdout).toContain('✔ the lists of the two revisions are the same');
  });

  it('writes a Markdown table for a pull request', async () => {
    const r = await runCli(['diff', 'v1', 'v3', '-f', 'md'], repo.dir);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toContain('| 调整 | 2 |');
    expect(rows.at(-1)).toBe('| 2 | 调整 | ZR-003 | 地质灾害隐患点巡查 | 自然资源 | 全部 2 个乡镇（街道） |  | 法律依据（增加）：《地质灾害防治条例》第十八条 | ⚠ 缺少理由 | 需法制审核 |');
  });

  it('writes the output file atomically with -o', async () => {
    const out = join(tempRepo({}), 'sub', 'changes.json');
    mkdirSync(join(out, '..'), { recursive: true });
    const r = await runCli(['diff', 'v1', 'v3', '-f', 'json', '-o', out], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.changes).toBe(2);
  });
});
