import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';

/** Parse RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') (f += '"'), i++;
      else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(f), (f = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(f), rows.push(row), (row = []), (f = ''), i++;
    else f += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, CRLF line ends, one row per item', async () => {
    const dir = tempRepo(COUNTY);
    await runCli(['export', '--csv'], dir);
    const buf = readFileSync(join(dir, 'out/townships/东湖镇履行职责事项清单.csv'));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['清单', '序号', '事项类别', '事项名称', '主体责任单位', '主体责任职责', '配合责任', '法律依据', '工作方式', '备注', '事项编号']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[10]])).toEqual([
      ['属地管理事项', '1', 'BASE-001'], ['属地管理事项', '2', 'YJ-001'], ['属地管理事项', '3', 'YJ-002'],
      ['基本履职事项', '1', 'DH-001'], ['配合履职事项', '1', 'DH-002'], ['上级部门收回事项', '1', 'DH-003'],
    ]);
    expect(rows[1][6]).toBe('东湖镇（综合执法中心）：\n1.每周巡查耕地一次\n2.发现后立即劝阻并报告');
    expect(rows[2][6]).toBe('东湖镇：\n1.开展安全生产日常巡查\n2.发现安全隐患及时劝阻并报告县应急局\n县安委办：统筹协调安全生产工作');
    expect(rows[6][8]).toBe('由县级部门直接受理审批，乡镇不再承担');
  });

  it('quotes commas and quotes, and defuses formulas with an apostrophe', async () => {
    const dir = tempRepo({
      ...COUNTY,
      'domains/zz-formula.yaml': [
        'kind: domain', 'domain: 专项工作', 'items:', '  - id: ZX-001',
        '    name: "=1+1"',
        '    lead: {party: 县应急局, duties: ["@SUM(A1)"]}',
        '    basis: [\'《条例》第一条,"第二款"\']',
        '    notes: "-3"',
        '',
      ].join('\n'),
    });
    await runCli(['export', '--csv', '--county'], dir);
    const text = readFileSync(join(dir, 'out/示例县县乡属地管理事项主体责任和配合责任清单.csv'), 'utf8');
    expect(text).toContain(`专项工作,'=1+1,县应急局,'@SUM(A1),,"《条例》第一条,""第二款""",,'-3,ZX-001\r\n`);
  });
});
