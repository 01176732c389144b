/** --lang and every date option are checked the same way: an unknown language or an impossible day is a usage error. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');

describe('flags checked alike', () => {
  it('refuses an unknown --lang, listing the choices', async () => {
    expect(await runCli(['--lang', 'fr', 'rules'], process.cwd())).toMatchObject({ code: 2, stdout: '', stderr: 'resp: --lang 应为以下之一：zh、en（收到 fr）\n' });
    expect(await runCli(['--lang=de', 'rules'], process.cwd())).toMatchObject({ code: 2 });
    const en = await runCli(['--lang=en', 'rules', 'unique-id'], process.cwd());
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Duplicate item id');
  });

  it('refuses a day that does not exist, in validate, build and export alike', async () => {
    for (const args of [['validate', EXAMPLE, '--as-of', '2026-02-30'], ['build', EXAMPLE, '--as-of', '2026-02-30'], ['export', EXAMPLE, '--md', '--date', '2026-02-30', '--out', '/nonexistent-never-written']]) {
      const r = await runCli(args, process.cwd());
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^resp: --(as-of|date) 应为 YYYY-MM-DD 格式的日期：2026-02-30\n$/);
    }
  });

  it('prints the parser\'s help in Chinese by default and in English with --lang en', async () => {
    const zh = await runCli(['import', '--help'], process.cwd());
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法： resp import \[options\] <files\.\.\.>\n/);
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toContain('-h, --help');
    expect(zh.stdout).toContain('显示帮助');
    expect(zh.stdout).not.toContain('display help for command');
    const en = await runCli(['--lang', 'en', 'import', '--help'], process.cwd());
    expect(en.stdout).toMatch(/^Usage: resp import/);
    expect(en.stdout).toContain('display help for command');
  });
});
