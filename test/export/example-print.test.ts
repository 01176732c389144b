/**
 * The example county's lists as printed (issue 11): pages filled rather than two items a page, no text
 * cut off at LibreOffice's measured metrics, the domain and category on every page, township names in
 * 备注, no doubled punctuation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli } from '../helpers.js';
import { readWorkbook } from './read-workbook.js';
import { pagesOf, rowBreaks } from './pages.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'county');
const COUNTY_FILE = '青禾县县乡属地管理事项主体责任和配合责任清单.xlsx';
const DONGHU_FILE = 'townships/东湖镇履行职责事项清单.xlsx';

/** Printable width of A4 landscape with 0.5" side margins, in pixels (96 per inch). */
const PRINT_PX = ((842 - 72) * 4) / 3;
/** Pixels of a column `w` units wide, as Excel computes it. */
const px = (w: number) => Math.trunc(w * 7 + 5);

/**
 * Lines LibreOffice draws for `text` in a column `w` units wide at 11 pt, as measured on its PDF of the
 * example (the CJK fallback for 仿宋_GB2312): a CJK character 11 pt wide, Latin letters and digits about
 * half, a line every 16 pt, wrapping after any character, almost no padding.
 */
function drawnLines(text: string, w: number): number {
  const room = (px(w) * 3) / 4 - 1;
  let lines = 0;
  for (const para of text.split('\n')) {
    let x = 0;
    lines++;
    for (const ch of para) {
      const c = /[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f\u2018-\u201d\u2026\u2014]/.test(ch) ? 11 : 5.5;
      if (x + c > room && x > 0) {
        lines++;
        x = 0;
      }
      x += c;
    }
  }
  return lines;
}

let out: string;
let county: ExcelJS.Workbook;
let donghu: ExcelJS.Workbook;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'resp-example-print-'));
  const r = await runCli(['export', '--xlsx', '--out', out], EXAMPLE);
  expect(r.code, r.stderr).toBe(0);
  county = await readWorkbook(join(out, COUNTY_FILE));
  donghu = await readWorkbook(join(out, DONGHU_FILE));
});

const itemCount = (ws: ExcelJS.Worksheet) => {
  let n = 0;
  for (let r = 5; r <= ws.rowCount; r++) {
    const c = ws.getRow(r).getCell(1);
    if (typeof c.value === 'number' && (!c.isMerged || c.master.address === c.address)) n++;
  }
  return n;
};

describe.each([
  ['county', () => county, COUNTY_FILE],
  ['东湖镇', () => donghu, DONGHU_FILE],
] as const)('the example %s list as printed', (_, book, file) => {
  const sheet = () => book().getWorksheet('属地管理事项')!;

  it('fills its pages: at least five items on two pages, the columns as wide as the paper', () => {
    const ws = sheet();
    const pages = pagesOf(ws, rowBreaks(join(out, file), 1), 5);
    const items = itemCount(ws);
    expect(items).toBeGreaterThan(40);
    // The last check printed 45 items on 23 pages (two a page, ~40 % blank); now 17.
    expect(pages.length, `${items} items on ${pages.length} pages`).toBeLessThanOrEqual(Math.ceil(items / 2.5));
    let width = 0;
    for (let c = 1; c <= ws.columnCount; c++) width += px(ws.getColumn(c).width!);
    expect(width).toBeGreaterThanOrEqual(PRINT_PX * 0.97);
    expect(width).toBeLessThanOrEqual(PRINT_PX);
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it('cuts no text: every cell, merged ones over their rows, as tall as the lines LibreOffice draws', () => {
    const ws = sheet();
    const spans = new Map<string, number>(); // master address → rows it covers
    for (const m of ws.model.merges) {
      const [a, b] = m.split(':');
      spans.set(a, Number(b.replace(/[A-Z]+/, '')) - Number(a.replace(/[A-Z]+/, '')) + 1);
    }
    let checked = 0;
    for (let r = 5; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getRow(r).getCell(c);
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        const text = String(cell.value ?? '');
        if (!text || (c === 1 && typeof cell.value === 'string')) continue; // empty, or a section row over all columns
        let h = 0;
        for (let k = 0; k < (spans.get(cell.address) ?? 1); k++) h += ws.getRow(r + k).height;
        expect(h, `${cell.address} ${text.slice(0, 20)}`).toBeGreaterThanOrEqual(drawnLines(text, ws.getColumn(c).width!) * 16);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('shows on every page the domain (a section row, （续） where it continues) and the category of the items on it', () => {
    const ws = sheet();
    const pages = pagesOf(ws, rowBreaks(join(out, file), 1), 5);
    expect(pages.length).toBeGreaterThan(3);
    const domains: string[] = [];
    for (const rows of pages) {
      const head = String(ws.getRow(rows[0]).getCell(1).value);
      expect(head, `page starting at row ${rows[0]}`).toMatch(/^[一二三四五六七八九十]+、\S+/);
      domains.push(head.replace(/（续）$/, ''));
      for (const r of rows) {
        const no = ws.getRow(r).getCell(1);
        if (typeof no.value !== 'number' || (no.isMerged && no.master.address !== no.address)) continue;
        const cat = ws.getRow(r).getCell(2);
        expect(String((cat.isMerged ? cat.master : cat).value ?? ''), `category of row ${r}`).not.toBe('');
        // The category cell is merged within its page only.
        expect(rows).toContain(Number((cat.isMerged ? cat.master : cat).address.replace(/[A-Z]+/, '')));
      }
    }
    // A domain continued on a later page is marked so.
    expect(pages.some((rows) => String(ws.getRow(rows[0]).getCell(1).value).endsWith('（续）'))).toBe(true);
    expect(new Set(domains).size).toBeGreaterThan(3);
  });

  it('never prints doubled punctuation', () => {
    for (const ws of book().worksheets) {
      for (let r = 1; r <= ws.rowCount; r++) {
        for (let c = 1; c <= ws.columnCount; c++) expect(String(ws.getRow(r).getCell(c).value ?? ''), `${ws.name}!${r}:${c}`).not.toMatch(/[。；，][；，。]/);
      }
    }
  });
});

describe('the example township list', () => {
  it('names the township in 备注 and everywhere the county text says 乡镇（街道）', () => {
    const notes: string[] = [];
    for (const ws of donghu.worksheets) {
      const col = (ws.getRow(3).values as unknown[]).indexOf('备注');
      for (let r = 5; col > 0 && r <= ws.rowCount; r++) notes.push(String(ws.getRow(r).getCell(col).value ?? ''));
    }
    // 综合执法's delegated item: "…与乡镇（街道）联合办案，过渡期满后由乡镇（街道）独立行使。"
    expect(notes).toContain('过渡期内由县综合行政执法局与东湖镇联合办案，过渡期满后由东湖镇独立行使。');
    for (const s of donghu.worksheets) {
      for (let r = 3; r <= s.rowCount; r++) {
        for (let c = 1; c <= s.columnCount; c++) expect(String(s.getRow(r).getCell(c).value ?? '').replace(/《[^》]*》/g, ''), `${s.name}!${r}:${c}`).not.toMatch(/乡镇（街道）|镇（街道）/);
      }
    }
  });
});
