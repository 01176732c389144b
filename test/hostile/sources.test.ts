/** Careless output paths, end to end: nothing of the sources is overwritten, and resp's output is never read back as a source. */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyExample, resp, snapshot, STACK, tempFiles } from './process.js';

describe('output paths onto the sources are refused', () => {
  let dir: string;
  beforeAll(() => (dir = copyExample()));
  const cases: [string[], RegExp][] = [
    [['build', '-f', 'yaml', '--out', '.'], /^resp: 不能把输出写入 \.：这是清单仓库 \. 的根文件夹/],
    [['build', '--out', 'townships'], /^resp: 不能把输出写入 townships：这是清单仓库 \. 的源文件夹 townships\//],
    [['export', '--csv', '--out', 'domains'], /^resp: 不能把输出写入 domains：/],
    [['validate', '-o', 'resp.yaml'], /^resp: 不能把输出写入 resp\.yaml：这是清单源文件；未写入任何文件/],
    [['diff', '.', '.', '-f', 'json', '-o', 'registry/departments.yaml'], /^resp: 不能把输出写入 registry\/departments\.yaml：/],
    [['validate', '-o', '/dev/stdout'], /^resp: 不能写入 \/dev\/stdout：它是符号链接，不是普通文件/],
    [['build', '--out', 'resp.yaml'], /^resp: --out resp\.yaml 是一个已有的文件，不是文件夹/],
  ];
  for (const [args, message] of cases) {
    it(`resp ${args.join(' ')}`, () => {
      const before = snapshot(dir);
      const r = resp(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK);
      expect(snapshot(dir)).toEqual(before);
      expect(tempFiles(dir)).toEqual([]);
    });
  }

  it('in English', () => {
    const r = resp(['build', '-f', 'yaml', '--out', '.', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resp: refusing to write output into \.: it is the root of the list repository \., where its sources are; nothing was written/);
  });

  it('build --out compiled, then validate: the compiled lists are not read as sources', () => {
    const first = resp(['validate', '-f', 'json'], dir);
    expect(resp(['build', '-f', 'yaml', '--out', 'compiled'], dir).code).toBe(0);
    const again = resp(['validate', '-f', 'json'], dir);
    expect(again.stdout).not.toContain('unknown-kind');
    expect(JSON.parse(again.stdout).findings).toEqual(JSON.parse(first.stdout).findings);
  });
});
