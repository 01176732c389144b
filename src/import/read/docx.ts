import type { Grid, Merge } from '../grid.js';
import { readError } from './errors.js';
import { malformed as malformedXml, scanXml } from './xml.js';

export { decodeText } from './xml.js';

/**
 * The tables of a Word document's `word/document.xml`, read with the tag scanner of xml.ts: no DTD
 * processing at all (a `<!DOCTYPE` or any other `<!` declaration is refused), only the five predefined
 * entities and numeric character references are decoded.
 *
 * Each top-level `w:tbl` becomes a grid named 表1, 表2 … in document order. Cell text is the cell's
 * paragraphs joined by '\n'; `w:tab` is '\t', `w:br`/`w:cr` are '\n'. `w:gridSpan` spans grid columns,
 * `w:vMerge` restart/continue merges down a grid column, `w:gridBefore`/`w:gridAfter` skip columns.
 * A nested table's paragraphs are added to the outer cell's lines. Deleted text (`w:del`, `w:moveFrom`),
 * field codes, text boxes and the fallback copy of alternate content are left out; rows deleted with
 * tracked changes are dropped. Non-empty paragraphs outside tables go to `before` of the next grid, and
 * those after the last table to `after` of the last grid.
 */

const WML = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** WML elements whose whole content is left out. */
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'txbxContent',
  'tcPrChange',
  'trPrChange',
  'tblPrChange',
  'tblGridChange',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrExChange',
]);

interface CellRaw {
  paras: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMerge: 'restart' | 'continue' | null;
}
interface RowRaw {
  cells: CellRaw[];
  before: number;
  after: number;
  deleted: boolean;
}
interface TableRaw {
  rows: RowRaw[];
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function readDocxXml(xml: string, maxCells: number): Grid[] {
  // Prefixes bound to the WordprocessingML namespace; `w` until the document says otherwise.
  const wPrefixes = new Set<string>(['w']);
  let sawWmlDecl = false;

  const grids: Grid[] = [];
  let body: string[] = [];
  let tableCount = 0;
  let cells = 0;

  const tables: TableRaw[] = [];
  let row: RowRaw | null = null;
  let cell: CellRaw | null = null;
  const paras: string[][] = [];
  let runDepth = 0;
  let inText = false;
  let inTrPr = false;
  let inTcPr = false;

  const deliverParagraph = (text: string) => {
    if (tables.length === 0) {
      if (text.trim() !== '') body.push(text);
    } else if (cell) {
      cell.paras.push(text);
    }
  };

  const finishTable = (t: TableRaw) => {
    tableCount++;
    const g = tableGrid(t, `表${tableCount}`);
    if (!g) return; // no text at all: its preceding paragraphs stay for the next table
    cells += g.rows.length * (g.rows[0]?.length ?? 0);
    if (cells > maxCells) throw readError('too-many-cells', { cells: `${cells}+`, limit: maxCells });
    g.before = body;
    body = [];
    grids.push(g);
  };

  const start = (qname: string, attrs: string) => {
    if (attrs.includes('xmlns')) {
      for (const m of attrs.matchAll(ATTR)) {
        if (m[1] === 'xmlns' || m[1].startsWith('xmlns:')) {
          const prefix = m[1] === 'xmlns' ? '' : m[1].slice(6);
          const uri = m[2] ?? m[3] ?? '';
          if (WML.has(uri)) {
            if (!sawWmlDecl) wPrefixes.clear();
            sawWmlDecl = true;
            wPrefixes.add(prefix);
          }
        }
      }
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (!wPrefixes.has(prefix)) {
      if (local === 'Fallback') return true;
      return false;
    }
    const top = tables.length === 1;
    switch (local) {
      case 'p':
        paras.push([]);
        break;
      case 'r':
        runDepth++;
        break;
      case 't':
        inText = paras.length > 0;
        break;
      case 'tab':
      case 'ptab':
        if (runDepth > 0) paras[paras.length - 1]?.push('\t');
        break;
      case 'br':
      case 'cr':
        if (runDepth > 0) paras[paras.length - 1]?.push('\n');
        break;
      case 'noBreakHyphen':
        if (runDepth > 0) paras[paras.length - 1]?.push('-');
        break;
      case 'tbl':
        tables.push({ rows: [] });
        break;
      case 'tr':
        if (top) row = { cells: [], before: 0, after: 0, deleted: false };
        break;
      case 'trPr':
        if (top) inTrPr = true;
        break;
      case 'gridBefore':
      case 'gridAfter':
        if (top && inTrPr && row) row[local === 'gridBefore' ? 'before' : 'after'] = intVal(attrs, 0);
        break;
      case 'tc':
        if (top && row) {
          cell = { paras: [], span: 1, vMerge: null, hMerge: null };
          row.cells.push(cell);
        }
        break;
      case 'tcPr':
        if (top) inTcPr = true;
        break;
      case 'gridSpan':
        if (top && inTcPr && cell) cell.span = Math.max(1, intVal(attrs, 1));
        break;
      case 'vMerge':
      case 'hMerge':
        if (top && inTcPr && cell) cell[local] = val(attrs) === 'restart' ? 'restart' : 'continue';
        break;
      case 'del':
        if (top && inTrPr && row) row.deleted = true;
        return true;
      default:
        return SKIP.has(local);
    }
    return false;
  };

  const end = (qname: string) => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    if (!wPrefixes.has(prefix)) return;
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const top = tables.length === 1;
    switch (local) {
      case 'p': {
        const chunks = paras.pop();
        if (chunks) deliverParagraph(chunks.join(''));
        break;
      }
      case 'r':
        if (runDepth > 0) runDepth--;
        break;
      case 't':
        inText = false;
        break;
      case 'tbl': {
        const t = tables.pop();
        if (t && tables.length === 0) {
          finishTable(t);
          row = null;
          cell = null;
        }
        break;
      }
      case 'tr':
        if (top && row) {
          t0().rows.push(row);
          row = null;
        }
        break;
      case 'trPr':
        if (top) inTrPr = false;
        break;
      case 'tc':
        if (top) cell = null;
        break;
      case 'tcPr':
        if (top) inTcPr = false;
        break;
    }
  };
  const t0 = () => tables[0];

  scanXml(xml, 'word/document.xml', {
    open: start,
    close: end,
    wantText: () => inText,
    text: (s) => paras[paras.length - 1]?.push(s),
  });
  if (tables.length > 0 || paras.length > 0) throw malformed();

  if (grids.length > 0) grids[grids.length - 1].after = body;
  return grids;
}

function malformed() {
  return malformedXml('word/document.xml');
}

/** The `val` attribute (any prefix) of a tag's attribute text. */
function val(attrs: string): string | undefined {
  for (const m of attrs.matchAll(ATTR)) {
    const name = m[1];
    if (name === 'val' || name.endsWith(':val')) return m[2] ?? m[3];
  }
  return undefined;
}

function intVal(attrs: string, fallback: number): number {
  const v = Number.parseInt(val(attrs) ?? '', 10);
  return Number.isFinite(v) && v >= 0 ? Math.min(v, 10_000) : fallback;
}

/** A table's grid, or null when no cell holds any text. */
function tableGrid(t: TableRaw, name: string): Grid | null {
  const rows = t.rows.filter((r) => !r.deleted);
  let width = 0;
  for (const r of rows) {
    const w = r.before + r.cells.reduce((s, c) => s + c.span, 0) + r.after;
    if (w > width) width = w;
  }
  if (rows.length === 0 || width === 0) return null;
  const out: string[][] = [];
  const merges: Merge[] = [];
  let open = new Map<number, Merge>();
  let any = false;
  rows.forEach((r, ri) => {
    const line = new Array<string>(width).fill('');
    const nextOpen = new Map<number, Merge>();
    let col = r.before;
    let last: Merge | null = null;
    for (const c of r.cells) {
      const right = col + c.span - 1;
      const above = open.get(col);
      if (c.vMerge === 'continue' && above) {
        above.bottom = ri;
        if (right > above.right) above.right = right;
        nextOpen.set(col, above);
        last = above;
      } else if (c.hMerge === 'continue' && last && last.top === ri) {
        last.right = right;
      } else {
        const text = c.paras.join('\n');
        line[col] = text;
        if (text.trim() !== '') any = true;
        const m: Merge = { top: ri, left: col, bottom: ri, right };
        merges.push(m);
        if (c.vMerge) nextOpen.set(col, m);
        last = m;
      }
      col = right + 1;
    }
    open = nextOpen;
    out.push(line);
  });
  if (!any) return null;
  return {
    name,
    addressing: 'table',
    rows: out,
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left),
  };
}
