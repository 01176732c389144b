/**
 * Output never lands on the sources: --out / -o of build, export, validate and diff refuse a source
 * file of the repository and the folders its sources are in (exit 2, nothing written), and validate
 * never reads resp's own output (folders marked with .resp-output) as sources.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from '../export/fixture.js';

/** Every file of a folder with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out[r] = readFileSync(join(d, e.name), 'latin1');
    }
  };
  walk(dir, '');
  return out;
}

describe('output into the sources is refused', () => {
  const folders: [string[], string][] = [
    [['build', '-f', 'yaml', '--out', '.'], '.'],
    [['build', '--out', 'townships'], 'townships'],
    [['build', '--out', './domains/'], 'domains'],
    [['build', '--out', 'registry/sub'], 'registry/sub'],
    [['build', '--out', 'assignments'], 'assignments'],
    [['export', '--csv', '--out', '.'], '.'],
    [['export', '--md', '--out', 'domains'], 'domains'],
    [['build', '--out', '..'], '..'],
  ];
  for (const [args, shown] of folders) {
    it(`resp ${args.join(' ')}`, async () => {
      const dir = tempRepo(COUNTY);
      mkdirSync(join(dir, 'assignments'), { recursive: true });
      const before = snapshot(dir);
      const r = await runCli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const where = shown === '..' ? dirname(dir) : shown;
      expect(r.stderr.startsWith(`resp: 不能把输出写入 ${where}：`)).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(snapshot(dir)).toEqual(before);
      const en = await runCli([...args, '--lang', 'en'], dir);
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/^resp: refusing to write output into .*: /);
    });
  }

  const files: string[][] = [
    ['validate', '-f', 'json', '-o', 'domains/emergency.yaml'],
    ['validate', '-o', 'resp.yaml'],
    ['validate', '-o', 'registry/new.yaml'],
    ['validate', '-o', 'townships/report.txt'],
    ['diff', '.', '.', '-f', 'json', '-o', 'domains/emergency.yaml'],
    ['diff', '.', '.', '-o', 'report.yaml'],
  ];
  for (const args of files) {
    it(`resp ${args.join(' ')}`, async () => {
      const dir = tempRepo(COUNTY);
      const before = snapshot(dir);
      const r = await runCli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^resp: 不能把输出写入 .*：/);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('a source file reached through a symbolic link to its folder is refused too', async () => {
    const dir = tempRepo(COUNTY);
    symlinkSync(join(dir, 'domains'), join(dir, 'alias'));
    const before = readFileSync(join(dir, 'domains/emergency.yaml'), 'utf8');
    const r = await runCli(['validate', '-o', 'alias/emergency.yaml'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'domains/emergency.yaml'), 'utf8')).toBe(before);
  });

  it('a file named outside any repository, or the file a named link points to, is refused as the report', async () => {
    const dir = tempRepo({ 'loose/清单.yaml': 'kind: domain\ndomain: 应急管理\nitems: []\n', 'other/real.json': '{}' });
    const list = readFileSync(join(dir, 'loose/清单.yaml'), 'utf8');
    const own = await runCli(['validate', 'loose/清单.yaml', '-f', 'json', '-o', 'loose/清单.yaml'], dir);
    expect([own.code, own.stderr]).toEqual([2, 'resp: 不能把输出写入 loose/清单.yaml：这是清单源文件；未写入任何文件，请另选位置（如 --out compiled）\n']);
    expect(readFileSync(join(dir, 'loose/清单.yaml'), 'utf8')).toBe(list);
    // A link named on the command line whose target has another name.
    symlinkSync(join(dir, 'other/real.json'), join(dir, 'loose/link.yaml'));
    const linked = await runCli(['validate', 'loose/link.yaml', '-f', 'json', '-o', 'other/real.json'], dir);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toMatch(/^resp: 不能把输出写入 other\/real\.json：这是清单源文件/);
    expect(readFileSync(join(dir, 'other/real.json'), 'utf8')).toBe('{}');
  });

  it('a report beside resp.yaml and an output folder inside the repository are fine', async () => {
    const dir = tempRepo(COUNTY);
    expect((await runCli(['validate', '-f', 'sarif', '-o', 'resp.sarif'], dir)).code).toBe(0);
    expect((await runCli(['build', '--out', 'compiled', '-f', 'yaml'], dir)).code).toBe(0);
  });
});

describe("validate skips resp's own output", () => {
  it('build -f yaml --out compiled, then validate: no unknown-kind, the same findings as before', async () => {
    const dir = tempRepo(COUNTY);
    const first = await runCli(['validate', '-f', 'json'], dir);
    const b = await runCli(['build', '-f', 'yaml', '--out', 'compiled'], dir);
    expect(b.code).toBe(0);
    expect(readdirSync(join(dir, 'compiled'))).toContain('.resp-output');
    expect(readFileSync(join(dir, 'compiled/示例县.yaml'), 'utf8')).toMatch(/^# resp build/);
    const again = await runCli(['validate', '-f', 'json'], dir);
    expect(again.stdout).not.toContain('unknown-kind');
    expect(JSON.parse(again.stdout).findings).toEqual(JSON.parse(first.stdout).findings);
    expect(JSON.parse(again.stdout).summary.files).toBe(JSON.parse(first.stdout).summary.files);
  });

  it('validating the output folder itself says what it is', async () => {
    const dir = tempRepo(COUNTY);
    await runCli(['build', '-f', 'yaml', '--out', 'compiled'], dir);
    const r = await runCli(['validate', 'compiled'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resp: compiled 是 resp 生成的输出文件夹/);
  });
});

describe('diff skips committed output folders like validate does', () => {
  it('a compiled folder committed into git is not read as the items of a revision', async () => {
    const { TestRepo } = await import('../diff/git-repo.js');
    const repo = new TestRepo(COUNTY, 'v1');
    expect((await runCli(['build', '-f', 'yaml', '--out', 'compiled'], repo.dir)).code).toBe(0);
    repo.commit('v2');
    const r = await runCli(['diff', 'v1', 'v2', '-f', 'json'], repo.dir);
    expect(r.code).toBe(0);
    const set = JSON.parse(r.stdout);
    expect(set.changes).toEqual([]);
    expect(set.problems).toEqual([]);
  });
});
