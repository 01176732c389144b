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

  it('has the title, the headers, a row per change and blank review columns', async () => {
    const out = join(tempRepo({}), '调整申请.xlsx');
    const r = await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('示例县县乡“属地管理”事项清单动态调整申请表');
    expect(ws.getCell('A1').font?.name).toBe('黑体');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号', '调整类型', '事项编号', '事项名称', '所属领域', '调整前', '调整后', '调整理由', '提出单位', '是否需法制审核', '编办审核意见', '司法局审核意见',
    ]);
    expect(ws.getCell('B2').font?.name).toBe('黑体');
    const row = (n: number) => Array.from({ length: 12 }, (_, i) => ws.getRow(n).getCell(i + 1).value ?? '');
    expect(row(3)).toEqual([
      1, '调整', 'ZR-002', '违法开采矿产资源的查处', '自然资源',
      '事项名称：违法采矿的查处', '事项名称：违法开采矿产资源的查处\n涉及乡镇（街道）：全部 2 个乡镇（街道）',
      '', '', '否', '', '',
    ]);
    expect(row(4)).toEqual([
      2, '移交', 'ZR-005', '矿山安全生产执法检查', '自然资源',
      '主体责任单位：县自然资源局', '主体责任单位：县应急局',
      '矿山安全监管职责划转\n文件：示编发〔2025〕2号', '县应急局', '是', '', '',
    ]);
    expect(ws.rowCount).toBe(4);
    for (const ref of ['K3', 'L3', 'K4', 'L4', 'H3', 'I3']) expect(ws.getCell(ref).value).toBeNull();
    // Body style: 仿宋_GB2312, wrapped, bordered; the missing reason is shaded for the person filling in.
    const body = ws.getCell('F4');
    expect(body.font?.name).toBe('仿宋_GB2312');
    expect(body.alignment?.wrapText).toBe(true);
    expect(body.border?.left?.style).toBe('thin');
    expect(ws.getCell('K4').border?.right?.style).toBe('thin');
    expect((ws.getCell('H3').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFF2CC');
    // Printing: A4 landscape, one page wide, the header row repeated.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
  });

  it('keeps text that looks like a formula as text', async () => {
    const added = '  - id: ZR-009\n    name: "=HYPERLINK(\\"http://example.invalid\\")"\n    lead: {party: 县自然资源局, duties: ["+1 巡查"]}\n';
    const r2 = new TestRepo(V1).write({ 'domains/base.yaml': LAND + added }).commit('v2');
    const out = join(tempRepo({}), 'a.xlsx');
    expect((await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], r2.dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('D3').value).toBe('=HYPERLINK("http://example.invalid")');
    expect(ws.getCell('D3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('G3').value).toContain('主体责任：县自然资源局：+1 巡查');
  });

  it('writes nothing but the workbook: no temporary file is left behind', async () => {
    const dir = tempRepo({});
    await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', join(dir, 'a.xlsx')], repo.dir);
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(true);
  });
});
