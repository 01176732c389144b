import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo, WARNING_ONLY } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;


/** The same item with an error added: an unregistered party. */
const WITH_ERROR = WARNING_ONLY.replace('party: 县应急管理局', 'party: 县应急管理厅');

describe('exit codes and usage errors', () => {
  it('0 for a clean repository, 1 for an error', async () => {
    const clean = tempRepo(MINI);
    expect((await runCli(['validate'], clean)).code).toBe(0);
    const bad = tempRepo({ ...MINI, 'domains/a.yaml': WITH_ERROR });
    expect((await runCli(['validate'], bad)).code).toBe(1);
  });

  it('a warning fails only with --fail-on warning (or info)', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': WARNING_ONLY });
    const plain = await runCli(['validate', '-f', 'json'], dir);
    expect(JSON.parse(plain.stdout).findings.map((f: any) => [f.rule, f.severity, f.line, f.column])).toEqual([['outdated-department-name', 'warning', 11, 16]]);
    expect(plain.code).toBe(0);
    expect((await runCli(['validate', '--fail-on', 'warning'], dir)).code).toBe(1);
    expect((await runCli(['validate', '--fail-on', 'info'], dir)).code).toBe(1);
    expect((await runCli(['validate', '--fail-on', 'error'], dir)).code).toBe(0);
  });

  it('--quiet shows errors only, and what it hides does not fail the run', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': WITH_ERROR });
    const all = JSON.parse((await runCli(['validate', '-f', 'json'], dir)).stdout).findings;
    expect(all.map((f: any) => f.severity).sort()).toEqual(['error', 'warning']);
    const quiet = await runCli(['validate', '-f', 'json', '--quiet'], dir);
    expect(JSON.parse(quiet.stdout).findings.map((f: any) => [f.rule, f.line, f.column])).toEqual([['unknown-party', 8, 14]]);
    expect(quiet.code).toBe(1);
    const warnOnly = tempRepo({ ...MINI, 'domains/a.yaml': WARNING_ONLY });
    const q = await runCli(['validate', '-q', '--fail-on', 'warning'], warnOnly);
    expect(q.stdout).toBe('✔ 未发现问题，检查了 5 个文件、2 个事项\n');
    expect(q.code).toBe(0);
  });

  it('2 with a message on stderr and nothing on stdout for a folder without YAML files', async () => {
    const dir = tempRepo({ 'notes.txt': '说明' });
    mkdirSync(join(dir, 'empty'));
    const r = await runCli(['validate', 'empty'], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'resp: 文件夹中没有 YAML 文件：empty\n']);
    const here = await runCli(['--lang', 'en', 'validate'], dir);
    expect([here.code, here.stdout, here.stderr]).toEqual([2, '', 'resp: no YAML files in folder: .\n']);
  });

  it('2 for a missing path', async () => {
    const r = await runCli(['validate', 'domains/nope.yaml'], tempRepo(MINI));
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'resp: 路径不存在：domains/nope.yaml\n']);
  });

  it('2 for an unknown flag, a bad format and a bad --fail-on', async () => {
    const dir = tempRepo(MINI);
    for (const args of [['validate', '--bogus'], ['validate', '-f', 'xml'], ['validate', '--fail-on', 'never']]) {
      const r = await runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^错误：/);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect((await runCli(['validate', '--bogus'], dir)).stderr).toBe('错误：没有选项 --bogus\n');
    expect((await runCli(['validate', '-f', 'xml'], dir)).stderr).toBe('错误：选项 -f, --format <format> 的值 xml 无效，可选：human, json, sarif, github, junit, gitlab\n');
    expect((await runCli(['validate', '--cach'], dir)).stderr).toBe('错误：没有选项 --cach\n（是否想写 --cache？）\n');
    expect((await runCli(['diff'], dir)).stderr).toBe('错误：缺少参数 old\n');
    expect((await runCli(['rules', 'a', 'b'], dir)).stderr).toBe('错误：rules 的参数过多：应为 1 个，实际 2 个\n');
    const en = await runCli(['--lang', 'en', 'validate', '--bogus'], dir);
    expect([en.code, en.stderr]).toEqual([2, "error: unknown option '--bogus'\n"]);
  });

  it('2 for an --as-of that is not a real day', async () => {
    const dir = tempRepo(MINI);
    for (const day of ['2026-02-30', '2026-13-01', '23.11.2026']) {
      const r = await runCli(['validate', '--as-of', day], dir);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `resp: --as-of 应为 YYYY-MM-DD 格式的日期：${day}\n`]);
    }
    expect((await runCli(['validate', '--as-of', '2028-02-29'], dir)).code).toBe(0);
  });

  it('never prints a stack trace, whatever the input', async () => {
    const dir = tempRepo({
      ...MINI,
      'domains/a.yaml': 'kind: domain\nitems: {a: [1, 2}\n',
      'domains/b.yaml': Buffer.from([0xff, 0xfe, 0x00]),
      'domains/c.yaml': 'kind: [domain]\n',
      'domains/d.yaml': 'kind: domain\ndomain: 1\nitems:\n  - ~\n  - 3\n  - {id: {x: 1}, lead: []}\n',
    });
    for (const format of ['human', 'json', 'sarif', 'github', 'junit', 'gitlab']) {
      const r = await runCli(['validate', '-f', format], dir);
      expect(r.code, format).toBe(1);
      expect(`${r.stdout}${r.stderr}`, format).not.toMatch(STACK);
      expect(r.stderr, format).toBe('');
    }
  });
});
