/**
 * Files nested 10,000 levels deep: one located finding, the same on the main thread, in worker
 * threads and in diff; never a crash of the process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyExample, resp, snapshot, STACK } from './process.js';

const N = 10_000;
const FILES: Record<string, string> = {
  'domains/deep-flow.yaml': `kind: domain\ndomain: 自然资源\nitems: ${'['.repeat(N)}${']'.repeat(N)}\n`,
  'domains/deep-map.yaml': `kind: domain\ndomain: 应急管理\nitems: ${'{a: '.repeat(N)}x${'}'.repeat(N)}\n`,
  'domains/deep-block.yaml': `kind: domain\ndomain: 交通运输\nitems:\n  ${'- '.repeat(N)}x\n`,
};
/** Where each file passes 100 levels: line and column (1-based). */
const AT: Record<string, [number, number]> = {
  'domains/deep-flow.yaml': [3, 8 + 99],
  'domains/deep-map.yaml': [3, 8 + 4 * 99],
  'domains/deep-block.yaml': [4, 3 + 2 * 98],
};

interface F { file: string; rule: string; line: number; column: number; message: string }
const deepOnes = (stdout: string): F[] =>
  (JSON.parse(stdout).findings as F[]).filter((f) => f.file in FILES).map(({ file, rule, line, column, message }) => ({ file, rule, line, column, message }));

describe('nesting 10,000 levels deep', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyExample();
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  });

  it('validate: a located finding per file, the same on the main thread and in two workers', () => {
    const before = snapshot(dir);
    const main = resp(['validate', '-j', '0', '-f', 'json'], dir);
    const workers = resp(['validate', '-j', '2', '-f', 'json'], dir);
    for (const r of [main, workers]) {
      expect(r.signal).toBeNull();
      expect(r.stderr).not.toMatch(STACK);
      expect(r.code).toBe(1);
    }
    const found = deepOnes(main.stdout);
    expect(found.map((f) => [f.file, f.rule, f.line, f.column])).toEqual(
      Object.keys(FILES).sort().map((file) => [file, 'yaml-syntax', ...AT[file]]),
    );
    expect(found[0].message).toBe('YAML 嵌套超过 100 层，未解析');
    expect(deepOnes(workers.stdout)).toEqual(found);
    expect(snapshot(dir)).toEqual(before);
  });

  it('diff: the files are revision problems, never a crash', () => {
    const r = resp(['diff', '.', '.', '-f', 'json'], dir);
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    const problems = JSON.parse(r.stdout).problems as { file: string; line: number; column: number }[];
    expect(problems.filter((p) => p.file in FILES).map((p) => [p.file, p.line, p.column])).toEqual(
      expect.arrayContaining(Object.keys(FILES).sort().map((file) => [file, ...AT[file]])),
    );
  });
});
