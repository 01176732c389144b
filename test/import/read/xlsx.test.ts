import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSource } from '../../../src/import/read/index.js';
import { cellText, dateText, numberText } from '../../../src/import/read/xlsx.js';
import { tempDir } from './fixtures.js';

const TITLE = '青禾县县乡“属地管理”事项主体责任和配合责任清单';

/** The two-sheet workbook the tests read: a two-level merged header, a merged category column. */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('属地管理');
  ws.getCell('A1').value = TITLE;
  ws.mergeCells('A1:H1');
  ws.getCell('A2').value = '序号';
  ws.mergeCells('A2:A3');
  ws.getCell('B2').value = '类别';
  ws.mergeCells('B2:B3');
  ws.getCell('C2').value = '事项名称';
  ws.mergeCells('C2:C3');
  ws.getCell('D2').value = '主体责任';
  ws.mergeCells('D2:E2');
  ws.getCell('F2').value = '配合责任';
  ws.mergeCells('F2:G2');
  ws.getCell('H2').value = '备注';
  ws.mergeCells('H2:H3');
  ws.getRow(3).getCell(4).value = '单位';
  ws.getRow(3).getCell(5).value = '职责';
  ws.getRow(3).getCell(6).value = '单位';
  ws.getRow(3).getCell(7).value = '职责';
  const put = (r: number, values: ExcelJS.CellValue[]) =>
    values.forEach((v, k) => {
      if (v !== undefined) ws.getRow(r).getCell(k + 1).value = v;
    });
  put(4, [1, '城乡建设', '违法建设治理', '县住建局', '负责统筹\n第二行', '乡镇', '配合巡查', { formula: 'C4', result: '违法建设治理' }]);
  put(5, [
    2,
    undefined,
    { richText: [{ text: '农村' }, { font: { bold: true }, text: '危房' }, { text: '改造' }] },
    '县住建局',
    0.1 + 0.2,
    '乡镇',
    12345678901234,
    new Date(Date.UTC(2024, 2, 5)),
  ]);
  put(6, [3.5, '生态环境', '秸秆禁烧', '县生态环境分局', true, '乡镇', { formula: 'NA()', result: { error: '#N/A' } }, { text: '链接', hyperlink: 'https://example.org' }]);
  put(7, [4, undefined, '扬尘治理', '', { formula: '1+1' }, '', '', '']);
  ws.mergeCells('B4:B5');
  ws.mergeCells('B6:B7');
  ws.getCell('H7').numFmt = 'yyyy-mm-dd';

  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '注：本清单自印发之日起施行。';
  notes.getCell('B3').value = 12345;
  wb.addWorksheet('空白');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let t: ReturnType<typeof tempDir>;
let file: string;

beforeAll(async () => {
  t = tempDir();
  // Named .dat: the format is told from the bytes.
  file = t.file('清单.dat', await workbook());
});
afterAll(() => t.done());

describe('readSource on an xlsx', () => {
  it('reads every sheet with content, in order, skipping the blank one', async () => {
    const book = await readSource(file);
    expect(book.format).toBe('xlsx');
    expect(book.file).toBe(file);
    expect(book.convertedFrom).toBeUndefined();
    expect(book.grids.map((g) => g.name)).toEqual(['属地管理', '说明']);
    expect(book.grids.every((g) => g.addressing === 'a1')).toBe(true);
  });

  it('gives the cell texts, text only in the top-left cell of a merge', async () => {
    const [g] = (await readSource(file)).grids;
    expect(g.rows).toEqual([
      [TITLE, '', '', '', '', '', '', ''],
      ['序号', '类别', '事项名称', '主体责任', '', '配合责任', '', '备注'],
      ['', '', '', '单位', '职责', '单位', '职责', ''],
      ['1', '城乡建设', '违法建设治理', '县住建局', '负责统筹\n第二行', '乡镇', '配合巡查', '违法建设治理'],
      ['2', '', '农村危房改造', '县住建局', '0.3', '乡镇', '12345678901234', '2024-03-05'],
      ['3.5', '生态环境', '秸秆禁烧', '县生态环境分局', 'TRUE', '乡镇', '#N/A', '链接'],
      ['4', '', '扬尘治理', '', '', '', '', ''],
    ]);
  });

  it('gives the merges, 0-based and inclusive', async () => {
    const [g] = (await readSource(file)).grids;
    const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(g.merges.map(key).sort()).toEqual(
      [
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 4 },
        { top: 1, left: 5, bottom: 1, right: 6 },
        { top: 1, left: 7, bottom: 2, right: 7 },
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 5, left: 1, bottom: 6, right: 1 },
      ]
        .map(key)
        .sort(),
    );
  });

  it('pads a sheet to a rectangle from A1', async () => {
    const g = (await readSource(file)).grids[1];
    expect(g.rows).toEqual([
      ['注：本清单自印发之日起施行。', ''],
      ['', ''],
      ['', '12345'],
    ]);
    expect(g.merges).toEqual([]);
  });

  it('refuses more cells than maxCells', async () => {
    await expect(readSource(file, { maxCells: 20 })).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('cell values as text', () => {
  it('numbers as General shows them', () => {
    expect(numberText(3)).toBe('3');
    expect(numberText(-0.5)).toBe('-0.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1e21)).toBe('1e+21');
  });

  it('dates as YYYY-MM-DD, with the time only when there is one', () => {
    expect(dateText(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
    expect(dateText(new Date(Date.UTC(2024, 0, 31, 8, 30)))).toBe('2024-01-31 08:30');
    expect(dateText(new Date(Date.UTC(2024, 0, 31, 23, 59, 59, 999)))).toBe('2024-02-01');
  });

  it('formulas by their cached result, never evaluated', () => {
    expect(cellText({ formula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ sharedFormula: 'A1', result: 7 })).toBe('7');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(cellText(false)).toBe('FALSE');
  });
});
