/**
 * The change log (changes.yaml, adjustments/*.yaml): the reason and requester of a removed item, or of
 * a change whose item has no `change` note, recorded in the revision that makes it; checked by
 * `resp validate`, read by `resp diff`.
 */
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers.js';
import { TestRepo } from './git-repo.js';
import { edit, LAND, V1 } from './fixture.js';

// exceljs is CommonJS; under Node it arrives as the default export.
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

const ZR_003 = LAND.slice(LAND.indexOf('  - id: ZR-003'), LAND.indexOf('  - id: ZR-004'));
const ZR_004 = LAND.slice(LAND.indexOf('  - id: ZR-004'), LAND.indexOf('  - id: ZR-005'));

const LOG = `# yaml-language-server: $schema=../../schemas/changes.schema.json
kind: changes
changes:
  - item: ZR-003
    reason: 地质灾害隐患点已全部治理销号，不再单列
    requested_by: 县自然资源局
    document: 示自然资发〔2026〕3号
    date: 2026-03-15
  - item: ZR-002
    reason: 与矿产资源法用语一致
    requested_by: 县司法局
  - item: XX-404
    reason: 一个两个版本都没有的编号，留给 diff，不是错误
`;

// v2 removes ZR-003 (logged) and ZR-004 (not logged), renames ZR-002 without a change note (logged).
const v2 = edit(LAND, [ZR_003, ''], [ZR_004, ''], ['name: 违法采矿的查处', 'name: 违法开采矿产资源的查处']);
// v3 removes ZR-002 too; the log is the same, so its ZR-002 entry explains the earlier rename, not this.
const v3 = edit(v2, [v2.slice(v2.indexOf('  - id: ZR-002'), v2.indexOf('  - id: ZR-005')), '']);
const repo = new TestRepo(V1).write({ 'domains/base.yaml': v2, 'changes.yaml': LOG }).commit('v2').write({ 'domains/base.yaml': v3 }).commit('v3');

async function request(from: string, to: string) {
  const out = join(tempRepo({}), '调整申请.xlsx');
  const r = await runCli(['diff', from, to, '-f', 'xlsx', '-o', out], repo.dir);
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0];
  const rowOf = (id: string) => {
    for (let r = 5; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(3).value === id) return ws.getRow(r);
    throw new Error(`no row for ${id}`);
  };
  const fill = (c: ExcelJSModule.Cell) => (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
  return { ws, rowOf, fill };
}

describe('the change log in resp diff', () => {
  it('gives a removed item with an entry its reason, requester, document and date, unshaded', async () => {
    const { rowOf, fill } = await request('v1', 'v2');
    const row = rowOf('ZR-003');
    expect(row.getCell(2).value).toBe('取消');
    expect(row.getCell(8).value).toBe('地质灾害隐患点已全部治理销号，不再单列\n文件：示自然资发〔2026〕3号\n日期：2026-03-15');
    expect(row.getCell(9).value).toBe('县自然资源局');
    expect(fill(row.getCell(8))).toBeUndefined();
  });

  it('leaves a removed item without an entry blank and shaded, as before', async () => {
    const { ws, rowOf, fill } = await request('v1', 'v2');
    const row = rowOf('ZR-004');
    expect(row.getCell(2).value).toBe('取消');
    expect(row.getCell(8).value).toBeNull();
    expect(fill(row.getCell(8))).toBe('FFFFF2CC');
    // The note under the table explains the shading.
    let note = '';
    for (let r = 5; r <= ws.rowCount; r++) note += String(ws.getRow(r).getCell(1).value ?? '');
    expect(note).toContain('黄色底纹：调整理由待填写');
  });

  it('gives a change whose item has no change note the entry of its id', async () => {
    const { rowOf, fill } = await request('v1', 'v2');
    const row = rowOf('ZR-002');
    expect(row.getCell(8).value).toBe('与矿产资源法用语一致');
    expect(row.getCell(9).value).toBe('县司法局');
    expect(fill(row.getCell(8))).toBeUndefined();
  });

  it('counts only the removal without an entry as missing a reason, and says where to record it', async () => {
    const r = await runCli(['diff', 'v1', 'v2', '-f', 'json'], repo.dir);
    const set = JSON.parse(r.stdout) as { summary: { missingReasons: number }; changes: { id: string; missingReason: boolean; reason?: string; requestedBy?: string; date?: string }[] };
    expect(set.summary.missingReasons).toBe(1);
    expect(set.changes.find((c) => c.id === 'ZR-003')).toMatchObject({ missingReason: false, reason: '地质灾害隐患点已全部治理销号，不再单列', requestedBy: '县自然资源局', date: '2026-03-15' });
    expect(set.changes.find((c) => c.id === 'ZR-004')).toMatchObject({ missingReason: true });
    const human = await runCli(['diff', 'v1', 'v2', '--no-color'], repo.dir);
    expect(human.stdout).toContain('取消的事项不在新版本中，请按事项编号把理由和提出单位记入 changes.yaml');
    expect(human.stdout).toContain('理由：地质灾害隐患点已全部治理销号，不再单列');
  });

  it('does not reuse an entry the old revision already had: it explains the earlier change', async () => {
    const { rowOf, fill } = await request('v2', 'v3');
    const row = rowOf('ZR-002');
    expect(row.getCell(2).value).toBe('取消');
    expect(row.getCell(8).value).toBeNull();
    expect(fill(row.getCell(8))).toBe('FFFFF2CC');
  });
});

describe('the change log in resp validate', () => {
  it('accepts the log, an id that is in no revision included', async () => {
    const dir = tempRepo({ ...V1, 'changes.yaml': LOG });
    const r = await runCli(['validate'], dir);
    expect(r.stdout + r.stderr).not.toContain('changes.yaml');
    expect(r.code).toBe(0);
  });

  it('reports an unknown field, a date that is no calendar day and an entry without a reason, at their lines', async () => {
    const bad = [
      'kind: changes',
      'changes:',
      '  - item: ZR-003',
      '    reason: 已治理销号',
      '    approver: 县政府',
      '    date: 2026-02-30',
      '  - item: ZR-004',
      '    requested_by: 县自然资源局',
      '',
    ].join('\n');
    const dir = tempRepo({ ...V1, 'adjustments/2026.yaml': bad });
    const r = await runCli(['validate', '--no-color'], dir);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/adjustments\/2026\.yaml:5:5 .*未知字段 approver/);
    expect(out).toMatch(/adjustments\/2026\.yaml:6:11 .*不是有效的日期/);
    expect(out).toMatch(/adjustments\/2026\.yaml:7:\d+ .*reason/);
  });
});
