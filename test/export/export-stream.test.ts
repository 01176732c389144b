/**
 * `resp export` of a repository without errors holds one list at a time (the lists are streamed to a
 * temporary folder, then exported one by one). Its documents must be byte for byte those of the whole
 * compilation — compile(), documentOf() with the 赋权事项台账 and the exporters — in every format, for
 * every list, for --county and --township; and no temporary folder is left behind.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSpec } from '../../bench/gen/generate.js';
import { SIZES } from '../../bench/gen/sizes.js';
import { compile } from '../../src/compile/compile.js';
import { documentOf, EXPORTERS, fileStemOf, revisionLine } from '../../src/export/index.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { Registry } from '../../src/model/registry.js';
import { delegationLedger } from '../../src/export/ledger.js';
import { usableUsage } from '../../src/load/usage.js';
import { townshipNameIn, UsageRecords } from '../../src/model/delegation-lifecycle.js';
import { EXAMPLE, resp, STACK } from '../hostile/process.js';

const work = mkdtempSync(join(tmpdir(), 'resp-export-stream-'));
const DATE = '2026-07-01';
const FORMATS = ['xlsx', 'md', 'csv', 'json'] as const;

/** The documents the whole compilation gives, written into `out`; returns their names. */
async function whole(dir: string, out: string, pick: 'all' | 'county' | string): Promise<string[]> {
  const project = loadProject(discover([dir], dir), 'zh');
  const registry = Registry.fromProject(project);
  const r = compile(project, registry);
  const usage = usableUsage(project.usage);
  const sources = Object.fromEntries(usage.filter((u) => u.source).map((u) => [String(u.year), u.source!]));
  const ledger = delegationLedger(r, new UsageRecords(usage, townshipNameIn(registry)), registry, DATE, sources);
  const lists = pick === 'all' ? [r.county, ...r.townships] : pick === 'county' ? [r.county] : r.townships.filter((t) => t.name === pick);
  const names: string[] = [];
  for (const list of lists) {
    const doc = documentOf(list, { revision: revisionLine(project.config), date: new Date(`${DATE}T00:00:00Z`), registry, attachment: project.config.export?.attachment, ledger });
    for (const f of FORMATS) {
      const name = `${fileStemOf(list, false)}.${f}`;
      const more = await EXPORTERS[f](doc, join(out, name));
      names.push(name, ...(more ?? []).map((m) => relative(out, m)));
    }
  }
  return names;
}

const files = (dir: string, sub = ''): string[] =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)])).sort();

const clean = () => {
  const dir = join(work, 'generated');
  generateSpec({ ...SIZES.county, clean: true }, dir, 20260701, 'county');
  return join(dir, 'a');
};

describe.each([
  ['examples/county', () => EXAMPLE],
  ['a generated county without defects', clean],
] as const)('resp export on %s', (_what, repo) => {
  let dir = '';
  it.each([['all'], ['county'], ['township']] as const)('writes the documents of the whole compilation (%s)', async (pick) => {
    dir ||= repo();
    const townships = Registry.fromProject(loadProject(discover([dir], dir), 'zh')).townships;
    const name = pick === 'township' ? townships[townships.length - 1].name : pick;
    const flags = pick === 'all' ? [] : pick === 'county' ? ['--county'] : ['--township', name];
    const out = mkdtempSync(join(work, 'out-'));
    // A temporary folder of its own, to see that the export leaves nothing in it.
    const temp = mkdtempSync(join(work, 'tmp-'));
    const r = resp(['export', ...FORMATS.map((f) => `--${f}`), ...flags, '--date', DATE, '--as-of', DATE, '--out', out], dir, { timeout: 60_000, env: { TMPDIR: temp } });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    const want = mkdtempSync(join(work, 'want-'));
    const names = await whole(dir, want, name);
    expect(files(out)).toEqual(names.slice().sort());
    for (const n of names) expect(readFileSync(join(out, n)).equals(readFileSync(join(want, n))), n).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });
});
