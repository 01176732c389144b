/**
 * The workbook `resp import` is timed on: a 属地管理 list of `rows` body rows as counties print it
 * (title, a two-level header, categories merged over their items, two supporters a item on two rows
 * with the item's cells merged over them), written with exceljs from a seeded generator.
 */
import ExcelJS from 'exceljs';
import { Rng } from './gen/prng.js';

const DOMAINS = ['自然资源', '生态环境', '城乡建设', '应急管理', '市场监管', '综合执法', '农业农村', '交通运输', '水利', '卫生健康'];
const DEPTS = ['县自然资源和规划局', '县住房和城乡建设局', '县应急管理局', '县市场监督管理局', '县综合行政执法局', '县农业农村局', '县交通运输局', '县水利局', '县卫生健康局', '县公安局'];
const WORDS = '依法查处违法行为发现及时劝阻制止报告配合开展调查取证日常巡查宣传引导督促整改记录上报协助维护现场秩序组织排查隐患落实网格化管理责任';

function text(rng: Rng, min: number, max: number): string {
  const n = rng.between(min, max);
  let s = '';
  for (let i = 0; i < n; i++) s += WORDS[rng.int(WORDS.length)];
  return `${s}。`;
}

/** Write the workbook; returns the number of items in it. */
export async function writeImportBook(file: string, rows: number, seed = 20260701): Promise<number> {
  const rng = new Rng(seed);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('属地管理事项');
  ws.addRow(['基准县县乡“属地管理”事项主体责任和配合责任清单']);
  ws.addRow(['序号', '事项类别', '事项名称', '主体责任', '', '配合责任', '', '法律依据', '备注']);
  ws.addRow(['', '', '', '单位', '职责', '单位', '职责', '', '']);
  ws.mergeCells('A1:I1');
  for (const m of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:H3', 'I2:I3']) ws.mergeCells(m);
  const items = Math.floor(rows / 2);
  let r = 4;
  let domainStart = r;
  for (let i = 0; i < items; i++) {
    const d = Math.floor((i * DOMAINS.length) / items);
    const lead = DEPTS[d];
    ws.addRow([i + 1, DOMAINS[d], `${text(rng, 8, 20).slice(0, -1)}的监督管理（${i + 1}）`, lead, `1.${text(rng, 20, 60)}\n2.${text(rng, 20, 60)}`, '乡镇（街道）', text(rng, 30, 90), `《中华人民共和国${DOMAINS[d]}管理法》第${(i % 90) + 1}条`, rng.chance(0.2) ? text(rng, 10, 30) : '']);
    ws.addRow(['', '', '', '', '', DEPTS[(d + 1) % DEPTS.length], text(rng, 20, 60), '', '']);
    for (const c of ['A', 'C', 'D', 'E', 'H', 'I']) ws.mergeCells(`${c}${r}:${c}${r + 1}`);
    r += 2;
    const next = Math.floor(((i + 1) * DOMAINS.length) / items);
    if (next !== d || i === items - 1) {
      ws.mergeCells(`B${domainStart}:B${r - 1}`);
      domainStart = r;
    }
  }
  await wb.xlsx.writeFile(file);
  return items;
}
