import type { Grid, Merge } from '../grid.js';
import { readError } from './errors.js';
import { attr, localName, partText, scanXml } from './xml.js';
import { checkNoDoctype, type ZipArchive } from './zip.js';

/**
 * The sheets of a workbook, read from an archive zip.ts has already checked, with the tag scanner of
 * xml.ts (no DTD processing; a DOCTYPE or ENTITY in any part read is refused).
 *
 * Read: `xl/workbook.xml` (sheets in tab order, hidden ones too; `date1904`), its relationships (the
 * part of each sheet, shared strings and styles), the shared strings (`t`, or the runs of rich text
 * joined; phonetic `rPh` runs left out), the styles (only whether a cell format shows a date) and each
 * worksheet's `sheetData` and `mergeCells`. A cell's text is its cached value `<v>`; a formula is never
 * evaluated (with no cached value it is ''). Numbers read as General shows them, and as YYYY-MM-DD when
 * the cell's format is a date format. Everything else in the parts is passed over.
 */

export interface XlsxOptions {
  maxCells: number;
  timeoutMs: number;
}

interface SheetRef {
  name: string;
  /** The worksheet part, resolved through the workbook's relationships. */
  part: string | undefined;
}

export function readXlsx(zip: ZipArchive, opts: XlsxOptions): Grid[] {
  const clock = deadline(opts.timeoutMs);
  // Part names as the archive spells them, by their name without a leading slash, in lower case.
  const parts = new Map<string, string>();
  for (const name of zip.names()) {
    const key = name.replace(/^\/+/, '').toLowerCase();
    if (!parts.has(key)) parts.set(key, name);
  }
  const read = (name: string): string | undefined => {
    const entry = parts.get(name.toLowerCase());
    return entry === undefined ? undefined : partText(zip.bytes(entry));
  };

  const rels = relationships(read(WORKBOOK_RELS) ?? '', WORKBOOK_RELS);
  const { sheets, date1904 } = workbook(read(WORKBOOK) ?? '', rels);
  const relPart = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback;
  const sstPart = relPart('sharedStrings', 'xl/sharedStrings.xml');
  const stylesPart = relPart('styles', 'xl/styles.xml');
  const sstXml = read(sstPart);
  const strings = sstXml === undefined ? [] : sharedStrings(sstXml, sstPart, clock);
  const stylesXml = read(stylesPart);
  const dates = stylesXml === undefined ? [] : dateStyles(stylesXml, stylesPart);

  // A worksheet part no sheet refers to is still inflated and checked: a damaged or lying archive is
  // refused whichever part of it lies.
  const used = new Set(sheets.map((s) => s.part?.toLowerCase()));
  for (const [key, entry] of parts) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(key) && !used.has(key)) checkNoDoctype(entry, zip.bytes(entry));
  }

  const grids: Grid[] = [];
  let cells = 0;
  for (const sheet of sheets) {
    const xml = sheet.part === undefined ? undefined : read(sheet.part);
    if (xml === undefined) {
      throw readError('corrupt', { detail: `the part of sheet ${sheet.name} is missing` });
    }
    const g = sheetGrid(xml, sheet, { strings, dates, date1904, clock, budget: opts.maxCells - cells, limit: opts.maxCells });
    if (!g) continue;
    cells += g.rows.length * g.rows[0].length;
    grids.push(g);
  }
  return grids;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** A check of the time limit: throws `timeout` once it has passed. */
type Clock = () => void;

function deadline(ms: number): Clock {
  const end = Date.now() + ms;
  return () => {
    if (Date.now() > end) throw readError('timeout', { seconds: Math.round(ms / 1000) });
  };
}

interface Rel {
  type: string;
  target: string;
}

/** The relationships of a part in `xl/`: by Id, each target resolved to a part name. */
function relationships(xml: string, part: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  if (xml === '') return out;
  scanXml(xml, part, {
    open(name, attrs) {
      if (localName(name) !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      const target = attr(attrs, 'Target');
      if (id === undefined || target === undefined || attr(attrs, 'TargetMode') === 'External') return;
      if (!out.has(id)) out.set(id, { type: attr(attrs, 'Type') ?? '', target: resolvePart('xl/', target) });
    },
    close() {},
    wantText: () => false,
    text() {},
  });
  return out;
}

/** A relationship's target as a part name: absolute with a leading '/', else relative to `base`. */
function resolvePart(base: string, target: string): string {
  const path = target.trim().startsWith('/') ? target.trim() : base + target.trim();
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The sheets in tab order, and whether dates count from 1904. */
function workbook(xml: string, rels: Map<string, Rel>): { sheets: SheetRef[]; date1904: boolean } {
  if (xml === '') throw readError('corrupt', { detail: `missing ${WORKBOOK}` });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  let inSheets = false;
  scanXml(xml, WORKBOOK, {
    open(name, attrs) {
      switch (localName(name)) {
        case 'workbookPr': {
          const v = attr(attrs, 'date1904');
          date1904 = v === '1' || v === 'true';
          break;
        }
        case 'sheets':
          inSheets = true;
          break;
        case 'sheet':
          if (inSheets) {
            const rid = attr(attrs, 'id', true);
            sheets.push({ name: attr(attrs, 'name') ?? '', part: rid === undefined ? undefined : rels.get(rid)?.target });
          }
          break;
        case 'extLst':
          return true;
      }
    },
    close(name) {
      if (localName(name) === 'sheets') inSheets = false;
    },
    wantText: () => false,
    text() {},
  });
  return { sheets, date1904 };
}

/** Every shared string: the text of its `t`, or of its runs joined; phonetic runs are left out. */
function sharedStrings(xml: string, part: string, clock: Clock): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let cur = '';
  scanXml(xml, part, {
    open(name) {
      switch (localName(name)) {
        case 'si':
          inSi = true;
          cur = '';
          break;
        case 't':
          inT = inSi;
          break;
        case 'rPh':
        case 'extLst':
          return true;
      }
    },
    close(name) {
      switch (localName(name)) {
        case 't':
          inT = false;
          break;
        case 'si':
          inSi = false;
          out.push(unescapeX(cur));
          if ((out.length & 0xfff) === 0) clock();
          break;
      }
    },
    wantText: () => inT,
    text(s) {
      cur += s;
    },
  });
  return out;
}

/** Undo the `_xHHHH_` escapes Excel writes for characters XML cannot hold (`_x000D_` for a CR). */
function unescapeX(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Built-in number formats that show a date or a time (those of the Chinese, Japanese and Korean locales included). */
const DATE_FORMAT_IDS = new Set<number>([
  ...range(14, 22),
  ...range(27, 36),
  ...range(45, 47),
  ...range(50, 58),
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** For each cell format (`s` of a cell), whether it shows numbers as dates. */
function dateStyles(xml: string, part: string): boolean[] {
  const custom = new Map<number, string>();
  const fmtIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  scanXml(xml, part, {
    open(name, attrs) {
      switch (localName(name)) {
        case 'numFmts':
          inNumFmts = true;
          break;
        case 'numFmt':
          if (inNumFmts) custom.set(Number.parseInt(attr(attrs, 'numFmtId') ?? '', 10), attr(attrs, 'formatCode') ?? '');
          break;
        case 'cellXfs':
          inCellXfs = true;
          break;
        case 'xf':
          if (inCellXfs) fmtIds.push(Number.parseInt(attr(attrs, 'numFmtId') ?? '0', 10));
          break;
        case 'extLst':
          return true;
      }
    },
    close(name) {
      const local = localName(name);
      if (local === 'numFmts') inNumFmts = false;
      else if (local === 'cellXfs') inCellXfs = false;
    },
    wantText: () => false,
    text() {},
  });
  return fmtIds.map((id) => {
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code);
  });
}

/** Whether a format code shows a date or a time: y, m, d, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhs]/i.test(bare);
}

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  clock: Clock;
  /** Cells the grids may still hold, and the limit over all of them (for the message). */
  budget: number;
  limit: number;
}

/** One sheet's grid, from A1 to the last cell with text (and the merges starting inside it); null if blank. */
function sheetGrid(xml: string, sheet: SheetRef, ctx: SheetContext): Grid | null {
  const part = sheet.part ?? '';
  const rs: number[] = [];
  const cs: number[] = [];
  const ts: string[] = [];
  const merges: Merge[] = [];
  let maxR = -1;
  let maxC = -1;
  const tooMany = (area: number) =>
    readError('too-many-cells', { cells: `${ctx.limit - ctx.budget + area}+`, limit: ctx.limit });

  let inData = false;
  let inMerges = false;
  let ticks = 0; // rows and cells seen, to look at the clock now and then
  let row = -1; // the current row, 0-based
  let col = -1; // the last cell's column in it
  // The current cell.
  let inCell = false;
  let cr = 0;
  let cc = 0;
  let type = '';
  let style = 0;
  let valued = false;
  let value = '';
  let inV = false;
  let inIs = false;
  let inT = false;

  const finishCell = () => {
    inCell = false;
    if (!valued || value === '') return;
    const text = cellText(value, type, style, ctx);
    if (text === '') return;
    rs.push(cr);
    cs.push(cc);
    ts.push(text);
    if (cr > maxR || cc > maxC) {
      if (cr > maxR) maxR = cr;
      if (cc > maxC) maxC = cc;
      const area = (maxR + 1) * (maxC + 1);
      if (area > ctx.budget) throw tooMany(area);
    }
  };

  scanXml(xml, part, {
    open(name, attrs) {
      switch (localName(name)) {
        case 'sheetData':
          inData = true;
          break;
        case 'row':
          if (inData) {
            const r = Number(attr(attrs, 'r'));
            row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
            col = -1;
            if ((++ticks & 0xfff) === 0) ctx.clock();
          }
          break;
        case 'c':
          if (inData) {
            const at = cellRef(attr(attrs, 'r'));
            if (at) {
              row = at.r;
              col = at.c;
            } else {
              if (row < 0) row = 0;
              col++;
            }
            cr = row;
            cc = col;
            type = attr(attrs, 't') ?? 'n';
            const s = attr(attrs, 's');
            style = s === undefined ? 0 : Number.parseInt(s, 10);
            inCell = true;
            if ((++ticks & 0xfff) === 0) ctx.clock();
            valued = false;
            value = '';
          }
          break;
        case 'v':
          if (inCell) inV = valued = true;
          break;
        case 'is':
          if (inCell) inIs = valued = true;
          break;
        case 't':
          if (inIs) inT = true;
          break;
        case 'rPh':
          if (inIs) return true;
          break;
        case 'mergeCells':
          inMerges = true;
          break;
        case 'mergeCell':
          if (inMerges) {
            const m = rangeRef(attr(attrs, 'ref'));
            if (m) merges.push(m);
          }
          break;
        case 'extLst':
          return true;
      }
    },
    close(name) {
      switch (localName(name)) {
        case 'c':
          if (inCell) finishCell();
          break;
        case 'v':
          inV = false;
          break;
        case 't':
          inT = false;
          break;
        case 'is':
          inIs = false;
          break;
        case 'sheetData':
          inData = false;
          break;
        case 'mergeCells':
          inMerges = false;
          break;
      }
    },
    wantText: () => inV || inT,
    text(s) {
      value += s;
    },
  });

  if (ts.length === 0) return null;
  const kept = merges.filter((m) => m.top <= maxR && m.left <= maxC && (m.bottom > m.top || m.right > m.left));
  for (const m of kept) {
    if (m.bottom > maxR) maxR = m.bottom;
    if (m.right > maxC) maxC = m.right;
  }
  const height = maxR + 1;
  const width = maxC + 1;
  if (height * width > ctx.budget) throw tooMany(height * width);
  const out: string[][] = [];
  for (let r = 0; r < height; r++) out.push(new Array<string>(width).fill(''));
  for (let k = 0; k < ts.length; k++) out[rs[k]][cs[k]] = ts[k];
  // Only the top-left cell of a merged range holds text.
  for (const m of kept) {
    for (let r = m.top; r <= m.bottom; r++) {
      const line = out[r];
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) line[c] = '';
    }
  }
  return { name: sheet.name, addressing: 'a1', rows: out, merges: kept };
}

/** A cell's text from its cached value (non-empty) and its type `t` and style `s`. */
function cellText(value: string, type: string, style: number, ctx: SheetContext): string {
  switch (type) {
    case 's':
      return ctx.strings[Number.parseInt(value, 10)] ?? '';
    case 'inlineStr':
      return unescapeX(value);
    case 'str':
    case 'e':
      return value;
    case 'b':
      return Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'd': {
      const iso = value.trim();
      if (!/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(iso)) return value;
      return dateText(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`)) || value;
    }
    default: {
      const n = Number(value);
      if (value.trim() === '' || Number.isNaN(n)) return value;
      if (ctx.dates[style]) return dateText(serialDate(n, ctx.date1904)) || numberText(n);
      return numberText(n);
    }
  }
}

/** The date of a serial day number (whole days since 1899-12-30, or since 1904-01-01), in UTC. */
function serialDate(n: number, date1904: boolean): Date {
  return new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** A cell reference such as `D12` or `$D$12`, 0-based; null if it is not one. */
function cellRef(ref: string | undefined): { r: number; c: number } | null {
  if (ref === undefined) return null;
  const n = ref.length;
  let i = 0;
  if (ref.charCodeAt(i) === 0x24 /* $ */) i++;
  let c = 0;
  const c0 = i;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 0x61 || ch > 0x7a) break;
    c = c * 26 + (ch - 0x60);
  }
  if (i === c0 || i - c0 > 3) return null;
  if (ref.charCodeAt(i) === 0x24) i++;
  let r = 0;
  const r0 = i;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    r = r * 10 + d;
  }
  if (i !== n || i === r0 || i - r0 > 7 || r < 1) return null;
  return { r: r - 1, c: c - 1 };
}

/** A range such as `A1:H1` (or one cell), 0-based and inclusive; null if it is not one. */
function rangeRef(ref: string | undefined): Merge | null {
  if (ref === undefined) return null;
  ref = ref.trim();
  const colon = ref.indexOf(':');
  const a = cellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : cellRef(ref.slice(colon + 1));
  if (!a || !b) return null;
  return { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
}

/** A number as General format shows it: at most 15 significant digits, no trailing zeros. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** YYYY-MM-DD (dates are taken in UTC); a time of day is added when there is one. */
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
