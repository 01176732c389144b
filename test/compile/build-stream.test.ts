/**
 * `resp build --out` streams: the domain files are read one at a time (in worker threads with --jobs)
 * and each list is written as its items come. Every file must be byte for byte what the whole
 * compilation gives — compile() then jsonPieces/yamlPieces, the way `resp build` wrote lists before — on
 * the examples and a generated county, on this thread and in workers; and a build that fails leaves
 * nothing half written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { jsonPieces, yamlPieces } from '../../src/compile/serialize.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { GENERATED, safeName } from '../../src/cli/commands/build-lists.js';
import { resp, STACK } from '../hostile/process.js';
import { EXAMPLES, generated } from '../perf/corpus.js';

/** What each list file must hold: its path under the output folder, and its text. */
function expected(dir: string, format: 'json' | 'yaml'): Map<string, string> {
  const r = compile(loadProject(discover([dir], dir), 'zh'));
  const text = (v: Record<string, unknown>) => (format === 'yaml' ? GENERATED + [...yamlPieces(v)].join('') : [...jsonPieces(v)].join(''));
  const out = new Map([[`${safeName(r.county.name)}.${format}`, text({ version: 1, ...r.county })]]);
  for (const t of r.townships) out.set(`townships/${safeName(t.name)}.${format}`, text({ version: 1, ...t }));
  return out;
}

function written(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(out, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (/\.(json|yaml)$/.test(e.name)) files.set(p, readFileSync(join(out, p), 'utf8'));
    }
  };
  walk('');
  return files;
}

const work = mkdtempSync(join(tmpdir(), 'resp-build-stream-'));
let n = 0;

describe.each([...EXAMPLES, ...generated('county')])('resp build --out on %s', (what, dir) => {
  // Each format once on this thread and once in workers, across the repositories.
  it.each([
    ['json', '0'],
    ['yaml', '2'],
  ] as const)('writes %s lists exactly as the whole compilation gives them (--jobs %s, swapped on the generated county)', (format, jobs) => {
    const out = join(work, `out${n++}`);
    // The generated county the other way round, so that both formats run both ways.
    const threads = what.startsWith('a generated') ? (jobs === '0' ? '2' : '0') : jobs;
    const r = resp(['build', '--as-of', '2026-06-30', '-f', format, '--jobs', threads, '--out', out], dir(), { timeout: 60_000 });
    expect(r.stderr).not.toMatch(STACK);
    expect([0, 1]).toContain(r.code);
    const want = expected(dir(), format);
    const got = written(out);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [file, text] of want) expect(got.get(file), file).toBe(text);
    // Every list written is named on standard output, the county's first.
    expect(r.stdout.trim().split('\n')).toHaveLength(want.size);
  });
});

describe.each(generated('county'))('resp build --out --township on %s, compiled by the workers that check the files', (_, dir) => {
  it('writes that township\'s list alone, exactly as the whole build writes it', () => {
    const want = expected(dir(), 'json');
    const [file, text] = [...want].find(([f]) => f.startsWith('townships/'))!;
    const name = file.slice('townships/'.length, -'.json'.length);
    const out = join(work, `out${n++}`);
    const r = resp(['build', '--as-of', '2026-06-30', '--township', name, '--jobs', '2', '--out', out], dir(), { timeout: 60_000 });
    expect(r.stderr).not.toMatch(STACK);
    expect([...written(out)]).toEqual([[file, text]]);
  });
});

describe('resp build --out when a list cannot be written', () => {
  it('replaces no list, leaves no temporary file and says which file', () => {
    const [, dir] = EXAMPLES[0];
    const out = join(work, 'blocked');
    mkdirSync(join(out, 'townships', '西山乡.json'), { recursive: true });
    writeFileSync(join(out, '青禾县.json'), 'old county list\n');
    const r = resp(['build', '--as-of', '2026-06-30', '--out', out], dir());
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toContain('西山乡.json');
    expect(readFileSync(join(out, '青禾县.json'), 'utf8')).toBe('old county list\n');
    expect(existsSync(join(out, 'townships', '东湖镇.json'))).toBe(false);
    const leftovers = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? leftovers(join(d, e.name)) : /\.tmp$/.test(e.name) ? [e.name] : []));
    expect(leftovers(out)).toEqual([]);
  });
});
