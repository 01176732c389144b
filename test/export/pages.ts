import type ExcelJS from 'exceljs';
import { unzip } from './unzip.js';

/** The manual row breaks of the n-th sheet (1-based), as the rows they follow. exceljs does not read them back. */
export function rowBreaks(file: string, sheet: number): number[] {
  const xml = unzip(file).find((e) => e.name === `xl/worksheets/sheet${sheet}.xml`)!.text();
  return [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
}

/** The body rows of each printed page, between the header rows and the breaks. */
export function pagesOf(ws: ExcelJS.Worksheet, breaks: number[], firstBody: number): number[][] {
  const pages: number[][] = [];
  let from = firstBody;
  for (const b of [...breaks, ws.rowCount]) {
    pages.push(Array.from({ length: b - from + 1 }, (_, i) => from + i));
    from = b + 1;
  }
  return pages;
}

/** Points a page holds below its margins (A4 landscape, 0.6" top and bottom). */
export const PAGE_PT = 595 - 72 * 1.2;
