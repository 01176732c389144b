import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

const BAD = `kind: domain
domain: 自然资源
items:
  - id: ZR-001
    name: 非法占用土地行为的查处
    power: 行政处理
    lead:
      party: 县自然资源局
      duties: [依法查处]
`;

describe('--output FILE', () => {
  it('writes what stdout would have shown, prints nothing, and keeps the exit code', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': BAD });
    const toStdout = await runCli(['validate', '-f', 'sarif'], dir);
    const toFile = await runCli(['validate', '-f', 'sarif', '-o', 'reports/resp.sarif'], dir);
    expect([toFile.code, toFile.stdout, toFile.stderr]).toEqual([1, '', '']);
    expect(readFileSync(join(dir, 'reports/resp.sarif'), 'utf8')).toBe(toStdout.stdout);
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': BAD, 'out/report.json': 'x'.repeat(100_000) });
    await runCli(['validate', '-f', 'json', '--output', 'out/report.json'], dir);
    const text = readFileSync(join(dir, 'out/report.json'), 'utf8');
    expect(JSON.parse(text).findings.map((f: any) => [f.rule, f.line, f.column])).toEqual([['schema', 6, 12]]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it('never writes colour into a file, even when colour is forced', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': BAD });
    process.env.FORCE_COLOR = '1';
    try {
      await runCli(['validate', '-o', 'report.txt'], dir);
    } finally {
      delete process.env.FORCE_COLOR;
    }
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('domains/a.yaml:6:12  错误  schema');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('refuses a target that is not a regular file: exit 2, a message, nothing written', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': BAD });
    // The target is a folder that is not empty.
    mkdirSync(join(dir, 'report.json'));
    writeFileSync(join(dir, 'report.json', 'keep.txt'), '保留');
    const r = await runCli(['validate', '-f', 'json', '-o', 'report.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^resp: 不能写入 .*report\.json：它是文件夹，不是普通文件/);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
    expect(readFileSync(join(dir, 'report.json', 'keep.txt'), 'utf8')).toBe('保留');
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
  });

  it('refuses a symbolic link as the target (-o pointing at a source file)', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': BAD });
    symlinkSync(join(dir, 'domains/a.yaml'), join(dir, 'report.json'));
    const r = await runCli(['validate', '-f', 'json', '-o', 'report.json', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resp: cannot write report.json: it is a symbolic link, not a regular file; nothing was written\n');
    expect(readFileSync(join(dir, 'domains/a.yaml'), 'utf8')).toBe(BAD);
  });

  it('names the file when the write fails', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': BAD });
    const r = await runCli(['validate', '-f', 'json', '-o', 'resp.yaml/report.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resp: 写入 resp.yaml/report.json 失败：路径中有一段不是文件夹\n');
  });
});
