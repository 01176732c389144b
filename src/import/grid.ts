/**
 * The grid model every reader produces and every later import stage reads: a source file becomes one
 * or more grids (a sheet of a workbook, a table of a Word document, a CSV file), each a rectangle of
 * cell texts with the merged ranges the file declares. Nothing here knows about lists or fields.
 */

/** A merged range, 0-based and inclusive. Only the top-left cell of a range holds text. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One rectangle of cells. */
export interface Grid {
  /** The sheet's name, or 表1, 表2 … for the tables of a document, or the file's name for CSV. */
  name: string;
  /** How a cell is named in messages: `a1` (属地管理!D12) for sheets and CSV, `table` (表2 第3行第4列) for documents. */
  addressing: 'a1' | 'table';
  /**
   * Cell text by row, then column, 0-based; '' for an empty cell. Text as the file holds it (line breaks
   * kept, no trimming); for a formula, its cached value. Every row has the same length.
   */
  rows: string[][];
  /** Merged ranges as the file declares them (a blank cell under a value is not one). */
  merges: Merge[];
  /** Paragraphs of a document that come before this table and after the previous one (titles, notes). */
  before?: string[];
  /** Paragraphs after the last table of a document (footnotes, 注：…), on the last grid only. */
  after?: string[];
}

/** What a reader returns for one source file. */
export interface SourceBook {
  /** The file's path as the user gave it. */
  file: string;
  /** The format told from the bytes (a legacy format is converted first and says so here). */
  format: 'xlsx' | 'docx' | 'csv';
  /** Set when the file was converted from a legacy format (xls, doc, wps) through LibreOffice. */
  convertedFrom?: 'xls' | 'doc' | 'wps' | 'et';
  grids: Grid[];
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's name in messages: `D12` for sheets, `第3行第4列` for document tables (1-based). */
export function cellName(g: Pick<Grid, 'addressing'>, r: number, c: number): string {
  return g.addressing === 'a1' ? `${columnLetters(c)}${r + 1}` : `第${r + 1}行第${c + 1}列`;
}

/** A range's name: `A12:H14`, or one cell's name when it is one cell. */
export function rangeName(g: Pick<Grid, 'addressing'>, m: Merge): string {
  const a = cellName(g, m.top, m.left);
  if (m.top === m.bottom && m.left === m.right) return a;
  return g.addressing === 'a1'
    ? `${a}:${cellName(g, m.bottom, m.right)}`
    : `第${m.top + 1}–${m.bottom + 1}行第${m.left + 1}–${m.right + 1}列`;
}
