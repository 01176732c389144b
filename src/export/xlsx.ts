import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { cellSafe, tidy } from './cell-text.js';
import { sheetColumns, type Column, type RowContext } from './columns.js';
import { DRAFT_MARK, PART_NAMES, partTitleOf } from './labels.js';
import { sectionsOf, type NumberedItem, type Section } from './sections.js';
import { withTempFile } from '../io/write.js';
import { fixZipDates } from './zip-dates.js';
import type { ExportDoc, Exporter } from './types.js';
import { LEDGER_HEAD, LEDGER_TAIL, ledgerCells, ledgerHeaders, ledgerSubtitle, ledgerTitle, printedYears } from './ledger.js';
import { displayWidth } from '../util/width.js';
import { columnPx, lineCount, wrapLines, writtenWidth } from '../util/measure.js';

// ---- The printed page: A4 landscape, margins in inches. ----
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Printable width in pixels (96 per inch) and height in points. */
const PRINT_PX = ((842 - 72 * (MARGINS.left + MARGINS.right)) * 4) / 3;
const PRINT_PT = 595 - 72 * (MARGINS.top + MARGINS.bottom);
/** The share of a page's height filled, leaving room for the ways programs round row heights. */
const FILL = 0.97;

// ---- Text. ----
const BODY_PT = 11;
/** One line of 11 pt Chinese text with its leading, and a row's padding, in points. */
const LINE_PT = 16;
const PAD_PT = 6;
const rowPt = (lines: number) => lines * LINE_PT + PAD_PT;
const CJK = { charset: 134 } as const; // GB2312 charset: Excel then picks a Chinese fallback font

const border: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const TITLE: Partial<ExcelJS.Style> = {
  font: { name: '方正小标宋简体', size: 20, ...CJK },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};
/** 附件 at the top left, as an attachment to a document prints it (黑体, no border). */
const ATTACHMENT: Partial<ExcelJS.Style> = {
  font: { name: '黑体', size: 14, ...CJK },
  alignment: { horizontal: 'left', vertical: 'middle' },
};
const SUBTITLE: Partial<ExcelJS.Style> = {
  font: { name: '仿宋_GB2312', size: 12, ...CJK },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};
const HEAD: Partial<ExcelJS.Style> = {
  font: { name: '黑体', size: 12, ...CJK },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border,
};
const SECTION: Partial<ExcelJS.Style> = {
  font: { name: '黑体', size: BODY_PT, ...CJK },
  alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  border,
};
const bodyFont = { name: '仿宋_GB2312', size: BODY_PT, ...CJK };
// Two shared body styles, given to columns so that every cell (merged ones too) inherits them.
const BODY_LEFT: Partial<ExcelJS.Style> = { font: bodyFont, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border };
const BODY_CENTER: Partial<ExcelJS.Style> = { font: bodyFont, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border };

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
/** A section number: 一 … 二十, then arabic. */
const cnNumber = (i: number) => CN[i] ?? String(i + 1);

type Value = string | number;

/** Text as printed: the township's name for the placeholder, no doubled punctuation, safe for a cell. */
function printed(doc: ExportDoc, v: Value): Value {
  if (typeof v === 'number') return v;
  return cellSafe(tidy(doc.local ? doc.local(v) : v));
}

/** The rows of one item: one per supporting party when the layout has per-party columns. */
function itemRows(n: NumberedItem, cols: Column[], doc: ExportDoc): Value[][] {
  const parties = cols.some((c) => c.perParty) && n.item.support?.length ? n.item.support : [undefined];
  return parties.map((party, k) =>
    cols.map((c) => {
      if (k > 0 && !c.perParty) return '';
      const r: RowContext = { item: n.item, no: n.no, party, isTownship: doc.isTownship };
      return printed(doc, c.value(r));
    }),
  );
}

/** Items whose heights steer the column widths: all of them up to this many, else an even sample. */
const WIDTH_SAMPLE = 400;

/**
 * Column widths that fill the printable width at 100 % and make the items as short as they can be:
 * every column starts at its minimum, then the room left goes, one to three characters (2 units
 * each) at a time, to the column whose widening shortens the sampled items most per unit of width — 备注 and 职责 rather than a unit's name, which wraps within a row the duties make tall
 * anyway. Room no column needs goes to the columns whose text is still wrapped, up to their maximum.
 */
function fitWidths(cols: Column[], section: Section, doc: ExportDoc): number[] {
  const budgetPx = PRINT_PX * 0.985;
  const pxOf = (w: number[]) => w.reduce((a, x) => a + columnPx(x), 0);
  const widest = cols.map((c) => Math.max(...c.header.split('\n').map(displayWidth)) + 2);
  const all = section.groups.flatMap((g) => g.items);
  const step = Math.max(1, Math.ceil(all.length / WIDTH_SAMPLE));
  const sample: Value[][][] = [];
  all.forEach((n, k) => {
    const rows = itemRows(n, cols, doc);
    for (const row of rows) {
      row.forEach((v, i) => {
        for (const l of String(v).split('\n')) widest[i] = Math.max(widest[i], displayWidth(l) + 2);
      });
    }
    if (k % step === 0) sample.push(rows);
  });
  const cap = cols.map((c, i) => Math.min(c.max, Math.max(c.min, widest[i])));
  let w = cols.map((c) => c.min);
  // Lines of each sampled cell by width, computed once.
  const memo = sample.map((rows) => rows.map((row) => row.map((v, i) => (v === '' ? null : new Int32Array(cap[i] + 1)))));
  const linesAt = (s: number, r: number, i: number, width: number): number => {
    const m = memo[s][r][i];
    if (!m) return 1;
    return m[width] || (m[width] = lineCount(String(sample[s][r][i]), width, BODY_PT));
  };
  // A name (a unit, a category) broken inside costs half a line: names stay whole where room allows.
  const names = cols.flatMap((c, i) => (c.center ? [i] : []));
  const breaks = (s: number, widths: number[]) => {
    let n = 0;
    for (let r = 0; r < sample[s].length; r++) for (const i of names) n += linesAt(s, r, i, widths[i]) - String(sample[s][r][i]).split('\n').length;
    return n;
  };
  const total = (widths: number[]) => {
    let pt = 0;
    for (let s = 0; s < sample.length; s++) pt += heightOf(sample[s], cols, (r, i) => linesAt(s, r, i, widths[i])) + (breaks(s, widths) * LINE_PT) / 2;
    return pt;
  };
  let now = total(w);
  for (;;) {
    // The widening (one to three characters) that saves the most points per unit of width.
    let best: { w: number[]; pt: number; rate: number } | undefined;
    for (let i = 0; i < cols.length; i++) {
      for (const by of [2, 4, 6]) {
        const grown = w.map((x, k) => (k === i ? Math.min(cap[i], x + by) : x));
        const units = grown[i] - w[i];
        if (!units || pxOf(grown) > budgetPx) break;
        const pt = total(grown);
        const rate = (now - pt) / units;
        if (rate > 0 && (!best || rate > best.rate)) best = { w: grown, pt, rate };
      }
    }
    if (!best) break;
    w = best.w;
    now = best.pt;
  }
  // What is left: to columns whose widest line is still wrapped, a unit at a time, in turn.
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < cols.length; i++) {
      if (w[i] >= cap[i]) continue;
      const grown = w.map((x, k) => (k === i ? x + 1 : x));
      if (pxOf(grown) > budgetPx) continue;
      w = grown;
      grew = true;
    }
  }
  return w;
}

/**
 * Points an item takes printed whole, given the lines of each of its cells (row r, column i): each
 * party row as tall as its own cells, the item-wide (merged) cells' extra lines on the last row.
 */
function heightOf(rows: readonly Value[][], cols: Column[], lines: (r: number, i: number) => number): number {
  let sum = 0;
  let pt = 0;
  for (let r = 0; r < rows.length; r++) {
    let h = 1;
    for (let i = 0; i < cols.length; i++) if (cols[i].perParty) h = Math.max(h, lines(r, i));
    sum += h;
    pt += rowPt(h);
  }
  let merged = 1;
  for (let i = 0; i < cols.length; i++) if (!cols[i].perParty) merged = Math.max(merged, lines(0, i));
  return pt + Math.max(0, merged - sum) * LINE_PT;
}

/** The print scale (%) at which the columns fit the page width: 100 unless their minimums are wider. */
export function scaleFor(widths: number[]): number {
  const px = widths.reduce((a, w) => a + columnPx(w), 0);
  return Math.min(100, Math.floor((100 * PRINT_PX * 0.98) / px));
}

/** One printed row: its values (null under a merge) and its height in lines. */
interface PhysRow {
  values: (Value | null)[];
  lines: number;
}

/** The part of an item printed on one page: its rows, and the text of its item-wide cells there. */
interface Portion {
  rows: PhysRow[];
  /** Starts on a new page. */
  breakBefore: boolean;
}

/**
 * Lays an item out into rows, whole when it fits what is left of the page, else page by page: each
 * page's part repeats the 序号, name and category, and the other cells continue their text.
 */
class ItemLayout {
  private readonly rows: Value[][];
  constructor(
    rows: Value[][],
    private readonly cols: Column[],
    private readonly widths: number[],
  ) {
    this.rows = rows;
  }

  private lines(v: Value | null, i: number): number {
    return v === null || v === '' ? 1 : lineCount(String(v), this.widths[i], BODY_PT);
  }

  /** The item whole: rows with heights, the item-wide cells' lines spread over the last row. */
  whole(): PhysRow[] {
    const { cols } = this;
    const heights = this.rows.map((r) => Math.max(1, ...r.map((v, i) => (cols[i].perParty ? this.lines(v, i) : 1))));
    const merged = Math.max(...this.rows[0].map((v, i) => (cols[i].perParty ? 1 : this.lines(v, i))));
    const extra = Math.max(0, merged - heights.reduce((a, b) => a + b, 0));
    return this.rows.map((values, r) => ({ values: values.map((v) => (v === '' ? null : v)), lines: heights[r] + (r === this.rows.length - 1 ? extra : 0) }));
  }

  /** Points the item takes whole. */
  heightPt(): number {
    return heightOf(this.rows, this.cols, (r, i) => this.lines(this.rows[r][i], i));
  }

  /**
   * The item in parts: `room` points are left on the current page, `pagePt` on a fresh one. Each
   * part fills its page; the last part is whatever remains.
   */
  split(room: number, pagePt: number): Portion[] {
    let avail = room;
    let fresh = false;
    const nextPage = () => {
      avail = pagePt;
      fresh = true;
    };
    const { cols, widths } = this;
    type Stream = string[][]; // the visual pieces of each line of a cell's text, still to print
    const streamOf = (v: Value | null, i: number): Stream => (v === null || v === '' ? [] : wrapLines(String(v), widths[i], BODY_PT));
    const count = (s: Stream) => s.reduce((n, l) => n + l.length, 0);
    /** Take up to `n` visual lines off the front of a stream, as text. */
    const take = (s: Stream, n: number): string => {
      const out: string[] = [];
      while (n > 0 && s.length) {
        const line = s[0];
        const k = Math.min(n, line.length);
        out.push(line.splice(0, k).join(''));
        n -= k;
        if (!line.length) s.shift();
      }
      return out.join('\n');
    };
    const first = this.rows[0];
    const repeated = cols.map((c, i) => (c.repeat && !c.perParty ? first[i] : null));
    const repeatLines = Math.max(1, ...repeated.map((v, i) => (v === null ? 0 : this.lines(v, i))));
    const wide: (Stream | null)[] = cols.map((c, i) => (c.perParty || c.repeat ? null : streamOf(first[i], i)));
    const parties = this.rows.map((r) => cols.map((c, i) => (c.perParty ? streamOf(r[i], i) : null)));
    const partyLines = (p: (Stream | null)[]) => Math.max(1, ...p.map((s) => (s ? count(s) : 0)));

    const out: Portion[] = [];
    while (parties.length || wide.some((s) => s && s.length)) {
      if (avail < rowPt(Math.max(3, repeatLines))) nextPage();
      let left = avail;
      const rows: PhysRow[] = [];
      // Whole party rows while they fit, then the head of the next one.
      while (parties.length) {
        const need = partyLines(parties[0]);
        if (rowPt(need) <= left) {
          const p = parties.shift()!;
          rows.push({ values: p.map((s) => (s ? take(s, Infinity) || null : null)), lines: need });
          left -= rowPt(need);
          continue;
        }
        const fit = Math.floor((left - PAD_PT) / LINE_PT);
        if (fit >= 2 || (!rows.length && fit >= 1)) {
          rows.push({ values: parties[0].map((s) => (s ? take(s, fit) || null : null)), lines: fit });
          left -= rowPt(fit);
        }
        break;
      }
      // The item-wide cells need as many lines as their text (and the repeated name) take.
      const have = rows.reduce((a, r) => a + r.lines, 0);
      const want = Math.max(repeatLines, ...wide.map((s) => (s ? count(s) : 0)));
      if (want > have) {
        const more = rows.length ? Math.floor(left / LINE_PT) : Math.floor((left - PAD_PT) / LINE_PT);
        const add = Math.max(0, Math.min(want - have, more));
        if (rows.length) rows[rows.length - 1].lines += add;
        else rows.push({ values: cols.map(() => null), lines: Math.max(1, add) });
      }
      const lines = rows.reduce((a, r) => a + r.lines, 0);
      cols.forEach((c, i) => {
        if (c.perParty) return;
        rows[0].values[i] = repeated[i] !== null ? (out.length && c.header === '事项名称' ? `${repeated[i]}（续）` : repeated[i]) : take(wide[i]!, lines) || null;
      });
      out.push({ rows, breakBefore: fresh });
      fresh = false;
      if (parties.length || wide.some((s) => s && s.length)) nextPage();
    }
    return out;
  }
}

interface SheetPlan {
  cols: Column[];
  widths: number[];
  scale: number;
  /** Points of body a page holds, at the sheet's scale. */
  pagePt: number;
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, section: Section, doc: ExportDoc): Promise<void> {
  const cols = sheetColumns(section.kind, section.hasCategory);
  const widths = fitWidths(cols, section, doc);
  const scale = scaleFor(widths);
  const plan: SheetPlan = { cols, widths, scale, pagePt: (PRINT_PT * FILL * 100) / scale };
  const n = cols.length;
  const lastCol = ws_col(n);
  const twoLevel = cols.some((c) => c.group);
  const title = partTitleOf(doc.list, section.kind, doc.title, !!doc.draft);
  const ownTitle = title !== doc.title;
  const subtitle = [doc.list.scope === 'township' && !ownTitle ? PART_NAMES[section.kind] : '', doc.revision].filter(Boolean).join('　');
  // The 附件 label, when resp.yaml sets one, takes the first row: the title and headers move down.
  const headTop = (subtitle ? 3 : 2) + (doc.attachment ? 1 : 0);
  const headBottom = headTop + (twoLevel ? 1 : 0);
  const ws = wb.addWorksheet(PART_NAMES[section.kind], {
    views: [{ state: 'frozen', ySplit: headBottom, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      // One page wide, as many tall as the manual breaks make: a program whose default font is wider than
      // Calibri shrinks the page to fit, which only leaves room below the breaks.
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      firstPageNumber: 1, // every list is numbered from its own first page
      horizontalCentered: true,
      printTitlesRow: `${headTop}:${headBottom}`,
      margins: MARGINS,
    },
  });
  // Widths and column styles must be in place before the first row is committed.
  ws.columns = cols.map((c, i) => ({ width: writtenWidth(widths[i]), style: c.center ? BODY_CENTER : BODY_LEFT }));
  const sheetPx = widths.reduce((a, w) => a + columnPx(w), 0);

  let used = 0; // points used on the current page
  let pages = 1;
  let placed = 0; // body rows on the current page
  const banner = (text: string, style: Partial<ExcelJS.Style>, pt: number, lineHeight: number) => {
    const row = ws.addRow([text]);
    const lines = Math.max(1, ...text.split('\n').map((l) => Math.ceil((displayWidth(l) * ((pt * 4) / 3 / 2)) / (sheetPx - 16))));
    row.height = lines * lineHeight + 12;
    used += row.height;
    for (let i = 1; i <= n; i++) row.getCell(i).style = style;
    ws.mergeCells(row.number, 1, row.number, n);
  };
  if (doc.attachment) {
    const row = ws.addRow([printed(doc, doc.attachment)]);
    row.height = 24;
    used += row.height;
    for (let i = 1; i <= n; i++) row.getCell(i).style = ATTACHMENT;
    ws.mergeCells(row.number, 1, row.number, Math.min(3, n));
  }
  banner(title, TITLE, 20, 30);
  if (subtitle) banner(subtitle, SUBTITLE, 12, 18);

  const parent = ws.addRow(cols.map((c) => c.group ?? c.header));
  const child = twoLevel ? ws.addRow(cols.map((c) => (c.group ? c.header : null))) : parent;
  // A header merged over both rows shares their height; a parent header over several columns takes one line.
  const headLines = (cells: (string | undefined)[]) => Math.max(1, ...cells.map((h, i) => (h ? lineCount(h, widths[i], 12) : 1)));
  const childLines = headLines(cols.map((c) => c.header));
  let headPt = 0;
  for (const row of new Set([parent, child])) {
    row.height = twoLevel && row === parent ? 24 : Math.max(24, childLines * 17 + 8);
    headPt += row.height;
    for (let i = 1; i <= n; i++) row.getCell(i).style = HEAD;
  }
  used += headPt;
  if (twoLevel) {
    cols.forEach((c, i) => {
      if (!c.group) ws.mergeCells(headTop, i + 1, headBottom, i + 1);
      else if (cols[i - 1]?.group !== c.group) {
        let j = i;
        while (cols[j + 1]?.group === c.group) j++;
        if (j > i) ws.mergeCells(headTop, i + 1, headTop, j + 1);
      }
    });
  }
  child.commit();
  // exceljs checks every new merge against all earlier ones, which is quadratic (36 s for 10k items).
  // Merges of committed rows cannot clash with new ones: set them aside, give them back at the end.
  const merges = (ws as unknown as { _merges?: unknown[] })._merges;
  const setAside: unknown[] = [];
  const putAside = () => {
    if (Array.isArray(merges)) for (const m of merges.splice(0)) setAside.push(m);
  };
  putAside();

  const catCol = cols.findIndex((c) => c.category) + 1;
  let lastRow: ExcelJS.Row | undefined = child;
  /** The run of consecutive items of one category on this page, merged in the category column. */
  let run: { text: Value | null; first: number; last: number } | undefined;
  const closeRun = () => {
    if (run && run.last > run.first) ws.mergeCells(run.first, catCol, run.last, catCol);
    run = undefined;
  };
  const pageRoom = () => plan.pagePt - used;
  const breakPage = async () => {
    closeRun();
    if (lastRow) {
      lastRow.addPageBreak();
      lastRow.commit();
    }
    putAside();
    // Let the zip and file streams drain what was committed: without a turn of the event loop the
    // whole sheet piles up in their buffers (900 MB for 100,000 rows).
    await new Promise((r) => setImmediate(r));
    used = headPt;
    pages++;
    placed = 0;
  };
  const emit = (portion: Portion) => {
    const rows = portion.rows;
    let top = 0;
    rows.forEach((pr, k) => {
      const values = [...pr.values];
      if (catCol) {
        const text = k === 0 ? values[catCol - 1] : null;
        if (k === 0 && run && run.text === text) values[catCol - 1] = null;
        else if (k === 0) {
          closeRun();
          run = { text, first: 0, last: 0 };
        }
      }
      const row = ws.addRow(values);
      row.height = rowPt(pr.lines);
      used += row.height;
      placed++;
      if (!top) top = row.number;
      if (run && !run.first) run.first = row.number;
      if (run) run.last = row.number;
      lastRow = row;
    });
    const bottom = top + rows.length - 1;
    if (rows.length > 1) cols.forEach((c, i) => !c.perParty && !c.category && ws.mergeCells(top, i + 1, bottom, i + 1));
  };

  const fullWidth = widths.reduce((a, b) => a + b, 0);
  const sectionRow = (text: string) => {
    closeRun();
    const row = ws.addRow([text]);
    row.height = rowPt(lineCount(text, fullWidth, BODY_PT));
    used += row.height;
    placed++;
    for (let i = 1; i <= n; i++) row.getCell(i).style = SECTION;
    ws.mergeCells(row.number, 1, row.number, n);
    lastRow = row;
  };
  for (const [gi, group] of section.groups.entries()) {
    // A domain's heading row, kept on the page of its first item and repeated, marked （续）, at the top
    // of every further page its items reach: each page shows the domain and the category of its items.
    const heading = section.hasDomains ? `${cnNumber(gi)}、${printed(doc, group.domain)}` : undefined;
    const again = heading && `${heading}（续）`;
    const headingPt = heading ? rowPt(lineCount(heading, fullWidth, BODY_PT)) : 0;
    const againPt = again ? rowPt(lineCount(again, fullWidth, BODY_PT)) : 0;
    /** A new page within the domain: its heading again. */
    const nextPage = async () => {
      await breakPage();
      if (again) sectionRow(again);
    };
    for (const [k, item] of group.items.entries()) {
      const layout = new ItemLayout(itemRows(item, cols, doc), cols, widths);
      const h = layout.heightPt();
      const lead = k === 0 ? headingPt : 0;
      const freshRoom = plan.pagePt - headPt - (k === 0 ? headingPt : againPt);
      if (placed && lead + h > pageRoom() && (h <= freshRoom || pageRoom() < lead + rowPt(3))) {
        if (k === 0) await breakPage();
        else await nextPage();
      }
      if (k === 0 && heading) sectionRow(heading);
      if (h <= pageRoom()) emit({ rows: layout.whole(), breakBefore: false });
      else {
        // Taller than a page: printed page by page, 序号 and name repeated on each.
        for (const portion of layout.split(pageRoom(), plan.pagePt - headPt - againPt)) {
          if (portion.breakBefore && placed) await nextPage();
          emit(portion);
        }
      }
    }
  }

  closeRun();
  lastRow?.commit();
  if (Array.isArray(merges)) for (const m of setAside) merges.push(m);
  ws.pageSetup.printArea = `A1:${lastCol}${lastRow?.number ?? headBottom}`;
  ws.headerFooter = {
    ...(doc.draft ? { oddHeader: `&C&"黑体,常规"&14${DRAFT_MARK}` } : {}),
    // The total is this list's own: programs count &N over every sheet printed together.
    oddFooter: `&C第 &P 页，共 ${pages} 页`,
  };
  ws.commit();
}

/** A column's letters (1 → A). */
function ws_col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** The open problems of a draft, one row each: what the readers of a 征求意见稿 are asked to settle. */
function writeProblems(wb: ExcelJS.stream.xlsx.WorkbookWriter, doc: ExportDoc): void {
  const draft = doc.draft!;
  const cols = [
    { header: '序号', width: 6 }, { header: '事项编号', width: 12 }, { header: '级别', width: 7 }, { header: '问题', width: 52 },
    { header: '处理建议', width: 36 }, { header: '位置', width: 26 },
  ];
  const ws = wb.addWorksheet('待解决问题', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', scale: scaleFor(cols.map((c) => c.width)), firstPageNumber: 1, horizontalCentered: true, printTitlesRow: '2:2', margins: MARGINS },
    headerFooter: { oddHeader: `&C&"黑体,常规"&14${DRAFT_MARK}`, oddFooter: '&C第 &P 页' },
  });
  ws.columns = cols.map((c, i) => ({ width: c.width, style: i < 3 ? BODY_CENTER : BODY_LEFT }));
  const t = ws.addRow([`${doc.title}：待解决问题（共${draft.problems.length}项）`]);
  t.height = 36;
  for (let i = 1; i <= cols.length; i++) t.getCell(i).style = { ...TITLE, font: { ...TITLE.font, size: 16 } };
  ws.mergeCells(1, 1, 1, cols.length);
  const head = ws.addRow(cols.map((c) => c.header));
  head.height = 24;
  for (let i = 1; i <= cols.length; i++) head.getCell(i).style = HEAD;
  const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const sorted = [...draft.problems].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3));
  sorted.forEach((f, i) => {
    const values: Value[] = [i + 1, draft.itemOf(f) ?? '', SEVERITY[f.severity] ?? f.severity, f.message, f.hint ?? '', `${f.file}:${f.line}（${f.rule}）`];
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? cellSafe(v) || null : v)));
    row.height = rowPt(Math.max(...values.map((v, k) => lineCount(String(v), cols[k].width, BODY_PT))));
  });
  ws.commit();
}

/** Widths of the ledger's columns (LEDGER_HEAD, each year, LEDGER_TAIL): a date takes 13, a document number 20. */
const LEDGER_WIDTHS: Record<string, number> = {
  序号: 5, '乡镇（街道）': 10, 事项编号: 9, 事项名称: 26, 赋权方式: 11, 赋权决定: 21, 过渡期届满: 13, 最近评估: 13, 状态: 10, 说明: 21,
};
const YEAR_WIDTH = 9;
/** Statuses that ask for action, printed bold. */
const ACTION = new Set(['建议收回', '评估逾期']);

/**
 * The 赋权事项台账: a row per township and delegated power (A4 landscape, the header repeated on every
 * page), with its decision, transition, last evaluation, cases per year and status.
 */
function writeLedger(wb: ExcelJS.stream.xlsx.WorkbookWriter, doc: ExportDoc): void {
  const l = doc.ledger!;
  const headers = ledgerHeaders(l).map((h) => (h === '乡镇（街道）' ? '乡镇\n（街道）' : h));
  const widths = [...LEDGER_HEAD.map((h) => LEDGER_WIDTHS[h]), ...printedYears(l).map(() => YEAR_WIDTH), ...LEDGER_TAIL.map((h) => LEDGER_WIDTHS[h])];
  const centered = new Set(['序号', '乡镇（街道）', '事项编号', '赋权方式', '过渡期届满', '最近评估', '状态']);
  const keys = [...LEDGER_HEAD, ...printedYears(l).map(String), ...LEDGER_TAIL];
  const n = widths.length;
  const scale = scaleFor(widths);
  const ws = wb.addWorksheet('赋权事项台账', {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', scale, firstPageNumber: 1, horizontalCentered: true, printTitlesRow: '3:3', margins: MARGINS },
  });
  ws.columns = widths.map((w, i) => ({ width: writtenWidth(w), style: centered.has(keys[i]) || /^\d+$/.test(keys[i]) ? BODY_CENTER : BODY_LEFT }));
  const banner = (text: string, style: Partial<ExcelJS.Style>, height: number) => {
    const row = ws.addRow([text]);
    row.height = height;
    for (let i = 1; i <= n; i++) row.getCell(i).style = style;
    ws.mergeCells(row.number, 1, row.number, n);
  };
  banner(ledgerTitle(doc.list), TITLE, 36);
  banner(ledgerSubtitle(l), SUBTITLE, 22);
  const head = ws.addRow(headers);
  head.height = Math.max(...headers.map((h, i) => lineCount(h, widths[i], 12))) * 17 + 8;
  for (let i = 1; i <= n; i++) head.getCell(i).style = HEAD;
  const statusCol = keys.indexOf('状态');
  // Rows are never split: a page ends before the row that would not fit, and the header repeats.
  const pagePt = (PRINT_PT * FILL * 100) / scale;
  let used = 36 + 22 + head.height;
  let pages = 1;
  let last: ExcelJS.Row | undefined;
  l.rows.forEach((r, k) => {
    const values = ledgerCells(l, r, k + 1).map((v) => printed(doc, v));
    const height = rowPt(Math.max(1, ...values.map((v, i) => lineCount(String(v), widths[i], BODY_PT))));
    if (last && used + height > pagePt) {
      last.addPageBreak();
      pages++;
      used = head.height;
    }
    const row = ws.addRow(values.map((v) => (v === '' ? null : v)));
    row.height = height;
    used += height;
    if (ACTION.has(r.status)) row.getCell(statusCol + 1).style = { ...BODY_CENTER, font: { ...bodyFont, bold: true } };
    last = row;
  });
  ws.pageSetup.printArea = `A1:${ws_col(n)}${l.rows.length + 3}`;
  ws.headerFooter = { ...(doc.draft ? { oddHeader: `&C&"黑体,常规"&14${DRAFT_MARK}` } : {}), oddFooter: `&C第 &P 页，共 ${pages} 页` };
  ws.commit();
}

/** Write the document as a print-ready workbook: one sheet per list kind, A4 landscape. */
export const writeXlsx: Exporter = async (doc, file) => {
  // exceljs costs ~150 ms to load; only this exporter pays for it.
  const mod = await import('exceljs');
  // exceljs is CommonJS: Node hands it over as `default`, while its types describe named exports.
  const Excel = (mod as unknown as { default?: typeof mod }).default ?? mod;
  await withTempFile(file, async (tmp) => {
    const stream: WriteStream = createWriteStream(tmp);
    try {
      const wb = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
      wb.creator = 'resp';
      wb.lastModifiedBy = 'resp';
      wb.created = doc.date;
      wb.modified = doc.date;
      wb.title = doc.title;
      for (const section of sectionsOf(doc.list)) await writeSheet(wb, section, doc);
      if (doc.ledger) writeLedger(wb, doc);
      if (doc.draft) writeProblems(wb, doc);
      await wb.commit();
      if (!stream.closed) await once(stream, 'close');
    } catch (e) {
      stream.on('error', () => {}); // the zip writer may still push into the closed stream
      stream.destroy();
      if (!stream.closed) await once(stream, 'close');
      throw e;
    }
    fixZipDates(tmp, doc.date);
  });
};
