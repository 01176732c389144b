import { basename, extname } from 'node:path';
import type { Grid } from '../grid.js';
import { readError } from './errors.js';

/**
 * One grid of a CSV file's text (already decoded): RFC 4180 fields, quoted fields may hold commas,
 * doubled quotes and line breaks; records end with CRLF, LF or CR. Lenient where Excel is: a quote
 * inside an unquoted field is kept as is, text after a closing quote is appended, an unclosed quote
 * runs to the end of the file. A file whose first line has tabs and no comma is read as tab-separated
 * (Excel's "Unicode text").
 */
export function readCsv(text: string, file: string, maxCells: number): Grid {
  const sep = delimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let cells = 0;
  let width = 0;
  const n = text.length;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    rows.push(row);
    if (row.length > width) width = row.length;
    cells += row.length;
    if (cells > maxCells) throw readError('too-many-cells', { cells: `${cells}+`, limit: maxCells });
    row = [];
  };
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */ && field === '') {
      // A quoted field: up to the next quote that is not doubled.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      i = j;
      continue;
    }
    if (ch === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === 0x0a || ch === 0x0d) {
      endRow();
      i += ch === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    } else {
      // Plain text up to the next separator, quote or line end.
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === 0x0a || c === 0x0d || c === 0x22) break;
        j++;
      }
      // A quote inside an unquoted field (or after a closing quote) is text.
      if (j < n && text.charCodeAt(j) === 0x22) j++;
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) endRow();

  // Trailing blank records (blank lines at the end of the file) are not rows.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  if (rows.length === 0) throw readError('empty');
  width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  if (rows.length * width > maxCells) {
    throw readError('too-many-cells', { cells: rows.length * width, limit: maxCells });
  }
  for (const r of rows) while (r.length < width) r.push('');
  return { name: basename(file, extname(file)), addressing: 'a1', rows, merges: [] };
}

function delimiter(text: string): number {
  const nl = text.search(/[\r\n]/);
  const first = nl < 0 ? text : text.slice(0, nl);
  return first.includes('\t') && !first.includes(',') ? 0x09 : 0x2c;
}
