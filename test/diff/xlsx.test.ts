import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers.js';
import { TestRepo } from './git-repo.js';
import { edit, LAND, V1 } from './fixture.js';

// exceljs is CommonJS; under Node it arrives as the default export.
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

describe('resp diff -f xlsx: the 动态调整申请表', () => {
  const v2 = edit(LAND,
    ['    lead:\n      party: 县自然资源局\n      duties: [开展矿山执法检查]', '    lead:\n      party: 县应急局\n      duties: [开展矿山执法检查]\n    change: {reason: 矿山安全监管职责划转, requested_by: 县应急局, document: 示编发〔2025〕2号}'],
    ['name: 违法采矿的查处', 'name: 违法开采矿产资源的查处'],
  );
  const repo = new TestRepo(V1).write({ 'domains/base.yaml': v2 }).commit('v2');

  it('is a form: 附件 label, title, the submitter block, headers, a row per change, blank review columns', async () => {
    const out = join(tempRepo({}), '调整申请.xlsx');
    const r = await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('附件');
    expect(ws.getCell('A2').value).toBe('示例县县乡“属地管理”事项清单动态调整申请表');
    expect(ws.getCell('A2').font?.name).toBe('方正小标宋简体');
    expect(['A3', 'E3', 'G3', 'I3'].map((a) => ws.getCell(a).value)).toEqual(['填报单位（盖章）：', '填报日期：', '联系人：', '联系电话：']);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A2:L2', 'A3:D3', 'E3:F3', 'G3:H3', 'I3:L3']));
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      '序号', '调整\n类型', '事项编号', '事项名称', '所属\n领域', '调整前', '调整后', '调整理由', '提出单位', '是否需\n法制审核', '编办\n审核意见', '司法局\n审核意见',
    ]);
    expect(ws.getCell('B4').font?.name).toBe('黑体');
    const row = (n: number) => Array.from({ length: 12 }, (_, i) => ws.getRow(n).getCell(i + 1).value ?? '');
    expect(row(5)).toEqual([
      1, '调整', 'ZR-002', '违法开采矿产资源的查处', '自然资源',
      '事项名称：违法采矿的查处', '事项名称：违法开采矿产资源的查处\n涉及乡镇（街道）：全部 2 个乡镇（街道）',
      '', '', '否', '', '',
    ]);
    expect(row(6)).toEqual([
      2, '移交', 'ZR-005', '矿山安全生产执法检查', '自然资源',
      '主体责任单位：县自然资源局', '主体责任单位：县应急局',
      '矿山安全监管职责划转\n文件：示编发〔2025〕2号', '县应急局', '是', '', '',
    ]);
    for (const ref of ['K5', 'L5', 'K6', 'L6', 'H5', 'I5']) expect(ws.getCell(ref).value).toBeNull();
    // Body style: 仿宋_GB2312, wrapped, bordered.
    const body = ws.getCell('F6');
    expect(body.font?.name).toBe('仿宋_GB2312');
    expect(body.alignment?.wrapText).toBe(true);
    expect(body.border?.left?.style).toBe('thin');
    expect(ws.getCell('K6').border?.right?.style).toBe('thin');
    // Only the reason cell of the change without a reason is shaded.
    const fill = (ref: string) => (ws.getCell(ref).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill('H5')).toBe('FFFFF2CC');
    for (const ref of ['A5', 'F5', 'G5', 'I5', 'L5', 'A6', 'H6', 'F6']) expect(fill(ref), ref).toBeUndefined();
    // Rows as tall as their wrapped text: the two-line 调整后 needs two lines at least.
    expect(ws.getRow(5).height).toBeGreaterThanOrEqual(2 * 16);
    // The reviewers sign at the end, with seal and date space.
    expect(String(ws.getCell('A7').value)).toMatch(/^编办审核意见：[\s\S]*（盖章）[\s\S]*年　　月　　日$/);
    expect(String(ws.getCell('G7').value)).toMatch(/^司法局审核意见：[\s\S]*（盖章）/);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A7:F7', 'G7:L7']));
    expect(ws.getRow(7).height).toBeGreaterThanOrEqual(100);
    // Printing: A4 landscape, one page wide, the header row repeated; at fit-to-width the 11 pt body stays ≥ 10 pt.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    const px = ws.columns.reduce((a, c) => a + Math.trunc((c.width ?? 0) * 7 + 5), 0);
    const printable = ((842 - 72) * 4) / 3;
    expect(11 * Math.min(1, printable / px)).toBeGreaterThanOrEqual(10);
  });

  it('breaks no header inside a word: each line of a header fits its column at the printed scale', async () => {
    const out = join(tempRepo({}), '调整申请.xlsx');
    await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], repo.dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const px = (w: number) => Math.trunc(w * 7 + 5);
    for (let c = 1; c <= 12; c++) {
      const head = String(ws.getRow(4).getCell(c).value);
      // A CJK character of 11 pt is 11 pt wide (LibreOffice's PDF of this form); fitting the page scales
      // the text and the columns alike, so a line fits when it fits the column at 100 %.
      const width = ws.columns[c - 1].width!;
      for (const line of head.split('\n')) expect([...line].length * 11, `${head} in ${width}`).toBeLessThanOrEqual((px(width) * 3) / 4 - 2);
    }
    expect(ws.getRow(4).getCell(10).value).toBe('是否需\n法制审核');
    // A width of exactly 9 is exceljs's default, which it does not write: the column fell back to 8.43.
    expect(ws.columns[9].width).toBeGreaterThanOrEqual(9);
    expect(ws.getRow(4).height).toBeGreaterThanOrEqual(2 * 16);
  });

  it('joins duties without doubled punctuation (。；), in the workbook and on the terminal', async () => {
    const v1 = edit(LAND, ['duties: [组织地质灾害隐患排查]', 'duties: [组织地质灾害隐患排查。, 培训群测群防员。]']);
    const r2 = new TestRepo({ ...V1, 'domains/base.yaml': v1 }).write({ 'domains/base.yaml': v1.slice(0, v1.indexOf('  - id: ZR-003')) + v1.slice(v1.indexOf('  - id: ZR-004')) }).commit('v2');
    const out = join(tempRepo({}), 'a.xlsx');
    expect((await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], r2.dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const before = String(wb.worksheets[0].getCell('F5').value);
    expect(before).toContain('县自然资源局：组织地质灾害隐患排查；培训群测群防员。');
    const human = await runCli(['diff', 'v1', 'v2', '--no-color'], r2.dir);
    expect(human.stdout).toContain('组织地质灾害隐患排查；培训群测群防员。');
    for (const text of [before, human.stdout]) expect(text).not.toMatch(/[。；][；。]/);
  });

  it('keeps text that looks like a formula as text', async () => {
    const added = '  - id: ZR-009\n    name: "=HYPERLINK(\\"http://example.invalid\\")"\n    lead: {party: 县自然资源局, duties: ["+1 巡查"]}\n';
    const r2 = new TestRepo(V1).write({ 'domains/base.yaml': LAND + added }).commit('v2');
    const out = join(tempRepo({}), 'a.xlsx');
    expect((await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], r2.dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('D5').value).toBe('=HYPERLINK("http://example.invalid")');
    expect(ws.getCell('D5').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('G5').value).toContain('主体责任：县自然资源局：+1 巡查');
  });

  it('writes nothing but the workbook: no temporary file is left behind', async () => {
    const dir = tempRepo({});
    await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', join(dir, 'a.xlsx')], repo.dir);
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(true);
  });
});
