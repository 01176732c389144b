import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';
import { readWorkbook } from './read-workbook.js';

const C = '示例县县乡属地管理事项主体责任和配合责任清单';

/** A hand-over from the province (what 交由 needs, less the evaluation and transition given in `more`). */
const handOver = (...more: string[]) => [
  '    delegation:',
  '      route: 交由',
  '      in_name_of: 乡镇',
  '      decided_by: 山东省人民政府',
  '      document: 鲁政字〔2024〕35号',
  '      date: 2024-03-01',
  '      published: {date: 2024-03-05, where: 山东省人民政府公报}',
  ...more.map((l) => `      ${l}`),
];

/**
 * Three delegated powers of 东湖镇 and 西山乡, judged on 2026-03-01: FQ-1 (both townships, evaluated
 * after its transition; 西山乡 had no case in 2025), FQ-2 (东湖镇, transition over, never evaluated),
 * FQ-3 (西山乡, an entrustment still in its transition). A statutory power (FQ-4) is no delegation.
 */
const REPO: Record<string, string> = {
  ...MINI,
  'domains/delegated.yaml': [
    'kind: domain',
    'domain: 综合执法',
    'list: 赋权事项',
    'items:',
    '  - id: FQ-1',
    '    name: 擅自在街道两侧堆放物料的行政处罚',
    '    power: 行政处罚',
    '    lead: {party: 乡镇（街道）, duties: [依法查处擅自堆放物料的行为]}',
    '    basis: [《城市市容和环境卫生管理条例》第三十六条第二项]',
    ...handOver('transition: {from: 2024-04-01, to: 2024-12-31}', 'evaluated: 2025-03-01'),
    '  - id: FQ-2',
    '    name: 临街阳台和窗外吊挂有碍市容物品的行政处罚',
    '    power: 行政处罚',
    '    lead: {party: 东湖镇, duties: [依法查处临街吊挂有碍市容物品的行为]}',
    '    basis: [《城市市容和环境卫生管理条例》第三十四条第三项]',
    ...handOver('transition: {from: 2025-02-01, to: 2025-12-31}'),
    '  - id: FQ-3',
    '    name: 不按规定倾倒垃圾的行政处罚',
    '    power: 行政处罚',
    '    lead: {party: 西山乡, duties: [以县综合执法局名义依法查处乱倒垃圾的行为]}',
    '    basis: [《城市市容和环境卫生管理条例》第三十四条第四项]',
    '    delegation:',
    '      route: 委托',
    '      in_name_of: 部门',
    '      entrusted_by: 县综合执法局',
    '      document: 示综执委〔2026〕1号',
    '      date: 2026-01-05',
    '      transition: {from: 2026-02-01, to: 2026-12-31}',
    '  - id: FQ-4',
    '    name: 乡村建设规划许可证的核发',
    '    power: 行政许可',
    '    lead: {party: 东湖镇, duties: [核发乡村建设规划许可证]}',
    '    basis: [《中华人民共和国城乡规划法》第四十一条]',
    '    delegation: {route: 法定, in_name_of: 乡镇}',
    '',
  ].join('\n'),
  'delegations/usage-2025.yaml': [
    'kind: usage',
    'year: 2025',
    'source: 示例县2025年度赋权事项运行统计表',
    'usage:',
    '  - {township: 东湖镇, item: FQ-1, count: 6}',
    '  - {township: 西山乡, item: FQ-1, count: 0, note: 辖区无临街商铺}',
    '  - {township: 东湖镇, item: FQ-2, count: 3}',
    '',
  ].join('\n'),
};

const HEAD = ['序号', '乡镇\n（街道）', '事项编号', '事项名称', '赋权方式', '赋权决定', '过渡期届满', '最近评估', '2025年\n办件量', '状态', '说明'];

describe('the delegation ledger (赋权事项台账) of resp export', () => {
  it('is a sheet of the county workbook: a row per township and delegated power, with its use and status', async () => {
    const dir = tempRepo(REPO);
    const r = await runCli(['export', '--xlsx', '--county', '--as-of', '2026-03-01'], dir);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(join(dir, 'out', `${C}.xlsx`));
    const ws = wb.getWorksheet('赋权事项台账')!;
    expect(ws).toBeDefined();
    const row = (n: number) => Array.from((ws.getRow(n).values as unknown[]).slice(1), (v) => v ?? '');
    expect(row(1)[0]).toBe('示例县赋权事项台账');
    expect(row(2)[0]).toBe('状态判断日期：2026-03-01　办件量来源：示例县2025年度赋权事项运行统计表');
    expect(row(3)).toEqual(HEAD);
    expect([4, 5, 6, 7].map(row)).toEqual([
      [1, '东湖镇', 'FQ-1', '擅自在街道两侧堆放物料的行政处罚', '交由\n以乡镇名义', '山东省人民政府\n鲁政字〔2024〕35号\n（2024-03-01）', '2024-12-31', '2025-03-01', 6, '已评估', '2028-03-01前再评估'],
      [2, '东湖镇', 'FQ-2', '临街阳台和窗外吊挂有碍市容物品的行政处罚', '交由\n以乡镇名义', '山东省人民政府\n鲁政字〔2024〕35号\n（2024-03-01）', '2025-12-31', '', 3, '评估逾期', '过渡期届满后未评估'],
      [3, '西山乡', 'FQ-1', '擅自在街道两侧堆放物料的行政处罚', '交由\n以乡镇名义', '山东省人民政府\n鲁政字〔2024〕35号\n（2024-03-01）', '2024-12-31', '2025-03-01', 0, '建议收回', '2025年无办件：辖区无临街商铺'],
      [4, '西山乡', 'FQ-3', '不按规定倾倒垃圾的行政处罚', '委托\n以部门名义', '县综合执法局\n示综执委〔2026〕1号\n（2026-01-05）', '2026-12-31', '', '—', '过渡期中', '工作在镇街、责任在部门（至2026-12-31）'],
    ]);
    expect(ws.rowCount).toBe(7);
    // Statuses that ask for action stand out in print; the sheet is landscape A4 with its header on every page.
    expect(ws.getRow(6).getCell(10).font?.bold).toBe(true);
    expect(ws.getRow(4).getCell(10).font?.bold).toBeFalsy();
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 1 页');
  });

  it('gives a township only its own rows, and Markdown, CSV and JSON the same table', async () => {
    const dir = tempRepo(REPO);
    const r = await runCli(['export', '--md', '--csv', '--json', '--township', '西山乡', '--as-of', '2026-03-01'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'out/townships/西山乡履行职责事项清单.md',
      'out/townships/西山乡履行职责事项清单.csv',
      'out/townships/西山乡赋权事项台账.csv',
      'out/townships/西山乡履行职责事项清单.json',
    ]);
    const md = readFileSync(join(dir, 'out/townships/西山乡履行职责事项清单.md'), 'utf8');
    expect(md.slice(md.indexOf('## 西山乡赋权事项台账'))).toBe([
      '## 西山乡赋权事项台账',
      '',
      '状态判断日期：2026-03-01　办件量来源：示例县2025年度赋权事项运行统计表',
      '',
      '| 序号 | 乡镇（街道） | 事项编号 | 事项名称 | 赋权方式 | 赋权决定 | 过渡期届满 | 最近评估 | 2025年办件量 | 状态 | 说明 |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      '| 1 | 西山乡 | FQ-1 | 擅自在街道两侧堆放物料的行政处罚 | 交由<br>以乡镇名义 | 山东省人民政府<br>鲁政字〔2024〕35号<br>（2024-03-01） | 2024-12-31 | 2025-03-01 | 0 | 建议收回 | 2025年无办件：辖区无临街商铺 |',
      '| 2 | 西山乡 | FQ-3 | 不按规定倾倒垃圾的行政处罚 | 委托<br>以部门名义 | 县综合执法局<br>示综执委〔2026〕1号<br>（2026-01-05） | 2026-12-31 |  | — | 过渡期中 | 工作在镇街、责任在部门（至2026-12-31） |',
      '',
    ].join('\n'));
    const csv = readFileSync(join(dir, 'out/townships/西山乡赋权事项台账.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF序号,乡镇（街道）,事项编号,事项名称,赋权方式,赋权决定,过渡期届满,最近评估,2025年办件量,状态,说明\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('1,西山乡,FQ-1,擅自在街道两侧堆放物料的行政处罚,"交由\n以乡镇名义"');
    const json = JSON.parse(readFileSync(join(dir, 'out/townships/西山乡履行职责事项清单.json'), 'utf8'));
    expect(json.ledger.asOf).toBe('2026-03-01');
    expect(json.ledger.years).toEqual([2025]);
    expect(json.ledger.rows.map((x: { item: string; status: string; usage: unknown }) => [x.item, x.status, x.usage])).toEqual([
      ['FQ-1', '建议收回', { 2025: 0 }],
      ['FQ-3', '过渡期中', {}],
    ]);
  });

  it('is left out of a list with no delegated powers, and judges on the day given', async () => {
    const dir = tempRepo(MINI);
    const r = await runCli(['export', '--xlsx', '--md', '--csv', '--county'], dir);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([`out/${C}.xlsx`, `out/${C}.md`, `out/${C}.csv`]);
    expect((await readWorkbook(join(dir, 'out', `${C}.xlsx`))).getWorksheet('赋权事项台账')).toBeUndefined();
    expect(readFileSync(join(dir, 'out', `${C}.md`), 'utf8')).not.toContain('赋权事项台账');
    // Before FQ-2's transition ended, it was in its transition, not overdue; FQ-3's has not begun.
    const early = tempRepo(REPO);
    await runCli(['export', '--json', '--county', '--as-of', '2025-11-30'], early);
    const json = JSON.parse(readFileSync(join(early, 'out', `${C}.json`), 'utf8'));
    expect(json.ledger.rows.map((x: { township: string; item: string; status: string }) => `${x.township} ${x.item} ${x.status}`)).toEqual([
      '东湖镇 FQ-1 已评估', '东湖镇 FQ-2 过渡期中', '西山乡 FQ-1 已评估', '西山乡 FQ-3 过渡期中',
    ]);
    const bad = await runCli(['export', '--json', '--as-of', '2026-02-30'], early);
    expect([bad.code, bad.stderr]).toEqual([2, 'resp: --as-of 应为 YYYY-MM-DD 格式的日期：2026-02-30\n']);
  });
});
