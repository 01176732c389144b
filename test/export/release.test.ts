/**
 * No partial list is published silently: with errors `resp export` writes no document and names the
 * items that block it; `--draft` writes every item (invalid ones as written), marked 征求意见稿 on
 * the title, the file name and every page header, with a sheet of the open problems.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';
import { columnValues, readWorkbook } from './read-workbook.js';

const C = '示例县县乡属地管理事项主体责任和配合责任清单';
// One mistyped power: a schema error that compiling leaves the item out for.
const broken = () => tempRepo({ ...COUNTY, 'domains/emergency.yaml': COUNTY['domains/emergency.yaml'].replace('power: 行政处罚', 'power: 行政处份') });
const documents = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(xlsx|md|csv|json)$/.test(e.name)).map((e) => e.name) : [];

describe('resp export with errors in the repository', () => {
  it('writes no document, exits 1 and names the item that blocks it', async () => {
    const dir = broken();
    const r = await runCli(['export', '--xlsx', '--md', '--csv', '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('未导出任何文件');
    expect(r.stderr).toContain('有错误的事项：YJ-001');
    expect(r.stderr).toContain('--draft');
    expect(documents(join(dir, 'out'))).toEqual([]);
  });

  it('names the file and line of an error that concerns no item', async () => {
    const dir = tempRepo({ ...COUNTY, 'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nexclude: 3\n' });
    const r = await runCli(['export', '--csv', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other errors at: townships\/西山乡\.yaml:\d+/);
    expect(documents(join(dir, 'out'))).toEqual([]);
  });

  it('--draft writes every item, the invalid one as written, marked 征求意见稿 with its open problems', async () => {
    const dir = broken();
    const r = await runCli(['export', '--xlsx', '--md', '--draft'], dir);
    expect(r.code).toBe(0);
    const file = join(dir, 'out', `${C}（征求意见稿）.xlsx`);
    expect(r.stdout.split('\n')).toContain(`out/${C}（征求意见稿）.xlsx`);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['属地管理事项', '职责边界事项', '待解决问题']);
    const ws = wb.getWorksheet('属地管理事项')!;
    expect(ws.getCell("A1").value).toBe("示例县县乡“属地管理”事项主体责任和配合责任清单（征求意见稿）");
    expect(columnValues(ws, ws.columnCount, 5)).toEqual(['BASE-001', 'YJ-001', 'YJ-002']);
    for (const s of wb.worksheets) expect(s.headerFooter.oddHeader, s.name).toContain('征求意见稿');
    expect(wb.getWorksheet('职责边界事项')!.getCell('A1').value).toBe('示例县县乡职责边界清单（征求意见稿）');
    const problems = wb.getWorksheet('待解决问题')!;
    expect(problems.getCell('A1').value).toMatch(/待解决问题（共\d+项）/);
    expect(problems.getRow(2).values).toEqual([, '序号', '事项编号', '级别', '问题', '处理建议', '位置']);
    expect(problems.getCell('B3').value).toBe('YJ-001');
    expect(problems.getCell('C3').value).toBe('错误');
    expect(String(problems.getCell('D3').value)).toContain('行政处份');
    expect(String(problems.getCell('F3').value)).toMatch(/^domains\/emergency\.yaml:\d+（schema）$/);
    // The township lists carry the invalid county item too, with the township's name.
    const donghu = await readWorkbook(join(dir, 'out/townships/东湖镇履行职责事项清单（征求意见稿）.xlsx'));
    expect(columnValues(donghu.getWorksheet('属地管理事项')!, 9, 5)).toContain('YJ-001');
    expect(donghu.worksheets.map((w) => w.name)).toContain('待解决问题');
  });

  it('--draft of a clean repository is still marked, with no problems', async () => {
    const dir = tempRepo(COUNTY);
    const r = await runCli(['export', '--xlsx', '--county', '--draft'], dir);
    expect(r.code).toBe(0);
    const wb = await readWorkbook(join(dir, 'out', `${C}（征求意见稿）.xlsx`));
    expect(wb.getWorksheet('待解决问题')!.getCell('A1').value).toMatch(/共0项/);
  });
});
