/**
 * A file one revision cannot read is a problem of that revision, never its items removed or added;
 * a duplicate id is a problem too; with --fail-on or --exit-code a problem fails the run.
 */
import ExcelJS from 'exceljs';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function revisions(): string {
  const dir = mkdtempSync(join(tmpdir(), 'resp-diff-'));
  made.push(dir);
  cpSync(EXAMPLE, join(dir, 'a'), { recursive: true });
  cpSync(EXAMPLE, join(dir, 'b'), { recursive: true });
  return dir;
}

describe('diff with problems in a revision', () => {
  it('lists a broken file as a problem and none of its items as removed', async () => {
    const dir = revisions();
    writeFileSync(join(dir, 'b', 'domains', '自然资源.yaml'), 'kind: domain\ndomain: 自然资源\nitems: [\n  - broken\n');
    const r = await runCli(['diff', 'a', 'b', '-f', 'json'], dir);
    const set = JSON.parse(r.stdout);
    expect(set.changes).toEqual([]);
    expect(set.problems).toEqual([expect.objectContaining({ revision: 'to', file: 'domains/自然资源.yaml', rule: 'yaml-syntax' })]);
    expect(r.code).toBe(0);
    expect((await runCli(['diff', 'a', 'b', '--fail-on', 'review'], dir)).code).toBe(1);
    expect((await runCli(['diff', 'a', 'b', '--exit-code'], dir)).code).toBe(1);
    // The other way round: a file broken in the old revision does not make its items "added".
    const back = JSON.parse((await runCli(['diff', 'b', 'a', '-f', 'json'], dir)).stdout);
    expect(back.changes).toEqual([]);
    expect(back.problems[0]).toMatchObject({ revision: 'from', rule: 'yaml-syntax' });
  });

  it('an item with a schema error is not reported as removed', async () => {
    const dir = revisions();
    const f = join(dir, 'b', 'domains', '应急管理.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(f, readFileSync(f, 'utf8').replace('power: 其他', 'power: 别的'));
    const set = JSON.parse((await runCli(['diff', 'a', 'b', '-f', 'json'], dir)).stdout);
    expect(set.changes.filter((c: { types: string[] }) => c.types.includes('remove'))).toEqual([]);
  });

  it('reports a duplicate id as a problem of its revision', async () => {
    const dir = revisions();
    appendFileSync(join(dir, 'b', 'domains', '应急管理.yaml'), '\n  - id: ZR-001\n    name: 复制出的事项\n    lead: {party: 县应急管理局, duties: [依法查处。]}\n');
    const set = JSON.parse((await runCli(['diff', 'a', 'b', '-f', 'json'], dir)).stdout);
    expect(set.problems).toEqual([expect.objectContaining({ revision: 'to', rule: 'unique-id', message: '事项编号 ZR-001 在本版本中出现 2 次：比对按编号进行，该编号的比对结果不可靠，请先改正' })]);
  });

  it('puts the problem at the top of the request workbook', async () => {
    const dir = revisions();
    writeFileSync(join(dir, 'b', 'domains', '自然资源.yaml'), 'kind: domain\ndomain: 自然资源\nitems: [\n  - broken\n');
    expect((await runCli(['diff', 'a', 'b', '-f', 'xlsx', '-o', 'request.xlsx'], dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'request.xlsx'));
    const text = String(wb.worksheets[0].getCell(5, 1).value);
    expect(text).toMatch(/^注意：新版本有 1 个问题使部分内容无法读取，本表可能不完整，请改正后重新生成：\ndomains\/自然资源\.yaml:3:8 {2}YAML 语法错误：方括号 \[ 或花括号 { 没有闭合/);
  });

  it('lists no change when a registry cannot be read, instead of every item removed', async () => {
    const dir = revisions();
    writeFileSync(join(dir, 'b', 'registry', 'townships.yaml'), Buffer.from('kind: townships\ntownships:\n  - {name: \xb6\xab\xba\xfe\xd5\xf2, type: \xd5\xf2}\n', 'latin1'));
    const set = JSON.parse((await runCli(['diff', 'a', 'b', '-f', 'json'], dir)).stdout);
    expect(set.changes).toEqual([]);
    expect(set.problems.map((p: { rule: string; file: string }) => `${p.rule} ${p.file}`)).toEqual(['encoding registry/townships.yaml', 'diff-blocked registry/townships.yaml']);
    const human = await runCli(['diff', 'a', 'b', '--no-color'], dir);
    expect(human.stdout).toContain('未列出调整：请先改正上面的问题，再重新比对');
    expect(human.stdout).not.toContain('没有差异');
    expect((await runCli(['diff', 'a', 'b', '--fail-on', 'review'], dir)).code).toBe(1);
  });
});
