import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { cellSafe } from './cell-text.js';
import { sheetColumns, type Column, type RowContext } from './columns.js';
import { PART_NAMES } from './labels.js';
import { sectionsOf, type NumberedItem, type Section } from './sections.js';
import { withTempFile } from '../io/write.js';
import { fixZipDates } from './zip-dates.js';
import type { ExportDoc, Exporter } from './types.js';
import { displayWidth } from '../util/width.js';

// The streaming writer keeps uncommitted rows in memory; a category merge spans at most this many
// items, so memory stays bounded however large a domain is (the category is repeated after a break).
const MAX_ITEMS_PER_MERGE = 100;
// A4 landscape with 0.5" margins holds about 150 width units (the width of '0' in the default font).
const PAGE_WIDTH = 150;
const LINE_PT = 15; // line height of 11 pt 仿宋 in points, with leading
const CJK = { charset: 134 } as const; // GB2312 charset: Excel then picks a Chinese fallback font

const border: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const TITLE: Partial<ExcelJS.Style> = {
  font: { name: '方正小标宋简体', size: 20, ...CJK },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
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
const bodyFont = { name: '仿宋_GB2312', size: 11, ...CJK };
// Two shared body styles, given to columns so that every cell (merged ones too) inherits them.
const BODY_LEFT: Partial<ExcelJS.Style> = { font: bodyFont, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border };
const BODY_CENTER: Partial<ExcelJS.Style> = { font: bodyFont, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border };

/** Lines a text takes in a column of `width` characters (CJK counted 2), for row heights. */
function linesIn(text: string, width: number): number {
  const usable = Math.max(2, width - 1);
  return text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / usable)), 0);
}

const asText = (v: string | number) => (typeof v === 'number' ? v : cellSafe(v));

/** The rows of one item: one per supporting party when the layout has per-party columns. */
function itemRows(n: NumberedItem, cols: Column[], isTownship: ExportDoc['isTownship']): (string | number)[][] {
  const parties = cols.some((c) => c.perParty) && n.item.support?.length ? n.item.support : [undefined];
  return parties.map((party, k) =>
    cols.map((c) => {
      if (k > 0 && !c.perParty) return '';
      const r: RowContext = { item: n.item, no: n.no, party, isTownship };
      return asText(c.value(r));
    }),
  );
}

/**
 * Column widths from the content (≈2 per CJK character) within each column's bounds, then shrunk
 * towards their minimums to fit PAGE_WIDTH, so that fitting to the page does not shrink the text.
 */
function fitWidths(cols: Column[], section: Section, isTownship: ExportDoc['isTownship']): number[] {
  const widest = cols.map((c) => Math.max(...c.header.split('\n').map(displayWidth)) + 2);
  for (const g of section.groups) {
    for (const n of g.items) {
      for (const row of itemRows(n, cols, isTownship)) {
        row.forEach((v, i) => {
          for (const l of String(v).split('\n')) widest[i] = Math.max(widest[i], displayWidth(l) + 2);
        });
      }
    }
  }
  let w = cols.map((c, i) => Math.min(c.max, Math.max(c.min, widest[i])));
  // Long-text columns give way first, so that names and units keep their lines whole.
  for (const flexible of [(c: Column) => c.max > 20, () => true]) {
    const total = w.reduce((a, b) => a + b, 0);
    const slack = w.reduce((a, b, i) => a + (flexible(cols[i]) ? b - cols[i].min : 0), 0);
    if (total <= PAGE_WIDTH || slack <= 0) continue;
    const keep = Math.max(0, 1 - (total - PAGE_WIDTH) / slack);
    w = w.map((x, i) => (flexible(cols[i]) ? Math.round(cols[i].min + (x - cols[i].min) * keep) : x));
  }
  return w;
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, section: Section, doc: ExportDoc): Promise<void> {
  const cols = sheetColumns(section.kind, section.hasCategory);
  const widths = fitWidths(cols, section, doc.isTownship);
  const n = cols.length;
  const twoLevel = cols.some((c) => c.group);
  const subtitle = [doc.list.scope === 'township' || section.kind !== '属地管理' ? PART_NAMES[section.kind] : '', doc.revision]
    .filter(Boolean)
    .join('　');
  const headTop = subtitle ? 3 : 2;
  const headBottom = headTop + (twoLevel ? 1 : 0);
  const ws = wb.addWorksheet(PART_NAMES[section.kind], {
    views: [{ state: 'frozen', ySplit: headBottom, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headTop}:${headBottom}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  // Widths and column styles must be in place before the first row is committed.
  ws.columns = cols.map((c, i) => ({ width: widths[i], style: c.center ? BODY_CENTER : BODY_LEFT }));

  const banner = (text: string, style: Partial<ExcelJS.Style>, height: number) => {
    const row = ws.addRow([text]);
    row.height = height;
    for (let i = 1; i <= n; i++) row.getCell(i).style = style;
    ws.mergeCells(row.number, 1, row.number, n);
  };
  banner(doc.title, TITLE, 42);
  if (subtitle) banner(subtitle, SUBTITLE, 24);

  const parent = ws.addRow(cols.map((c) => c.group ?? c.header));
  const child = twoLevel ? ws.addRow(cols.map((c) => (c.group ? c.header : null))) : parent;
  const headLines = Math.max(...cols.map((c, i) => linesIn(c.header, widths[i])));
  for (const row of new Set([parent, child])) {
    row.height = Math.max(24, headLines * 16 + 8);
    for (let i = 1; i <= n; i++) row.getCell(i).style = HEAD;
  }
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
  for (const group of section.groups) {
    for (let start = 0; start < group.items.length; start += MAX_ITEMS_PER_MERGE) {
      const chunk = group.items.slice(start, start + MAX_ITEMS_PER_MERGE);
      let first = 0;
      let last: ExcelJS.Row | undefined;
      chunk.forEach((item, k) => {
        const rows = itemRows(item, cols, doc.isTownship);
        if (k > 0 && catCol) rows[0][catCol - 1] = ''; // the category is printed once per merged run
        const heights = rows.map((r) => Math.max(...r.map((v, i) => (cols[i].perParty ? linesIn(String(v), widths[i]) : 1))));
        const merged = Math.max(...rows[0].map((v, i) => (cols[i].perParty ? 1 : linesIn(String(v), widths[i]))));
        // Cells merged over the item's rows need their lines spread over those rows.
        const extra = Math.max(0, merged - heights.reduce((a, b) => a + b, 0));
        rows.forEach((values, r) => {
          const row = ws.addRow(values.map((v) => (v === '' ? null : v)));
          if (!first) first = row.number;
          const lines = heights[r] + (r === rows.length - 1 ? extra : 0);
          row.height = Math.max(20, lines * LINE_PT + 6);
          last = row;
        });
        const top = last!.number - rows.length + 1;
        if (rows.length > 1) cols.forEach((c, i) => !c.perParty && !c.category && ws.mergeCells(top, i + 1, last!.number, i + 1));
      });
      if (catCol && last && last.number > first) ws.mergeCells(first, catCol, last.number, catCol);
      last?.commit();
      putAside();
      // Let the zip and file streams drain what was committed: without a turn of the event loop the
      // whole sheet piles up in their buffers (900 MB for 100,000 rows).
      await new Promise((r) => setImmediate(r));
    }
  }
  if (Array.isArray(merges)) for (const m of setAside) merges.push(m);
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
