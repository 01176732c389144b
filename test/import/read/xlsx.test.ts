import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { posix } from 'node:path';
import type { Grid } from '../../../src/import/grid.js';
import { readSource } from '../../../src/import/read/index.js';
import { dateText, isDateFormat, numberText } from '../../../src/import/read/xlsx.js';
import { storedZip } from '../../../src/import/read/zip.js';
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

  it('tells date formats from other number formats', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'h:mm', '[$-F800]dddd, mmmm dd, yyyy', 'YYYY/MM/DD', 'd-mmm']) {
      expect(isDateFormat(code), code).toBe(true);
    }
    for (const code of ['General', '0.00%', '[Red]#,##0', '#,##0 "元/天"', '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', '@', '0.00E+00']) {
      expect(isDateFormat(code), code).toBe(false);
    }
  });
});

/**
 * The reference the reader is checked against: exceljs reading the same bytes, its cell values made
 * text as the reader did when it was built on exceljs (a cached formula result, rich text joined, a
 * date as YYYY-MM-DD), then the same grid contract (A1 to the last cell with text, merges starting
 * inside it, text only in the top-left cell of a merge, blank sheets left out).
 */
async function exceljsGrids(buf: Buffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const grids: Grid[] = [];
  for (const ws of wb.worksheets) {
    const cells: [number, number, string][] = [];
    let maxR = -1;
    let maxC = -1;
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const text = cellText(cell.value);
        if (text === '') return;
        cells.push([r - 1, c - 1, text]);
        maxR = Math.max(maxR, r - 1);
        maxC = Math.max(maxC, c - 1);
      }),
    );
    if (cells.length === 0) continue;
    const merges = (ws.model.merges as string[])
      .map((ref) => {
        const [a, b] = ref.split(':').map((x) => {
          const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(x) ?? [];
          return { r: Number(digits) - 1, c: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
        });
        return { top: a.r, left: a.c, bottom: b.r, right: b.c };
      })
      .filter((m) => m.top <= maxR && m.left <= maxC && (m.bottom > m.top || m.right > m.left));
    for (const m of merges) {
      maxR = Math.max(maxR, m.bottom);
      maxC = Math.max(maxC, m.right);
    }
    const rows = Array.from({ length: maxR + 1 }, () => new Array<string>(maxC + 1).fill(''));
    for (const [r, c, text] of cells) rows[r][c] = text;
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) rows[r][c] = '';
    }
    grids.push({ name: ws.name, addressing: 'a1', rows, merges });
  }
  return grids;
}

/** An exceljs cell value as text: the cached result of a formula, never an evaluation. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return numberText(v);
    case 'boolean':
      return v ? 'TRUE' : 'FALSE';
    case 'object':
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return dateText(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return o.richText.map((run: { text?: unknown }) => String(run?.text ?? '')).join('');
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? cellText(o.result) : '';
  if ('error' in o) return String(o.error ?? '');
  if ('text' in o) return cellText(o.text);
  return '';
}

const byMerge = (g: Grid) => ({ ...g, merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left) });

/** A workbook of the values the list workbooks hold, in formats exceljs writes. */
async function valuesWorkbook(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('数 & <值>');
  ws.addRow(['文本', '  前后空格  ', '多行\n文本', 'A&B<C>"D\'', '']);
  ws.addRow([0, -0.5, 1 / 3, 123456789012345678, 1e21, 1e-7, 2 ** 53]);
  ws.addRow([true, false, { formula: '1=1', result: true }, { formula: '"x"&"y"', result: 'xy' }, { formula: '1/0', result: { error: '#DIV/0!' } }]);
  ws.addRow([new Date(Date.UTC(2024, 0, 31)), new Date(Date.UTC(2024, 0, 31, 8, 30)), new Date(Date.UTC(2024, 0, 31, 8, 30, 15)), new Date(Date.UTC(1999, 11, 31))]);
  ws.addRow([45000, 45000.5, 0.75, 1234.5, 0.125]);
  ws.getCell('A5').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('B5').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('C5').numFmt = 'h:mm';
  ws.getCell('D5').numFmt = '#,##0.00 "元"';
  ws.getCell('E5').numFmt = '0.00%';
  ws.getCell('A6').value = { formula: 'A5+1', result: 45001 };
  ws.getCell('A6').numFmt = 'yyyy-mm-dd';
  ws.getCell('B6').value = { sharedFormula: 'A6', result: 45002 } as ExcelJS.CellValue;
  ws.getCell('C6').value = { formula: 'A1' };
  ws.getCell('F9').value = '远处的格';
  ws.mergeCells('E8:G8');
  ws.mergeCells('A10:B12');
  const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
  hidden.getCell('B2').value = '隐藏的表也读';
  wb.addWorksheet('空');
  const last = wb.addWorksheet('末');
  last.getCell('A1').value = { richText: [{ text: '富' }, { font: { italic: true }, text: '文本' }] };
  last.mergeCells('A1:C1');
  last.getCell('B1').value = '合并区内的值';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the reader against exceljs', () => {
  const cases: [string, () => Promise<Buffer>][] = [
    ['the two-sheet list workbook', workbook],
    ['values of every kind', () => valuesWorkbook(false)],
    ['values of every kind, dates from 1904', () => valuesWorkbook(true)],
    [
      'a plain 200-row list',
      async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('表');
        for (let r = 1; r <= 200; r++) ws.addRow([r, `事项${r}`, '县住建局负责统筹协调，乡镇配合开展日常巡查', r % 7 === 0 ? '' : r / 8]);
        return Buffer.from(await wb.xlsx.writeBuffer());
      },
    ],
  ];
  for (const [what, make] of cases) {
    it(`reads ${what} as exceljs does`, async () => {
      const buf = await make();
      const expected = await exceljsGrids(buf);
      const book = await readSource(t.file(`diff-${cases.findIndex((c) => c[0] === what)}.xlsx`, buf));
      expect(book.grids.map(byMerge)).toEqual(expected.map(byMerge));
    });
  }

  it('checks the reference itself on cell values', () => {
    expect(cellText({ formula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ sharedFormula: 'A1', result: 7 })).toBe('7');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' })).toBe('ab');
    expect(cellText(false)).toBe('FALSE');
  });
});

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A workbook of parts written by hand: sheets as [name, target, sheet XML], in tab order. */
function handBook(sheets: [string, string, string][], extra: { sst?: string; styles?: string; date1904?: boolean } = {}): Buffer {
  const wbXml =
    `${XML}<workbook xmlns="${NS}" xmlns:r="${RNS}">${extra.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
    sheets.map(([name], k) => `<sheet name="${name}" sheetId="${sheets.length - k}" r:id="rId${k + 1}"/>`).join('') +
    '</sheets></workbook>';
  const rels =
    `${XML}<Relationships xmlns="${PKG}">` +
    sheets.map(([, target], k) => `<Relationship Id="rId${k + 1}" Type="${RNS}/worksheet" Target="${target}"/>`).join('') +
    `<Relationship Id="rId90" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/>` +
    `<Relationship Id="rId91" Type="${RNS}/styles" Target="/xl/styles.xml"/></Relationships>`;
  const part = (target: string) => posix.normalize(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  return storedZip([
    { name: 'xl/workbook.xml', data: Buffer.from(wbXml) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
    ...(extra.sst ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(extra.sst) }] : []),
    ...(extra.styles ? [{ name: 'xl/styles.xml', data: Buffer.from(extra.styles) }] : []),
    // A sheet given no XML has no part: its relationship points nowhere.
    ...sheets.filter(([, , xml]) => xml !== '').map(([, target, xml]) => ({ name: part(target), data: Buffer.from(xml) })),
  ]);
}

const sheetXml = (data: string, tail = '') => `${XML}<worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetData>${data}</sheetData>${tail}</worksheet>`;

describe('workbook parts written by hand', () => {
  const sst =
    `${XML}<sst xmlns="${NS}" count="3" uniqueCount="3">` +
    '<si><t>事项</t></si>' +
    // Rich text with phonetic runs (furigana): the runs, not the reading.
    '<si><r><rPr><b/></rPr><t>属地</t></r><r><t xml:space="preserve"> 管理</t></r><rPh sb="0" eb="2"><t>ぞくち</t></rPh><phoneticPr fontId="1"/></si>' +
    '<si><t>第一行_x000D_\n第二行</t><rPh sb="0" eb="1"><t>だい</t></rPh></si></sst>';
  const styles =
    `${XML}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>` +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="31" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10"/></cellXfs>' +
    '<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="yyyy-mm-dd"/></dxf></dxfs></styleSheet>';

  it('reads cells without r, inline strings, rich shared strings without their phonetic runs', async () => {
    const first = sheetXml(
      // No r on rows or cells: each row follows the last, each cell the last in its row.
      '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><t>行内</t></is></c></row>' +
        '<row><c><v>7</v></c><c/><c t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r><rPh><t>x</t></rPh></is></c></row>' +
        // r on some cells only; a formula without a cached value; a string formula result; a shared string with _x000D_.
        '<row r="5"><c r="B5" t="s"><v>2</v></c><c><f>SUM(A1:A2)</f></c><c t="str"><f>A1</f><v>事项</v></c></row>',
    );
    const book = await readSource(t.file('hand-1.xlsx', handBook([['手写', 'worksheets/sheet1.xml', first]], { sst })));
    expect(book.grids).toHaveLength(1);
    expect(book.grids[0].rows).toEqual([
      ['事项', '属地 管理', '行内', ''],
      ['7', '', '富文本', ''],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '第一行\r\n第二行', '', '事项'],
    ]);
  });

  it('reads sheets in tab order through their relationships, with prefixes, dates of built-in and custom formats, and 1904', async () => {
    const x = (data: string, tail = '') =>
      `${XML}<x:worksheet xmlns:x="${NS}"><x:sheetData>${data}</x:sheetData>${tail}</x:worksheet>`;
    const a = x(
      '<x:row r="1"><x:c r="A1" s="1"><x:v>45000</x:v></x:c><x:c r="B1" s="2"><x:v>45000</x:v></x:c><x:c r="C1" s="3"><x:v>0.25</x:v></x:c>' +
        '<x:c r="D1" t="d"><x:v>2024-03-05T08:30:00</x:v></x:c><x:c r="E1" t="b"><x:v>0</x:v></x:c><x:c r="F1" t="e"><x:v>#REF!</x:v></x:c></x:row>',
    );
    const b = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>合并</t></is></c><c r="B1" t="inlineStr"><is><t>区内</t></is></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    );
    const files = handBook(
      [
        ['后 &amp; 先', '/xl/worksheets/sheet9.xml', a],
        ['乙', './worksheets/../worksheets/sheet2.xml', b],
      ],
      { styles },
    );
    const book = await readSource(t.file('hand-2.xlsx', files));
    expect(book.grids.map((g) => g.name)).toEqual(['后 & 先', '乙']);
    expect(book.grids[0].rows).toEqual([['2023-03-15', '2023-03-15', '0.25', '2024-03-05 08:30', 'FALSE', '#REF!']]);
    expect(book.grids[1].rows).toEqual([
      ['合并', ''],
      ['', ''],
    ]);
    expect(book.grids[1].merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    const book1904 = await readSource(t.file('hand-3.xlsx', handBook([['甲', 'worksheets/sheet1.xml', a]], { styles, date1904: true })));
    expect(book1904.grids[0].rows[0].slice(0, 2)).toEqual(['2027-03-16', '2027-03-16']);
  });

  it('refuses a DOCTYPE in shared strings or styles, a part cut short, and a far cell over maxCells', async () => {
    const one = sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const code = async (name: string, buf: Buffer, opts = {}) =>
      readSource(t.file(name, buf), opts).then(
        () => 'read',
        (e: { code: string }) => e.code,
      );
    const dtd = `${XML}<!DOCTYPE sst [<!ENTITY x "x">]>`;
    expect(await code('h-dtd1.xlsx', handBook([['甲', 'worksheets/sheet1.xml', one]], { sst: sst.replace(XML, dtd) }))).toBe('doctype');
    expect(await code('h-dtd2.xlsx', handBook([['甲', 'worksheets/sheet1.xml', one]], { sst, styles: styles.replace(XML, dtd) }))).toBe('doctype');
    expect(await code('h-cut.xlsx', handBook([['甲', 'worksheets/sheet1.xml', one.slice(0, -20)]], { sst }))).toBe('corrupt');
    expect(await code('h-missing.xlsx', handBook([['甲', 'worksheets/nothere.xml', '']], { sst }))).toBe('corrupt');
    const far = sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    const start = Date.now();
    expect(await code('h-far.xlsx', handBook([['甲', 'worksheets/sheet1.xml', far]], { sst }))).toBe('too-large');
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
