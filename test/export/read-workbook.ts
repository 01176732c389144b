import ExcelJS from 'exceljs';

/** Read a produced workbook back, as a user's spreadsheet program would see it. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The values of a column below the header rows, top to bottom, skipping empty (merged) cells. */
export function columnValues(ws: ExcelJS.Worksheet, col: number, fromRow: number): unknown[] {
  const out: unknown[] = [];
  for (let r = fromRow; r <= ws.rowCount; r++) {
    const c = ws.getRow(r).getCell(col);
    if (c.isMerged && c.master.address !== c.address) continue;
    if (c.value !== null && c.value !== undefined && c.value !== '') out.push(c.value);
  }
  return out;
}
