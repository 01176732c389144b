/**
 * The floor of `resp import`: exceljs alone reading a workbook (every cell visited once). With
 * `--no-merges` it is told to skip the merge list (exceljs checks each merge against all earlier ones,
 * quadratic in their number), the fastest read exceljs has. Prints cells and in-process seconds as JSON.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';

const noMerges = process.argv.includes('--no-merges');
const t0 = performance.now();
const wb = new ExcelJS.Workbook();
const load = wb.xlsx.load.bind(wb.xlsx) as unknown as (b: Buffer, o?: object) => Promise<unknown>;
await load(readFileSync(process.argv[2]), noMerges ? { ignoreNodes: ['mergeCells'] } : undefined);
let cells = 0;
for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(() => cells++));
process.stdout.write(`${JSON.stringify({ cells, seconds: (performance.now() - t0) / 1000 })}\n`);
