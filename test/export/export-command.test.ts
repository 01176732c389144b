import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';

const C = '示例县县乡属地管理事项主体责任和配合责任清单';
const files = (r: { stdout: string }) => r.stdout.split('\n').filter(Boolean);

describe('resp export', () => {
  // First in this file: the test process must not have loaded exceljs before.
  it('loads exceljs only when a workbook is written', async () => {
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\/]exceljs[\\/]/.test(k));
    const dir = tempRepo(COUNTY);
    await runCli(['export', '--md', '--csv', '--json'], dir);
    await runCli(['build'], dir);
    expect(loaded()).toBe(false);
    await runCli(['export', '--xlsx', '--county'], dir);
    expect(loaded()).toBe(true);
  });

  it('without a format is a usage error with a hint', async () => {
    const dir = tempRepo(COUNTY);
    const r = await runCli(['export'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resp: 请指定导出格式：--xlsx、--md、--csv 或 --json（可同时指定多个）\n');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const en = await runCli(['export', '--lang', 'en'], dir);
    expect(en.stderr).toContain('choose an export format: --xlsx, --md, --csv or --json');
  });

  it('writes the county list and every township, in each format asked for, under out/', async () => {
    const dir = tempRepo(COUNTY);
    const r = await runCli(['export', '--md', '--json'], dir);
    expect(r.code).toBe(0);
    expect(files(r)).toEqual([
      `out/${C}.md`, `out/${C}.json`,
      'out/townships/东湖镇履行职责事项清单.md', 'out/townships/东湖镇履行职责事项清单.json',
      'out/townships/西山乡履行职责事项清单.md', 'out/townships/西山乡履行职责事项清单.json',
    ]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['townships', `${C}.json`, `${C}.md`]);
  });

  it('--township exports one township; --county only the county; --out chooses the folder', async () => {
    const dir = tempRepo(COUNTY);
    const t = await runCli(['export', '--xlsx', '--township', '东湖镇', '--out', 'release'], dir);
    expect(files(t)).toEqual(['release/townships/东湖镇履行职责事项清单.xlsx']);
    const c = await runCli(['export', '--csv', '--county'], dir);
    expect(files(c)).toEqual([`out/${C}.csv`]);
    const both = await runCli(['export', '--csv', '--county', '--township', '东湖镇'], dir);
    expect(both.code).toBe(2);
    const unknown = await runCli(['export', '--csv', '--township', '西山镇'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('是否想写 西山乡');
  });

  it('JSON is the compiled list with its title and revision', async () => {
    const dir = tempRepo(COUNTY);
    await runCli(['export', '--json', '--township', '东湖镇'], dir);
    const doc = JSON.parse(readFileSync(join(dir, 'out/townships/东湖镇履行职责事项清单.json'), 'utf8'));
    const built = JSON.parse((await runCli(['build', '--township', '东湖镇'], dir)).stdout).townships[0];
    expect(doc).toEqual({ version: 1, title: '东湖镇履行职责事项清单', revision: '版本：2026.1　施行日期：2026-01-01　批准机关：示例县人民政府　批准文号：示政发〔2026〕1号', ...built });
  });

  it('writes nothing when the repository has errors: exits 1, shows them and names what blocks the export', async () => {
    const dir = tempRepo({ ...COUNTY, 'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nexclude:\n  - {item: ZR-999, reason: 无, approval: 文1号}\n' });
    const r = await runCli(['export', '--md', '--county'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('township-unknown-item');
    expect(r.stderr).toContain('有错误的事项：ZR-999');
    expect(existsSync(join(dir, `out/${C}.md`))).toBe(false);
  });

  it('rejects a malformed --date', async () => {
    const r = await runCli(['export', '--md', '--date', '2026/01/01'], tempRepo(COUNTY));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date');
  });
});
