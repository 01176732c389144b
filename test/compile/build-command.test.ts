import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from '../export/fixture.js';

interface Item { id: string; support?: { party: string; duties: string[]; office?: string }[]; steps?: { party?: string }[]; origin: unknown; adjusted?: Record<string, unknown> }
interface List { scope: string; name: string; items: Item[] }

let dir: string;
let out: { version: number; county: List; townships: List[] };

beforeAll(async () => {
  dir = tempRepo(COUNTY);
  const r = await runCli(['build'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  out = JSON.parse(r.stdout);
});

const ids = (l: List) => l.items.map((i) => i.id);
const township = (name: string) => out.townships.find((t) => t.name === name)!;

describe('resp build', () => {
  it('prints the county list and one list per registered township', () => {
    expect(out.version).toBe(1);
    expect(out.county).toMatchObject({ scope: 'county', name: '示例县' });
    expect(ids(out.county)).toEqual(['BASE-001', 'YJ-001', 'YJ-002', 'BJ-001']);
    expect(out.townships.map((t) => t.name)).toEqual(['东湖镇', '西山乡']);
  });

  it('gives a township the county items that concern it, its adjustments and its own items', () => {
    const dh = township('东湖镇');
    // BJ-001 is between two county departments: no township takes part.
    expect(ids(dh)).toEqual(['BASE-001', 'YJ-001', 'YJ-002', 'DH-001', 'DH-002', 'DH-003']);
    const base = dh.items[0];
    expect(base.support).toEqual([{ party: '东湖镇', duties: ['每周巡查耕地一次', '发现后立即劝阻并报告'], office: '综合执法中心' }]);
    expect(base.origin).toEqual({ file: 'domains/base.yaml', line: 4, layer: 'county' });
    expect(base.adjusted).toEqual({
      office: { file: 'townships/东湖镇.yaml', line: 7, layer: 'township' },
      duties: { file: 'townships/东湖镇.yaml', line: 8, layer: 'township' },
    });
    expect(dh.items[3].origin).toEqual({ file: 'townships/东湖镇.yaml', line: 10, layer: 'township' });
    expect(dh.items[1].adjusted).toBeUndefined();
  });

  it('replaces the placeholder 乡镇（街道） by the township, in parties and in the 施工图', () => {
    const dh = township('东湖镇');
    expect(dh.items[1].support!.map((p) => p.party)).toEqual(['东湖镇', '县安委办']);
    expect(dh.items[1].steps!.map((s) => s.party)).toEqual(['东湖镇', '东湖镇', '县应急局', '县应急局']);
    expect(JSON.stringify(dh)).not.toContain('乡镇（街道）');
    // The county list keeps the placeholder.
    expect(out.county.items[1].support![0].party).toBe('乡镇（街道）');
  });

  it('leaves out what a township excludes, and keeps the county duties it did not adjust', () => {
    const xs = township('西山乡');
    expect(ids(xs)).toEqual(['BASE-001', 'YJ-001']);
    expect(xs.items[0].support).toEqual([{ party: '西山乡', duties: ['日常巡查，发现后及时劝阻并报告'] }]);
  });

  it('--format yaml gives the same data', async () => {
    const r = await runCli(['build', '-f', 'yaml'], dir);
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toEqual(out);
  });

  it('--township compiles one township, by its name', async () => {
    const r = await runCli(['build', '--township', '东湖镇'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.county).toBeUndefined();
    expect(doc.townships).toEqual([township('东湖镇')]);
  });

  it('--township with an unknown name fails with a suggestion', async () => {
    const r = await runCli(['build', '--township', '东胡镇'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('resp: 没有登记名为“东胡镇”的乡镇（街道），是否想写 东湖镇？\n');
    const en = await runCli(['build', '--township', '北京', '--lang', 'en'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('resp: no township named "北京" is registered; registered: 东湖镇、西山乡\n');
  });

  it('--out writes one file per list, atomically, and names them', async () => {
    const r = await runCli(['build', '--out', 'compiled'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['compiled/示例县.json', 'compiled/townships/东湖镇.json', 'compiled/townships/西山乡.json']);
    const dh = JSON.parse(readFileSync(join(dir, 'compiled/townships/东湖镇.json'), 'utf8'));
    expect(dh).toEqual({ version: 1, ...township('东湖镇') });
    const y = await runCli(['build', '--out', 'compiled', '-f', 'yaml', '--township', '西山乡'], dir);
    expect(y.stdout).toBe('compiled/townships/西山乡.yaml\n');
    expect(parse(readFileSync(join(dir, 'compiled/townships/西山乡.yaml'), 'utf8'))).toEqual({ version: 1, ...township('西山乡') });
  });

  it('reports compile problems as findings on stderr, exits 1 on errors, and still writes the lists', async () => {
    const d = tempRepo({
      ...COUNTY,
      'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nexclude:\n  - {item: ZR-999, reason: 无, approval: 文1号}\nadjust:\n  - item: BASE-001\n    set: {duties: [日常巡查，发现后及时劝阻并报告]}\n',
    });
    const r = await runCli(['build'], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('townships/西山乡.yaml:4:12  错误  township-unknown-item');
    expect(r.stderr).toContain('townships/西山乡.yaml:6:5  警告  township-noop-adjustment');
    expect(JSON.parse(r.stdout).townships[1].name).toBe('西山乡');
  });

  it('a warning alone is shown but does not fail the build', async () => {
    const d = tempRepo({
      ...COUNTY,
      'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nadjust:\n  - item: BASE-001\n    set: {duties: [日常巡查，发现后及时劝阻并报告]}\n',
    });
    const r = await runCli(['build', '--lang', 'en'], d);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning  township-noop-adjustment');
  });

  it('rejects a malformed --as-of', async () => {
    const r = await runCli(['build', '--as-of', '2026-13-45'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });
});
