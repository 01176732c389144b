/**
 * A grid becomes tables of records: the header band is found (title rows above it, one or two header
 * rows built from merged cells), each column is mapped to a field, and the body rows are grouped into
 * one record per item (an item spread over several rows by merged cells stays one record). Spacer
 * rows, repeated headers, 合计 rows, notes and section headings are recognised; every non-empty cell
 * ends in the ledger, mapped or reported.
 */
import type { ListKind } from '../model/types.js';
import { declaredTotal, oneLine, serialNumber } from './cells.js';
import { headerKey, headerScore, isHeaderPart, kindsNamed, targetOf, type ColumnMap, type Target } from './columns.js';
import { cellName, rangeName, type Grid, type Merge } from './grid.js';
import type { Ledger } from './ledger.js';

/** One source cell with its text and its key in the ledger. */
export interface Cell {
  text: string;
  key: string;
  r: number;
  c: number;
  /** The column's header, for notes taken from a column other than 备注 (追责情形：…). */
  label?: string;
}

/** One item's cells, as read from one or more rows. */
export interface SourceRecord {
  first: number;
  last: number;
  /** Cells of each field over the record's rows, in row order; a merged cell once. */
  fields: Map<Target, Cell[]>;
  /** The per-row cells of the columns that hold one supporter a row. */
  rows: Map<Target, Cell>[];
  /** Domain from the section heading above, when there is one. */
  section?: string;
  sectionCell?: Cell;
  /** List kind from a section heading above, when there is one. */
  kind?: ListKind;
  /** The source range, e.g. A12:H14. */
  range: string;
}

/** A declared total (（共45项）, 合计 45项) and the records it speaks of. */
export interface Declared {
  total: number;
  text: string;
  where: string;
  count: () => number;
}

/** One table of a grid: its title lines, columns and records. */
export interface SourceTable {
  grid: Grid;
  /** The first title line above the header (the list's title), if any. */
  title?: Cell;
  /** A revision line above the header (版本、施行日期、批准文号). */
  revision?: Cell;
  /** List kind named by the last section heading before this table's header. */
  headingKind?: ListKind;
  columns: { c: number; path: string[]; target?: Target }[];
  records: SourceRecord[];
  declared: Declared[];
}

const TITLE_WORD = /清单|目录|事项|责任|职责/;
const REVISION_WORD = /版本|施行日期|实施日期|批准|印发|文号/;
const NOTE_START = /^\s*(注|说明|备注|附注|填表说明)\s*[：:\d一1、.]/;
const TOTAL_START = /^\s*(合计|总计|小计|共计)/;
const HEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))\s*/;

/** Text of a heading without its numbering and declared total: 一、自然资源领域（共12项） → 自然资源领域. */
export function headingText(s: string): string {
  return oneLine(s).replace(HEADING_NUMBER, '').replace(/[（(]\s*(?:共|计)?\s*\d+\s*项\s*[）)]\s*$/, '').replace(/\s*(?:共|计)\s*\d+\s*项\s*$/, '').trim();
}

class GridView {
  /** For each cell inside a merge, the merge (the top-left cell holds the text). */
  private readonly mergeAt = new Map<number, Merge>();
  readonly width: number;

  constructor(readonly g: Grid) {
    this.width = g.rows.reduce((w, r) => Math.max(w, r.length), 0);
    for (const m of g.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeAt.set(r * 65536 + c, m);
    }
  }

  text(r: number, c: number): string {
    return this.g.rows[r]?.[c] ?? '';
  }

  merge(r: number, c: number): Merge | undefined {
    return this.mergeAt.get(r * 65536 + c);
  }

  /** The text a cell shows: its own, or its merge's top-left cell's. */
  shown(r: number, c: number): string {
    const m = this.merge(r, c);
    return m ? this.text(m.top, m.left) : this.text(r, c);
  }

  key(r: number, c: number): string {
    return `${this.g.name}!${cellName(this.g, r, c)}`;
  }

  cell(r: number, c: number): Cell {
    return { text: this.text(r, c), key: this.key(r, c), r, c };
  }

  /** The non-empty cells of a row (top-left cells of merges only). */
  filled(r: number): Cell[] {
    const out: Cell[] = [];
    const row = this.g.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (row[c].trim() !== '') out.push(this.cell(r, c));
    return out;
  }
}

/** The sheet resp export writes the 赋权事项台账 into (src/export/xlsx.ts): a report, not a list. */
const DELEGATION_LEDGER_SHEET = '赋权事项台账';

/** Read every table of a grid into the ledger. */
export function readTables(g: Grid, ledger: Ledger, map?: ColumnMap): SourceTable[] {
  const v = new GridView(g);
  // The delegation ledger is made from the lists and the usage files: accounted for, not read as items.
  if (g.addressing === 'a1' && g.name === DELEGATION_LEDGER_SHEET) {
    const cells = g.rows.flatMap((_, r) => v.filled(r));
    if (cells.length) ledger.loss('ledger-sheet', g.name, cells.map((c) => c.key), { sheet: g.name });
    return [];
  }
  const tables: SourceTable[] = [];
  let from = 0;
  let pendingKind: ListKind | undefined;
  while (from < g.rows.length) {
    const head = findHeader(v, from, map);
    if (head === undefined) {
      // Nothing more that reads as a table: what is left is reported, not dropped.
      const rest: Cell[] = [];
      for (let r = from; r < g.rows.length; r++) rest.push(...v.filled(r));
      if (rest.length) {
        if (!tables.length) ledger.loss('no-table', g.name, rest.map((c) => c.key), {}, rest[0].text);
        else for (const c of rest) ledger.loss('unmapped-cell', c.key, [c.key], { text: oneLine(c.text).slice(0, 40) }, c.text);
      }
      break;
    }
    const t = readTable(v, from, head, ledger, map, pendingKind, tables.length === 0);
    tables.push(t.table);
    pendingKind = t.nextKind;
    from = t.end;
  }
  if (!tables.length && !g.rows.some((r) => r.some((c) => c.trim()))) return [];
  return tables;
}

/** The first row at or after `from` that reads best as a header (at least two fields named). */
function findHeader(v: GridView, from: number, map?: ColumnMap): number | undefined {
  let best: number | undefined;
  let bestScore = 1;
  const limit = Math.min(v.g.rows.length, from + 40);
  for (let r = from; r < limit; r++) {
    const s = headerScore(v.g.rows[r], map);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

/** The rows of the header band that starts at `top`: merged header cells reaching down, or a row of sub-headers. */
function bandEnd(v: GridView, top: number): number {
  let end = top;
  for (let c = 0; c < v.width; c++) {
    const m = v.merge(top, c);
    if (m && m.top === top && m.bottom > end && m.bottom - top <= 3) end = m.bottom;
  }
  if (end === top) {
    // No merges: a next row of sub-headers only (单位, 职责) under a parent header.
    const next = v.filled(top + 1);
    if (next.length && next.every((x) => isHeaderPart(x.text) && serialNumber(x.text) === undefined) && next.some((x) => v.text(top, x.c) === '' || isParent(v, top, x.c))) end = top + 1;
  }
  return end;
}

function isParent(v: GridView, r: number, c: number): boolean {
  const m = v.merge(r, c);
  return !!m && m.right > m.left;
}

/** Header path of each column: the distinct texts shown in the band, top to bottom. */
function headerPaths(v: GridView, top: number, end: number): string[][] {
  const paths: string[][] = [];
  for (let c = 0; c < v.width; c++) {
    const path: string[] = [];
    for (let r = top; r <= end; r++) {
      let t = v.shown(r, c);
      // A parent written once with blanks to its right and no merge (CSV): the blank belongs to the parent.
      if (!t && r < end && c > 0 && !v.merge(r, c) && isHeaderPart(v.text(r + 1, c))) t = paths[c - 1]?.[0] ?? '';
      const clean = oneLine(t);
      if (clean && path[path.length - 1] !== clean) path.push(clean);
    }
    paths.push(path);
  }
  return paths;
}

function readTable(
  v: GridView,
  from: number,
  top: number,
  ledger: Ledger,
  map: ColumnMap | undefined,
  headingKind: ListKind | undefined,
  first: boolean,
): { table: SourceTable; end: number; nextKind?: ListKind } {
  const g = v.g;
  const end = bandEnd(v, top);
  const paths = headerPaths(v, top, end);
  const columns = paths.map((path, c) => ({ c, path, target: path.length ? targetOf(path, map) : undefined }));
  // 主体责任单位 | 主体责任: beside a column of units, a 主体责任 / 配合责任 column holds the duties only.
  for (const role of ['lead', 'support'] as const) {
    if (columns.some((x) => x.target === `${role}.party`)) for (const x of columns) if (x.target === `${role}.unit-duties`) x.target = `${role}.duties`;
  }
  const table: SourceTable = { grid: g, columns, records: [], declared: [], ...(headingKind ? { headingKind } : {}) };

  // Title rows above the header: the title, a revision line, declared totals; anything else is reported.
  const above: Cell[] = [];
  if (first) (g.before ?? []).forEach((p, i) => p.trim() && above.push({ text: p, key: `${g.name} 前文第${i + 1}段`, r: -1, c: i }));
  for (let r = from; r < top; r++) above.push(...v.filled(r));
  for (const cell of above) {
    const total = declaredTotal(cell.text);
    if (total !== undefined) table.declared.push({ total, text: oneLine(cell.text), where: cell.key, count: () => table.records.length });
    const kinds = kindsNamed(cell.text);
    if (!table.title && TITLE_WORD.test(cell.text) && !REVISION_WORD.test(cell.text.slice(0, 4))) {
      table.title = cell;
      ledger.map(cell.key, 'title');
    } else if (!table.revision && REVISION_WORD.test(cell.text)) {
      table.revision = cell;
      ledger.map(cell.key, 'revision');
      if (kinds.length && !table.headingKind) table.headingKind = kinds[0];
    } else if (kinds.length && oneLine(cell.text).length <= 30) {
      table.headingKind = kinds[0];
      ledger.map(cell.key, 'list kind');
    } else if (total !== undefined) ledger.map(cell.key, 'declared total');
    else ledger.loss('unmapped-cell', cell.key, [cell.key], { text: oneLine(cell.text).slice(0, 40) }, cell.text);
  }

  // Header cells.
  for (let r = top; r <= end; r++) for (const cell of v.filled(r)) ledger.map(cell.key, 'header');

  const at = (target: Target) => columns.find((col) => col.target === target)?.c;
  const nameCol = at('name');
  const noCol = at('no');
  // Each column's header texts as compared, to tell the header repeated mid-table.
  const headerKeys = paths.map((path) => new Set(path.map(headerKey)));
  const perRow: Target[] = ['support.party', 'support.duties', 'township.duties', 'support.unit-duties'];
  const unmapped = new Map<number, Cell[]>();
  const headerScoreTop = headerScore(g.rows[top], map);

  let current: SourceRecord | undefined;
  let section: { text: string; cell: Cell } | undefined;
  let sectionKind: ListKind | undefined;
  let sectionDeclared: Declared | undefined;
  let sectionStart = 0;
  let lastNo: number | undefined;
  let lastDomain: string | undefined;
  let r = end + 1;

  const startRecord = (row: number): SourceRecord => {
    const rec: SourceRecord = { first: row, last: row, fields: new Map(), rows: [], range: '', ...(section ? { section: section.text, sectionCell: section.cell } : {}), ...(sectionKind ? { kind: sectionKind } : {}) };
    table.records.push(rec);
    return rec;
  };

  const take = (rec: SourceRecord, row: number, inherit: boolean, repeated?: Set<Target>) => {
    const rowCells = new Map<Target, Cell>();
    for (const col of columns) {
      if (repeated && col.target && repeated.has(col.target)) {
        // 序号, name and id repeated on a page where the item continues: the item's, said once already.
        if (v.text(row, col.c).trim()) ledger.map(v.key(row, col.c), 'repeated on the next page');
        continue;
      }
      let text = v.text(row, col.c);
      let cell: Cell = v.cell(row, col.c);
      if (!text && inherit) {
        // A merge from above the record (a category merged over several items) gives its value here.
        const m = v.merge(row, col.c);
        if (m && m.top < rec.first) {
          text = v.text(m.top, m.left);
          cell = { text, key: v.key(m.top, m.left), r: m.top, c: m.left };
        }
      }
      if (!text.trim()) continue;
      if (!col.target || col.target === 'ignore') {
        const list = unmapped.get(col.c) ?? [];
        list.push(cell);
        unmapped.set(col.c, list);
        continue;
      }
      const list = rec.fields.get(col.target) ?? [];
      if (col.target === 'notes' && !/^(备注|说明|备注说明)$/.test(headerKey(col.path.join('')))) cell = { ...cell, label: col.path.join('/') };
      if (!list.some((x) => x.key === cell.key)) list.push(cell);
      rec.fields.set(col.target, list);
      if (perRow.includes(col.target)) rowCells.set(col.target, cell);
    }
    if (rowCells.size) rec.rows.push(rowCells);
    rec.last = row;
  };

  const closeSection = () => {
    if (sectionDeclared) {
      const start = sectionStart;
      const n = table.records.length;
      sectionDeclared.count = () => n - start;
      table.declared.push(sectionDeclared);
      sectionDeclared = undefined;
    }
  };

  let nextKind: ListKind | undefined;
  for (; r < g.rows.length; r++) {
    const cells = v.filled(r);
    if (!cells.length) continue;
    // A new table (another header, not a repeat of this one) ends this one.
    // Only a row of short texts can be a header (most body rows have long cells: no work for them).
    const score = cells.filter((x) => x.text.length <= 30).length >= 2 ? headerScore(g.rows[r], map) : 0;
    const repeats = score >= 2 ? cells.filter((x) => headerKeys[x.c]?.has(headerKey(x.text))).length : 0;
    if (score >= 2 && repeats >= Math.max(2, Math.ceil(cells.length * 0.6))) {
      // The header repeated mid-table, as printed on each page.
      for (const x of cells) ledger.map(x.key, 'header (repeated)');
      const e = bandEnd(v, r);
      for (let rr = r + 1; rr <= e; rr++) for (const x of v.filled(rr)) ledger.map(x.key, 'header (repeated)');
      r = e;
      continue;
    }
    if (score >= Math.max(2, headerScoreTop - 1) && cells.every((x) => x.text.length <= 30 && serialNumber(x.text) === undefined)) {
      nextKind = sectionKind;
      break;
    }
    const firstText = cells[0].text;
    if (TOTAL_START.test(firstText)) {
      const joined = cells.map((x) => x.text).join(' ');
      const total = declaredTotal(joined) ?? (cells.map((x) => serialNumber(x.text)).find((n) => n !== undefined));
      if (total !== undefined) {
        const n = table.records.length;
        table.declared.push({ total, text: oneLine(joined), where: cells[0].key, count: () => n });
      }
      for (const x of cells) ledger.map(x.key, 'total row');
      continue;
    }
    if (NOTE_START.test(firstText) && cells.length <= 2) {
      for (const x of cells) {
        const total = declaredTotal(x.text);
        if (total !== undefined) {
          const n = table.records.length;
          table.declared.push({ total, text: oneLine(x.text), where: x.key, count: () => n });
        }
        ledger.loss('footnote', x.key, [x.key], { text: oneLine(x.text).slice(0, 60) }, x.text);
      }
      continue;
    }
    // A section heading: one text across the row (merged), or alone where no item name stands.
    const distinct = new Set(cells.map((x) => x.text.trim()));
    const wide = cells.length === 1 && (v.merge(r, cells[0].c)?.right ?? cells[0].c) - cells[0].c >= Math.min(2, v.width - 1);
    const nameHere = nameCol !== undefined ? v.shown(r, nameCol) : '';
    if (distinct.size === 1 && (wide || (!nameHere && cells[0].c !== nameCol && serialNumber(cells[0].text) === undefined && cells.length === 1 && !v.merge(r, cells[0].c)))) {
      const text = cells[0].text;
      closeSection();
      const kinds = kindsNamed(text);
      if (kinds.length) sectionKind = kinds[0];
      const h = headingText(text);
      if (!kinds.length && h) section = { text: h.replace(/领域$/, ''), cell: cells[0] };
      const total = declaredTotal(text) ?? (/[（(](\d+)项[）)]/.exec(text) ? Number(/[（(](\d+)项[）)]/.exec(text)![1]) : undefined);
      if (total !== undefined) {
        sectionStart = table.records.length;
        sectionDeclared = { total, text: oneLine(text), where: cells[0].key, count: () => table.records.length - sectionStart };
      }
      ledger.map(cells[0].key, kinds.length ? 'list kind (section heading)' : 'domain (section heading)');
      current = undefined;
      continue;
    }
    // An item row, or the next row of the item above.
    const nameMerge = nameCol !== undefined ? v.merge(r, nameCol) : undefined;
    const nameText = nameCol !== undefined ? v.text(r, nameCol) : '';
    if (current && nameMerge && nameMerge.top < r && nameMerge.top >= current.first) {
      take(current, r, false);
      continue;
    }
    if (!nameText.trim() && !(nameMerge && nameMerge.top < r)) {
      const noText = noCol !== undefined ? v.text(r, noCol) : '';
      const supportOnly = cells.every((x) => perRow.includes(columns[x.c].target as Target) || columns[x.c].target === 'office');
      if (current && !noText && supportOnly) {
        // A blank name under an item, not merged: taken as the item's next supporter, and said so.
        const key = v.key(r, nameCol ?? 0);
        ledger.loss('guessed-fill', key, [], { field: '事项名称', value: oneLine(v.shown(current.first, nameCol ?? 0)).slice(0, 30) });
        take(current, r, false);
        continue;
      }
      ledger.loss('empty-name', `${g.name}!${rangeName(g, { top: r, left: 0, bottom: r, right: v.width - 1 })}`, cells.map((x) => x.key), {}, cells.map((x) => x.text).join(' | '));
      continue;
    }
    // An item that continues on the next page: 序号, name (with （续）) and id repeated.
    if (current && /[（(]续[）)]\s*$/.test(nameText)) {
      const same = (f: Target) => {
        const col = at(f);
        const before = current!.fields.get(f)?.[0]?.text.trim();
        return col === undefined || !before || v.text(r, col).trim() === before;
      };
      if (same('no') && same('id')) {
        take(current, r, false, new Set<Target>(['no', 'name', 'id', 'domain']));
        continue;
      }
    }
    current = startRecord(r);
    take(current, r, true);
    // The row's number: gaps are reported (numbering restarts at 1 in a new part).
    const noCell = current.fields.get('no')?.[0];
    const n = noCell ? serialNumber(noCell.text) : undefined;
    if (n !== undefined) {
      if (lastNo !== undefined && n !== lastNo + 1 && n !== 1) ledger.loss('numbering-gap', noCell!.key, [], { prev: lastNo, next: n });
      lastNo = n;
    }
    // A blank category under a category, not merged: filled from above, and said so.
    const domainCol = at('domain');
    if (domainCol !== undefined) {
      const d = current.fields.get('domain')?.[0]?.text;
      if (d) lastDomain = oneLine(d);
      else if (lastDomain && !v.merge(r, domainCol)) {
        ledger.loss('guessed-fill', v.key(r, domainCol), [], { field: '事项类别', value: lastDomain });
        current.fields.set('domain', [{ text: lastDomain, key: v.key(r, domainCol), r, c: domainCol }]);
      }
    }
  }
  closeSection();
  for (const rec of table.records) {
    rec.range = g.addressing === 'a1'
      ? rangeName(g, { top: rec.first, left: 0, bottom: rec.last, right: Math.max(0, v.width - 1) })
      : rec.first === rec.last ? `第${rec.first + 1}行` : `第${rec.first + 1}–${rec.last + 1}行`;
  }
  for (const [c, cells] of unmapped) {
    const col = columns[c];
    const header = col.path.join('/') || `${cellName(g, top, c).replace(/\d+$/, '')}列`;
    const l = ledger.loss('unmapped-column', `${g.name}!${rangeName(g, { top: cells[0].r, left: c, bottom: cells[cells.length - 1].r, right: c })}`, cells.map((x) => x.key), { header, count: cells.length }, cells[0].text);
    if (col.target === 'ignore') l.severity = 'info';
  }
  return { table, end: r, ...(nextKind ? { nextKind } : {}) };
}
