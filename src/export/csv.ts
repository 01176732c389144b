import { writeAtomic } from '../io/write.js';
import { basesText, cellSafe, guardFormula, numbered, partyDutiesText, tidy, unitText } from './cell-text.js';
import { PART_NAMES } from './labels.js';
import { sectionsOf } from './sections.js';
import type { ExportDoc, Exporter } from './types.js';
import { dirname, join } from 'node:path';
import { ledgerCells, ledgerHeaders, ledgerTitle } from './ledger.js';

const HEADERS = ['清单', '序号', '事项类别', '事项名称', '主体责任单位', '主体责任职责', '配合责任', '法律依据', '工作方式', '备注', '事项编号'];

/** One field per RFC 4180: quoted when it holds a comma, quote or line break; formulas defused. */
function field(v: string | number): string {
  const s = typeof v === 'number' ? String(v) : guardFormula(cellSafe(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The document as CSV: one row per item, every list kind in one table. */
export function renderCsv(doc: ExportDoc): string {
  const rows: (string | number)[][] = [HEADERS];
  for (const s of sectionsOf(doc.list)) {
    for (const g of s.groups) {
      for (const { no, item } of g.items) {
        rows.push([
          PART_NAMES[s.kind], no, item.domain, item.name, unitText(item.lead).replace('\n', ''), numbered(item.lead.duties),
          (item.support ?? []).map(partyDutiesText).join('\n'), basesText(item.basis), item.method ?? '', item.notes ?? '', item.id,
        ]);
      }
    }
  }
  // The byte order mark makes Excel read the file as UTF-8; lines end in CRLF as RFC 4180 asks.
  const text = (v: string | number) => (typeof v === 'number' ? v : tidy(doc.local ? doc.local(v) : v));
  return '\uFEFF' + rows.map((r, i) => r.map((v) => field(i ? text(v) : v)).join(',')).join('\r\n') + '\r\n';
}

const table = (rows: (string | number)[][]) => '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';

/** The 赋权事项台账 as CSV (a table of its own: one row per township and item), or undefined when there is none. */
export function renderLedgerCsv(doc: ExportDoc): string | undefined {
  const l = doc.ledger;
  if (!l) return undefined;
  return table([ledgerHeaders(l).map((h) => h.replace(/\n/g, '')), ...l.rows.map((r, i) => ledgerCells(l, r, i + 1).map((v) => (typeof v === 'number' ? v : tidy(doc.local ? doc.local(v) : v))))]);
}

/** The file the ledger of `doc` goes to, beside the list's CSV file. */
export const ledgerCsvFile = (doc: ExportDoc, file: string): string => join(dirname(file), `${ledgerTitle(doc.list)}.csv`);

/** Write the CSV document, and its 赋权事项台账 as a second file beside it. */
export const writeCsv: Exporter = async (doc, file) => {
  await writeAtomic(file, renderCsv(doc));
  const ledger = renderLedgerCsv(doc);
  if (ledger === undefined) return [];
  const other = ledgerCsvFile(doc, file);
  await writeAtomic(other, ledger);
  return [other];
};
