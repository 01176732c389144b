/**
 * Round trip: the example repository exported as workbooks and imported again gives the same items,
 * field by field (ids, names, parties, duties, offices, bases) as far as each printed layout carries
 * them; and the imported repository validates clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import type { CompiledItem, CompiledList } from '../../src/compile/types.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { importFiles, writeRepository } from '../../src/import/index.js';
import { localizer } from '../../src/export/index.js';
import { runCli } from '../helpers.js';
import { tempDir } from './fixtures.js';
import { lineParse } from '../../src/load/line-parse.js';
import { yamlFiles } from '../perf/corpus.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');

function lists(root: string): CompiledList[] {
  const project = loadProject(discover([root], root), 'zh');
  const r = compile(project);
  return [r.county, ...r.townships];
}

/** What a printed layout carries of an item; in a township's list, 乡镇（街道） reads as the township's name. */
function printed(it: CompiledItem, local: (s: string) => string = (s) => s) {
  const lead = { party: it.lead.party, ...(it.lead.office ? { office: it.lead.office } : {}) };
  const carriesLeadDuties = it.list !== '上级部门收回';
  return {
    id: it.id,
    name: it.name,
    list: it.list,
    ...(it.category ? { category: it.category } : {}),
    lead: carriesLeadDuties ? { ...lead, duties: it.lead.duties.map(local) } : lead,
    support: (it.support ?? []).map((s) => ({ party: local(s.party), duties: s.duties.map(local), ...(s.office ? { office: s.office } : {}) })),
    basis: (it.basis ?? []).map((b) => (typeof b === 'string' ? b : b.cite)),
    ...(it.list === '上级部门收回' ? { method: it.method } : {}),
    ...(it.delegation && it.list === '赋权事项' ? { delegation: it.delegation } : {}),
  };
}

describe('export → import round trip', () => {
  it('gives the same items for the county list and every township list', async () => {
    const out = tempDir();
    const exp = await runCli(['export', EXAMPLE, '--xlsx', '--out', out], process.cwd());
    expect(exp.code).toBe(0);
    const before = lists(EXAMPLE);

    // The county workbook: the county-wide list.
    const countyBook = readdirSync(out).find((f) => f.endsWith('.xlsx'))!;
    const county = await importFiles([join(out, countyBook)]);
    // The delegation ledger is a report made from the lists and the usage files: accounted for as a note, not read as items.
    const ledgerOnly = [['ledger-sheet', 'info', '赋权事项台账']];
    expect(county.losses.map((l) => [l.code, l.severity, l.where])).toEqual(ledgerOnly);
    const repo = join(tempDir(), 'repo');
    writeRepository(repo, county.files);
    // What import writes (source comments such as `# 来源：表.xlsx 属地管理事项!A4:I5` included) takes the quickest path of loading.
    for (const f of yamlFiles(repo)) expect(lineParse(readFileSync(f, 'utf8')), f).toBeDefined();
    const after = lists(repo);
    // Items keep their order within a sheet; a domain that spans two sheets gathers them sheet by sheet.
    const sortById = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(after[0].items.map((i) => printed(i)).sort(sortById)).toEqual(before[0].items.map((i) => printed(i)).sort(sortById));
    expect(after[0].name).toBe('青禾县');

    // Each township workbook: that township's list in force.
    for (const t of before.slice(1)) {
      const r = await importFiles([join(out, 'townships', `${t.name}履行职责事项清单.xlsx`)]);
      expect(r.losses.map((l) => [l.code, l.severity, l.where])).toEqual(ledgerOnly);
      const dir = join(tempDir(), t.name);
      writeRepository(dir, r.files);
      const back = lists(dir).find((l) => l.scope === 'township' && l.name === t.name)!;
      const local = localizer(t.name);
      expect(back.items.map((i) => printed(i)).sort(sortById)).toEqual(t.items.map((i) => printed(i, local)).sort(sortById));
    }
  });

  it('writes a repository that validates without errors', async () => {
    const out = tempDir();
    await runCli(['export', EXAMPLE, '--xlsx', '--county', '--out', out], process.cwd());
    const book = readdirSync(out).find((f) => f.endsWith('.xlsx'))!;
    const repo = tempDir();
    const imp = await runCli(['import', join(out, book), '--out', repo], process.cwd());
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    const v = await runCli(['validate', repo, '-f', 'json'], process.cwd());
    const findings = JSON.parse(v.stdout).findings as { severity: string; rule: string; file: string }[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.code).toBe(0);
  });
});
