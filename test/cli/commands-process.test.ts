/**
 * Every command run as a user runs it — `node bin/resp.js …` in a child process — for its exit codes
 * and what it prints on standard error: 0 when the work is done, 1 when it found what the user must
 * look at, 2 on a usage or input error with one line saying what is wrong (Chinese by default, English
 * with --lang en), never a stack trace.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, STACK, resp } from '../hostile/process.js';

const work = mkdtempSync(join(tmpdir(), 'resp-process-'));
const repo = join(work, 'county');
cpSync(EXAMPLE, repo, { recursive: true });
const DEFECTS = join(ROOT, 'examples', 'defects');

describe.each([
  // command, arguments, expected exit code, what standard error must say (or '' for nothing)
  ['validate', ['validate'], 0, ''],
  ['validate', ['validate', DEFECTS], 1, ''],
  ['validate', ['validate', '--bogus'], 2, '没有选项 --bogus'],
  ['validate', ['validate', '--fail-on', 'sometimes'], 2, '--fail-on'],
  ['build', ['build', '--out', join(work, 'built')], 0, ''],
  ['build', ['build', '--as-of', '2026-02-30', '--out', join(work, 'b2')], 2, '--as-of 应为 YYYY-MM-DD'],
  ['export', ['export', '--md', '--out', join(work, 'md')], 0, ''],
  ['export', ['export', '--xlsx', '--out', '.'], 2, '不能把输出写入 .'],
  ['diff', ['diff', '.', '.'], 0, ''],
  ['diff', ['diff', 'nowhere'], 2, '找不到版本 nowhere'],
  ['find', ['find', '村里有人烧秸秆'], 0, ''],
  ['find', ['find', '快递丢了找谁'], 1, ''],
  ['find', ['find'], 2, '请用平常的话描述'],
  ['rules', ['rules'], 0, ''],
  ['rules', ['rules', 'township-enforcement'], 0, ''],
  ['rules', ['rules', 'no-such-rule'], 2, 'no-such-rule'],
  ['init', ['init', join(work, 'new'), '--county', '测试县'], 0, ''],
  ['init', ['init', repo, '--county', '测试县'], 2, '已有清单文件（resp.yaml），未写入任何文件'],
  ['import', ['import', join(work, 'none.xlsx'), '--out', join(work, 'imported')], 2, '找不到文件'],
  ['(none)', ['nosuch'], 2, '没有命令 nosuch'],
] as const)('resp %s', (_name, args, code, says) => {
  it(`${args.join(' ').replaceAll(work, '<tmp>').replaceAll(ROOT, '<repo>/')} → exit ${code}`, () => {
    const r = resp([...args], repo, { timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).not.toMatch(STACK);
    if (code === 2) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(says);
    } else if (says === '') expect(r.stderr).toBe('');
  });
});

describe('usage errors in English with --lang en', () => {
  it.each([
    [['validate', '--bogus'], 'unknown option'],
    [['find'], 'describe the problem in plain words'],
    [['build', '--as-of', '2026-02-30', '--out', join(work, 'b3')], '--as-of'],
    [['nosuch'], 'unknown command'],
    [['init', '.', '--county', 'x'], '--county must end with'],
  ])('%s', (args, says) => {
    const r = resp(['--lang', 'en', ...args], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('wrote nothing where a run was refused', () => {
    expect(existsSync(join(work, 'b2'))).toBe(false);
    expect(existsSync(join(work, 'imported'))).toBe(false);
  });
});
