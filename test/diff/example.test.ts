import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers.js';
import { diffJson, TestRepo } from './git-repo.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'county');
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

describe('resp diff on the example county', () => {
  it('turns two commits of the example into the change set and the request workbook', async () => {
    const repo = new TestRepo({}, 'empty');
    cpSync(EXAMPLE, repo.dir, { recursive: true });
    repo.commit('v1');
    const file = join(repo.dir, 'domains', '自然资源.yaml');
    const doc = parse(readFileSync(file, 'utf8'));
    const involvesTownships = (it: any) => [it.lead, ...(it.support ?? [])].some((p: any) => /乡镇/.test(p.party));
    const first = doc.items.find(involvesTownships);
    const second = doc.items.find((it: any) => it !== first);
    first.name = `${first.name}（修订）`;
    second.basis = [...(second.basis ?? []), '《中华人民共和国行政处罚法》第二十四条'];
    second.change = { reason: '补充赋权依据', requested_by: '县司法局' };
    writeFileSync(file, stringify(doc));
    repo.commit('v2');

    const { code, set } = await diffJson(repo.dir, 'v1', 'v2', '--fail-on', 'review');
    expect(code).toBe(1);
    expect(set.jurisdiction).toBe(parse(readFileSync(join(EXAMPLE, 'resp.yaml'), 'utf8')).jurisdiction.name);
    const byId = new Map<string, any>(set.changes.map((c: any) => [c.id, c]));
    expect(set.changes).toHaveLength(2);
    expect(byId.get(first.id)).toMatchObject({ type: 'modify', review: false, layer: 'county', missingReason: true });
    expect(byId.get(first.id).fields).toEqual([{ field: 'name', op: 'change', before: first.name.replace('（修订）', ''), after: first.name, review: false }]);
    expect(byId.get(second.id)).toMatchObject({ type: 'modify', review: true, reason: '补充赋权依据', requestedBy: '县司法局', missingReason: false });

    // Every township not excluding the item is reached by the base change.
    const towns = parse(readFileSync(join(EXAMPLE, 'registry', 'townships.yaml'), 'utf8')).townships.map((t: any) => t.name);
    const excluding = (id: string) =>
      towns.filter((t: string) => {
        const f = join(EXAMPLE, 'townships', `${t}.yaml`);
        return existsSync(f) && (parse(readFileSync(f, 'utf8')).exclude ?? []).some((e: any) => e.item === id);
      });
    expect(byId.get(first.id).townships).toEqual(towns.filter((t: string) => !excluding(first.id).includes(t)));

    const out = join(mkdtempSync(join(tmpdir(), 'resp-test-')), 'request.xlsx');
    expect((await runCli(['diff', 'v1', 'v2', '-f', 'xlsx', '-o', out], repo.dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('附件');
    expect(ws.getCell('A2').value).toBe(`${set.jurisdiction}县乡“属地管理”事项清单动态调整申请表`);
    const rowOf = (id: string) => [5, 6].find((r) => ws.getCell(`C${r}`).value === id)!;
    expect(ws.getCell(`G${rowOf(second.id)}`).value).toContain('法律依据（增加）：《中华人民共和国行政处罚法》第二十四条');
    expect(ws.getCell(`J${rowOf(second.id)}`).value).toBe('是');
    expect(ws.getCell(`J${rowOf(first.id)}`).value).toBe('否');
  });
});
