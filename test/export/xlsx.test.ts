import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';
import { columnValues, readWorkbook } from './read-workbook.js';
import { unzip } from './unzip.js';
import { rowBreaks } from './pages.js';

const COUNTY_FILE = 'out/示例县县乡属地管理事项主体责任和配合责任清单.xlsx';
const DONGHU_FILE = 'out/townships/东湖镇履行职责事项清单.xlsx';

let dir: string;
let county: ExcelJS.Workbook;
let donghu: ExcelJS.Workbook;

beforeAll(async () => {
  dir = tempRepo(COUNTY);
  const r = await runCli(['export', '--xlsx'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  county = await readWorkbook(join(dir, COUNTY_FILE));
  donghu = await readWorkbook(join(dir, DONGHU_FILE));
});

describe('county workbook', () => {
  it('has one sheet per list kind, 属地管理 first', () => {
    expect(county.worksheets.map((w) => w.name)).toEqual(['属地管理事项', '职责边界事项']);
  });

  it('prints the title and the revision over all columns', () => {
    const ws = county.getWorksheet('属地管理事项')!;
    expect(ws.getCell('A1').value).toBe('示例县县乡“属地管理”事项主体责任和配合责任清单');
    expect(ws.getCell('A2').value).toBe('版本：2026.1　施行日期：2026-01-01　批准机关：示例县人民政府　批准文号：示政发〔2026〕1号');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:I1', 'A2:I2']));
  });

  it('has two-level headers with merged parents', () => {
    const ws = county.getWorksheet('属地管理事项')!;
    const row3 = [1, 2, 3, 5, 7, 8, 9].map((c) => ws.getRow(3).getCell(c).value);
    // No 事项类别 column: no item of the fixture has a category; the domains are section rows.
    expect(row3).toEqual(['序号', '事项名称', '主体责任', '配合责任', '法律依据', '备注', '事项编号']);
    expect([3, 4, 5, 6].map((c) => ws.getRow(4).getCell(c).value)).toEqual(['单位', '职责', '单位', '职责']);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4']));
  });

  it('numbers items 1..n under a section row per domain, and merges an item over its supporters', () => {
    const ws = county.getWorksheet('属地管理事项')!;
    expect(columnValues(ws, 1, 5)).toEqual(['一、自然资源', 1, '二、应急管理', 2, 3]);
    expect(columnValues(ws, 9, 5)).toEqual(['BASE-001', 'YJ-001', 'YJ-002']);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A5:I5', 'A7:I7']));
    // YJ-001 has two supporting parties: rows 8 and 9; YJ-002 is row 10.
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A8:A9', 'B8:B9', 'C8:C9', 'D8:D9', 'G8:G9', 'H8:H9', 'I8:I9']));
    expect(ws.model.merges).not.toContain('E8:E9');
  });

  it('prints parties, numbered duties and the legal basis', () => {
    const ws = county.getWorksheet('属地管理事项')!;
    expect(ws.getCell('B8').value).toBe('生产经营单位安全生产违法行为的查处');
    expect(ws.getCell('C8').value).toBe('县应急局');
    expect(ws.getCell('D8').value).toBe('1.依法对生产经营单位安全生产违法行为立案查处\n2.组织开展安全生产执法检查');
    expect(ws.getCell('E8').value).toBe('乡镇（街道）');
    expect(ws.getCell('F8').value).toBe('1.开展安全生产日常巡查\n2.发现安全隐患及时劝阻并报告县应急局');
    expect(ws.getCell('E9').value).toBe('县安委办');
    expect(ws.getCell('F9').value).toBe('统筹协调安全生产工作');
    expect(ws.getCell('G8').value).toBe('1.《中华人民共和国安全生产法》第十条\n2.《中华人民共和国安全生产法》第九条（2021修正）');
    expect(ws.getCell('H8').value).toBe('重点时段加密巡查');
    expect(ws.getCell('D6').value).toBe('依法立案查处非法占用土地行为');
  });

  it('styles title, headers and body as an official attachment', () => {
    const ws = county.getWorksheet('属地管理事项')!;
    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 20 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('D3').font).toMatchObject({ name: '黑体' });
    expect(ws.getCell('D3').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A5').font).toMatchObject({ name: '黑体' });
    for (const addr of ['D8', 'A9', 'B10', 'F9', 'I10']) {
      const c = ws.getCell(addr);
      expect(c.font, addr).toMatchObject({ name: '仿宋_GB2312', size: 11 });
      expect(c.alignment, addr).toMatchObject({ wrapText: true, vertical: 'middle' });
      for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(c.border?.[side]?.style, `${addr} ${side}`).toBe('thin');
    }
    expect(ws.getCell('D8').alignment.horizontal).toBe('left');
    expect(ws.getCell('A8').alignment.horizontal).toBe('center');
  });

  it('sizes columns for Chinese text and gives rows room for their lines', () => {
    const ws = county.getWorksheet('属地管理事项')!;
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(widths[0]).toBeGreaterThanOrEqual(5);
    // The lead unit column fits 县自然资源局 (6 CJK characters = 12) on one line.
    expect(widths[2]).toBeGreaterThanOrEqual(12);
    // Columns fit A4 landscape at 100 % (7 px a unit, 5 px a column, 1026 px printable).
    expect(widths.reduce((a, w) => a + Math.trunc(w * 7 + 5), 0)).toBeLessThanOrEqual(1026);
    // Two duty lines need a taller row than a one-line item.
    expect(ws.getRow(8).height + ws.getRow(9).height).toBeGreaterThan(ws.getRow(10).height);
  });

  it('prints on A4 landscape, one page wide, header rows on every page, page numbers in the footer', () => {
    for (const ws of county.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, firstPageNumber: 1 });
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5 });
      // Numbered per list: the total is the sheet's own page count.
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 1 页');
      expect(ws.headerFooter.oddHeader).toBeFalsy();
    }
    const ws = county.getWorksheet('属地管理事项')!;
    expect(ws.pageSetup.printTitlesRow).toBe('3:4');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('records resp as creator and the revision date as the workbook date', () => {
    expect(county.creator).toBe('resp');
    expect(county.created.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(county.modified.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('prints 职责边界 with 主办 / 协办 headers', () => {
    const ws = county.getWorksheet('职责边界事项')!;
    expect(ws.getCell('A1').value).toBe('示例县县乡职责边界清单');
    expect(ws.getCell('A2').value).toMatch(/^版本：2026\.1/);
    expect([3, 5].map((c) => ws.getRow(3).getCell(c).value)).toEqual(['主办部门', '协办部门']);
    expect(ws.getCell('E6').value).toBe('县综合执法局');
  });
});

describe('township workbook', () => {
  it('has one sheet per list kind present, in the order of the 履职事项清单', () => {
    expect(donghu.worksheets.map((w) => w.name)).toEqual(['属地管理事项', '基本履职事项', '配合履职事项', '上级部门收回事项']);
    for (const ws of donghu.worksheets) expect(ws.getCell('A1').value).toBe('东湖镇履行职责事项清单');
  });

  it('names the township instead of the placeholder and shows its adjustment', () => {
    const ws = donghu.getWorksheet('属地管理事项')!;
    expect(ws.getCell('E6').value).toBe('东湖镇\n（综合执法中心）');
    expect(ws.getCell('F6').value).toBe('1.每周巡查耕地一次\n2.发现后立即劝阻并报告');
    expect(ws.getCell('E8').value).toBe('东湖镇');
  });

  it('lays out 基本履职, 配合履职 and 上级部门收回 with their own columns', () => {
    const basic = donghu.getWorksheet('基本履职事项')!;
    // The category is the domain of a township's own item: a section row, no 事项类别 column.
    expect(basic.getRow(3).values).toEqual([, '序号', '事项名称', '具体内容', '承办机构', '依据', '备注', '事项编号']);
    expect(basic.getCell('A4').value).toBe('一、党的建设');
    expect(basic.getRow(5).values).toEqual([, 1, '基层党组织建设', '加强基层党组织建设', '党政综合办公室', '《中国共产党章程》第三十三条', , 'DH-001']);
    const coop = donghu.getWorksheet('配合履职事项')!;
    // No category column: these items carry none.
    expect(coop.getRow(3).values).toEqual([, '序号', '事项名称', '对应上级部门\n（主责）', '上级部门职责', '乡镇配合职责', '承办机构', '依据', '备注', '事项编号']);
    expect(coop.getRow(4).values).toEqual([, 1, '安全生产执法配合', '县应急局', '依法实施安全生产行政执法', '1.开展日常巡查\n2.发现问题及时报告', '综合执法中心', '《中华人民共和国安全生产法》第九条', , 'DH-002']);
    const back = donghu.getWorksheet('上级部门收回事项')!;
    expect(back.getRow(3).values).toEqual([, '序号', '事项名称', '承接（收回）部门', '工作方式', '依据', '备注', '事项编号']);
    expect(back.getCell('D4').value).toBe('由县级部门直接受理审批，乡镇不再承担');
    expect(back.pageSetup.printTitlesRow).toBe('3:3');
    expect(back.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('contains exactly the items of the township\'s compiled list', async () => {
    const built = await runCli(['build', '--township', '东湖镇'], dir);
    const ids = (JSON.parse(built.stdout).townships[0].items as { id: string }[]).map((i) => i.id).sort();
    const printed = donghu.worksheets.flatMap((ws) => columnValues(ws, ws.columnCount, 4).filter((v) => v !== '事项编号' && !/、/.test(String(v))));
    expect(printed.sort()).toEqual(ids);
    expect(ids).toEqual(['BASE-001', 'DH-001', 'DH-002', 'DH-003', 'YJ-001', 'YJ-002']);
  });

  it('leaves out an excluded item', async () => {
    const xishan = await readWorkbook(join(dir, 'out/townships/西山乡履行职责事项清单.xlsx'));
    expect(xishan.worksheets.map((w) => w.name)).toEqual(['属地管理事项']);
    expect(columnValues(xishan.worksheets[0], 9, 5).filter((v) => !/、/.test(String(v)))).toEqual(['BASE-001', 'YJ-001']);
  });
});

describe('safety and reproducibility', () => {
  it('writes text that looks like a formula as text, never as a formula', async () => {
    const d = tempRepo({
      ...COUNTY,
      'domains/zz-formula.yaml': [
        'kind: domain',
        'domain: 专项工作',
        'items:',
        '  - id: ZX-001',
        '    name: "-2+3"',
        '    lead: {party: 县应急局, duties: ["=1+1", "@SUM(A1)"]}',
        '    support:',
        '      - {party: 乡镇（街道）, duties: ["=HYPERLINK(\\"http://x\\")"]}',
        '    basis: ["+cmd|\' /C calc\'!A0"]',
        '    notes: "\\tTAB"',
        '',
      ].join('\n'),
    });
    await runCli(['export', '--xlsx', '--county'], d);
    const file = join(d, COUNTY_FILE);
    const ws = (await readWorkbook(file)).getWorksheet('属地管理事项')!;
    const row = ws.getRow(12);
    expect(row.getCell(2).value).toBe('-2+3');
    expect(row.getCell(4).value).toBe('1.=1+1\n2.@SUM(A1)');
    expect(row.getCell(6).value).toBe('=HYPERLINK("http://x")');
    expect(row.getCell(7).value).toBe("+cmd|' /C calc'!A0");
    expect(row.getCell(8).value).toBe('\tTAB');
    for (const c of [2, 4, 6, 7, 8]) expect(row.getCell(c).formula).toBeUndefined();
    const sheets = unzip(file).filter((e) => e.name.includes('worksheets/sheet'));
    expect(sheets.length).toBe(2);
    for (const s of sheets) expect(s.text()).not.toMatch(/<f[\s>]/);
  });

  it('gives the same bytes for the same lists, with zip entries stamped with the document date', async () => {
    const d = tempRepo(COUNTY);
    await runCli(['export', '--xlsx', '--out', 'a'], d);
    // Zip times have a 2-second resolution: wait past it so that a clock in the output would show.
    await new Promise((r) => setTimeout(r, 2100));
    await runCli(['export', '--xlsx', '--out', 'b'], d);
    const { readFileSync } = await import('node:fs');
    for (const f of ['示例县县乡属地管理事项主体责任和配合责任清单.xlsx', 'townships/东湖镇履行职责事项清单.xlsx']) {
      expect(readFileSync(join(d, 'a', f)).equals(readFileSync(join(d, 'b', f))), f).toBe(true);
    }
    const jan1 = ((2026 - 1980) << 9) | (1 << 5) | 1;
    for (const e of unzip(join(d, 'a', '示例县县乡属地管理事项主体责任和配合责任清单.xlsx'))) {
      expect([e.dosDate, e.dosTime, e.localDosDate, e.localDosTime], e.name).toEqual([jan1, 0, jan1, 0]);
    }
  });

  it('--date sets the workbook date', async () => {
    const d = tempRepo(COUNTY);
    await runCli(['export', '--xlsx', '--county', '--date', '2025-06-30'], d);
    const wb = await readWorkbook(join(d, COUNTY_FILE));
    expect(wb.created.toISOString()).toBe('2025-06-30T00:00:00.000Z');
    const june30 = ((2025 - 1980) << 9) | (6 << 5) | 30;
    expect(unzip(join(d, COUNTY_FILE))[0].dosDate).toBe(june30);
  });
});

describe('large domains', () => {
  it('pages 150 items with the streaming writer: 序号 and ids in order, a page break after every page', async () => {
    const items = Array.from({ length: 150 }, (_, i) => [
      `  - id: CX-${String(i + 1).padStart(3, '0')}`,
      `    name: 第${i + 1}项城乡建设事项`,
      '    lead: {party: 县综合执法局, duties: [依法查处]}',
      '    support:',
      '      - {party: 乡镇（街道）, duties: [巡查报告]}',
      '    basis: [《中华人民共和国城乡规划法》第六十四条]',
    ].join('\n'));
    const d = tempRepo({ ...COUNTY, 'domains/a-build.yaml': `kind: domain\ndomain: 城乡建设\nitems:\n${items.join('\n')}\n` });
    await runCli(['export', '--xlsx', '--county'], d);
    const ws = (await readWorkbook(join(d, COUNTY_FILE))).getWorksheet('属地管理事项')!;
    expect(ws.getCell('A5').value).toBe('一、城乡建设');
    expect(ws.getCell('A6').value).toBe(1);
    const breaks = rowBreaks(join(d, COUNTY_FILE), 1);
    expect(breaks.length).toBeGreaterThan(3);
    // Each page the domain continues on begins with its heading again, marked （续）.
    const inDomain = breaks.filter((b) => b < rowOf(ws, 'CX-150'));
    for (const b of inDomain) expect(ws.getCell(`A${b + 1}`).value, `after ${b}`).toBe('一、城乡建设（续）');
    const nos = columnValues(ws, 1, 6).filter((v) => typeof v === 'number');
    expect(nos.slice(0, 150)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    const last = rowOf(ws, 'CX-150');
    expect(ws.getCell(`A${last}`).value).toBe(150);
    expect(ws.getCell(`A${last + 1}`).value).toBe('二、自然资源');
    expect(ws.headerFooter.oddFooter).toBe(`&C第 &P 页，共 ${breaks.length + 1} 页`);
  });
});

/** The row of the item with this id (in the last column). */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(ws.columnCount).value === id) return r;
  throw new Error(`no row for ${id}`);
}
