import type ExcelJS from 'exceljs';
import type { Grid, Merge } from '../grid.js';
import { readError } from './errors.js';
import { checkNoDoctype, storedZip, type ZipArchive } from './zip.js';

/**
 * The sheets of a workbook, read by exceljs from an archive that zip.ts has already checked.
 *
 * exceljs is handed a new archive holding only the parts it needs for cell values (workbook, its
 * relationships, shared strings, styles, worksheets), each inflated and checked by zip.ts and free of
 * DOCTYPE, stored uncompressed: it never inflates anything itself. It is told to skip the worksheet
 * parts we do not use (merges are read here from the XML: exceljs checks each merge against every
 * earlier one, which is quadratic; data validations, which it expands cell by cell; hyperlinks, drawings
 * and tables, whose relationships we drop).
 */

export interface XlsxOptions {
  maxCells: number;
  timeoutMs: number;
}

const KEEP = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

const IGNORE_NODES = [
  'mergeCells',
  'hyperlinks',
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'drawing',
  'picture',
  'tableParts',
  'autoFilter',
  'rowBreaks',
  'headerFooter',
  'sheetProtection',
];

export async function readXlsx(zip: ZipArchive, opts: XlsxOptions): Promise<Grid[]> {
  const parts: { name: string; data: Buffer }[] = [];
  const merges = new Map<string, Merge[]>();
  let valued = 0;
  let declared = 0;
  for (const name of zip.names()) {
    const plain = name.replace(/^\/+/, '');
    if (!KEEP.test(plain) || parts.some((p) => p.name === plain)) continue;
    const data = zip.bytes(name);
    checkNoDoctype(plain, data);
    if (plain.startsWith('xl/worksheets/')) {
      merges.set(plain, sheetMerges(data));
      // A cell value takes at least 7 bytes (<v></v>); count them only where there may be too many.
      if (data.length / 7 > opts.maxCells) {
        valued += count(data, '<v>') + count(data, '<is>');
        declared += count(data, '<c ');
      }
    }
    parts.push({ name: plain, data });
  }
  if (valued > opts.maxCells || declared > 2 * opts.maxCells) {
    throw readError('too-many-cells', { cells: `${Math.max(valued, declared)}+`, limit: opts.maxCells });
  }
  const partOfSheet = sheetParts(parts);

  const mod = await import('exceljs');
  // exceljs is CommonJS: Node hands it over as `default`, while its types describe named exports.
  const Excel = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new Excel.Workbook();
  const load = wb.xlsx.load(storedZip(parts) as unknown as Parameters<typeof wb.xlsx.load>[0], {
    ignoreNodes: IGNORE_NODES,
  });
  await withTimeout(load, opts.timeoutMs);

  const grids: Grid[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const part = partOfSheet.get(String(ws.id));
    const g = sheetGrid(ws, (part && merges.get(part)) || [], opts.maxCells - cells, opts.maxCells);
    if (!g) continue;
    cells += g.rows.length * g.rows[0].length;
    grids.push(g);
  }
  return grids;
}

/** Wait for `p`, or fail with `timeout` after `ms` (the work itself cannot be stopped; the caller exits). */
export async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readError('timeout', { seconds: Math.round(ms / 1000) })), ms);
    timer.unref();
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function count(b: Buffer, needle: string): number {
  let n = 0;
  for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The merged ranges a worksheet part declares (its `mergeCells` come after `sheetData`). */
export function sheetMerges(xml: Buffer): Merge[] {
  let from = xml.lastIndexOf('sheetData>');
  if (from < 0) from = 0;
  const tail = xml.toString('utf8', from);
  const out: Merge[] = [];
  const re = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?["']/g;
  for (const m of tail.matchAll(re)) {
    const a = { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
    const b = m[3] ? { r: Number(m[4]) - 1, c: columnIndex(m[3]) } : a;
    if (a.r < 0 || b.r < 0) continue;
    out.push({
      top: Math.min(a.r, b.r),
      left: Math.min(a.c, b.c),
      bottom: Math.max(a.r, b.r),
      right: Math.max(a.c, b.c),
    });
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Worksheet part by sheetId, resolved the way exceljs resolves it (workbook.xml → its relationships). */
function sheetParts(parts: { name: string; data: Buffer }[]): Map<string, string> {
  const get = (name: string) => parts.find((p) => p.name === name)?.data.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const tag of get('xl/_rels/workbook.xml.rels').match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const out = new Map<string, string>();
  for (const tag of get('xl/workbook.xml').match(/<(?:[\w.-]+:)?sheet\s[^>]*>/g) ?? []) {
    const sheetId = attr(tag, 'sheetId');
    const rid = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const target = rid === undefined ? undefined : targets.get(rid);
    if (sheetId === undefined || target === undefined) continue;
    out.set(String(Number.parseInt(sheetId, 10)), `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  }
  return out;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

/** One sheet's grid, from A1 to the last cell with text (and the merges starting inside it); null if blank. */
function sheetGrid(ws: ExcelJS.Worksheet, merges: Merge[], cellBudget: number, limit: number): Grid | null {
  const rs: number[] = [];
  const cs: number[] = [];
  const ts: string[] = [];
  let maxR = -1;
  let maxC = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const t = cellText(cell.value);
      if (t === '') return;
      rs.push(r - 1);
      cs.push(c - 1);
      ts.push(t);
      if (r - 1 > maxR) maxR = r - 1;
      if (c - 1 > maxC) maxC = c - 1;
    });
  });
  if (ts.length === 0) return null;
  const kept = merges.filter((m) => m.top <= maxR && m.left <= maxC && (m.bottom > m.top || m.right > m.left));
  for (const m of kept) {
    if (m.bottom > maxR) maxR = m.bottom;
    if (m.right > maxC) maxC = m.right;
  }
  const height = maxR + 1;
  const width = maxC + 1;
  if (height * width > cellBudget) {
    throw readError('too-many-cells', { cells: `${limit - cellBudget + height * width}+`, limit });
  }
  const rows: string[][] = [];
  for (let r = 0; r < height; r++) rows.push(new Array<string>(width).fill(''));
  for (let k = 0; k < ts.length; k++) rows[rs[k]][cs[k]] = ts[k];
  // Only the top-left cell of a merged range holds text.
  for (const m of kept) {
    for (let r = m.top; r <= m.bottom; r++) {
      const line = rows[r];
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) line[c] = '';
    }
  }
  return { name: ws.name, addressing: 'a1', rows, merges: kept };
}

/** A cell value as text: the cached result of a formula, never an evaluation. */
export function cellText(v: unknown): string {
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

/** A number as General format shows it: at most 15 significant digits, no trailing zeros. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** YYYY-MM-DD (exceljs gives dates in UTC); a time of day is added when there is one. */
export function dateText(d: Date): string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return '';
  const s = new Date(Math.round(ms / 1000) * 1000).toISOString(); // 2024-03-05T08:30:00.000Z
  const date = s.slice(0, 10);
  const time = s.slice(11, 19);
  if (time === '00:00:00') return date;
  const hm = time.endsWith(':00') ? time.slice(0, 5) : time;
  return date === '1899-12-30' ? hm : `${date} ${hm}`;
}
