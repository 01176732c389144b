/** The measurements of one size: resp's commands, the peer (ajv-cli) and the floor (js-yaml parse). */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusStats } from './gen/generate.js';
import { measure, median, type Measured } from './measure.js';
import type { Row } from './report.js';

/** Paths and settings shared by the measurements. */
export interface Env {
  /** The repository root (holds bin/resp.js, schemas/, node_modules/). */
  repo: string;
  node: string;
  asOf: string;
  timeout: number;
}

/** What one size produced: rows, and the figures the target checks need. */
export interface SizeResult {
  rows: Row[];
  validate?: Measured;
  cold?: Measured;
  warm?: Measured;
  sameFindings?: boolean;
  diff?: Measured;
  build?: Measured;
  /** Export of every list (the export corpus). */
  every?: Measured;
  peer?: number;
  /** `resp find` at this size: the index built alone, and one answer's latency. */
  find?: { indexSeconds: number; medianMs: number; p95Ms: number };
}

const ok = (m: Measured) => !m.timedOut && m.code !== null && m.code < 2;
const note = (m: Measured) => (m.timedOut ? 'timed out' : m.code === null || m.code >= 2 ? `failed (exit ${m.code}): ${firstLine(m.stderr)}` : '');
const firstLine = (s: string) => s.trim().split('\n')[0]?.slice(0, 80) ?? '';

/** Measure one size. `runs` repetitions of each timing (median). */
export async function runSize(env: Env, size: string, corpus: CorpusStats, runs: number, globs: { domain: string; township: string }): Promise<SizeResult> {
  const a = join(corpus.dir, 'a');
  const tmp = mkdtempSync(join(tmpdir(), `resp-bench-${size}-`));
  const resp = (args: string[], cwd = a) => measure(env.node, [join(env.repo, 'bin', 'resp.js'), ...args], cwd, env.timeout);
  const rows: Row[] = [];
  const out: SizeResult = { rows };
  const row = (what: string, command: string, m: Measured | undefined, extra: Partial<Row> = {}) =>
    rows.push({ size, what, command, seconds: m && ok(m) ? m.seconds : undefined, peakMb: m && ok(m) ? m.peakMb : undefined, note: m ? note(m) : 'n/a', ...extra });

  // Peer: ajv-cli, schema only, one process per schema (domain files, township files).
  const ajv = (schema: string, glob: string) =>
    measure(env.node, [join(env.repo, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '-s', schema, '-d', join(a, glob), '--spec=draft7', '-c', './bench/ajv-peer.cjs', '--all-errors', '--allow-union-types'], env.repo, env.timeout);
  const pd = await median(runs, () => ajv('schemas/domain.schema.json', globs.domain));
  const pt = await median(runs, () => ajv('schemas/township.schema.json', globs.township));
  const valid = (m: Measured) => (m.stdout.match(/ valid$/gm) ?? []).length;
  const peerOk = pd.code === 0 && pt.code === 0;
  out.peer = peerOk ? pd.seconds + pt.seconds : undefined;
  rows.push({
    size, what: 'peer: ajv-cli (schema only)', command: `ajv validate -s schemas/domain.schema.json -d "<a>/${globs.domain}" (+ township.schema.json -d "<a>/${globs.township}") --spec=draft7 -c ./bench/ajv-peer.cjs --all-errors`,
    seconds: out.peer, peakMb: Math.max(pd.peakMb ?? 0, pt.peakMb ?? 0) || undefined,
    note: peerOk ? `${valid(pd) + valid(pt)} files valid` : `invalid or failed: ${firstLine(pd.stderr || pt.stderr)}`,
  });

  // Floor: read and parse every file with js-yaml on one thread.
  const fl = await median(runs, () => measure(env.node, [join(env.repo, 'dist', 'bench', 'floor.js'), a], env.repo, env.timeout));
  const floorIn = ok(fl) ? (JSON.parse(fl.stdout) as { seconds: number }).seconds : undefined;
  row('floor: js-yaml read+parse, 1 thread', `node dist/bench/floor.js <a>`, fl, { note: floorIn === undefined ? note(fl) : `parse alone ${floorIn.toFixed(2)} s` });
  const floor = ok(fl) ? fl.seconds : undefined;

  // resp validate, every rule, exact positions.
  const findings = join(tmp, 'findings.json');
  out.validate = await median(runs, () => resp(['validate', '--as-of', env.asOf, '-f', 'json', '-o', findings]));
  row('resp validate', `resp validate --as-of ${env.asOf} -f json`, out.validate);

  // The cache: a cold run, then one domain file edited, then a warm run on a copy of the cold cache
  // (so each repetition finds the edited file missing); findings must not change.
  const cache = join(tmp, 'cache');
  const warmCache = join(tmp, 'cache-warm');
  const warmFindings = join(tmp, 'warm.json');
  out.cold = await resp(['validate', '--as-of', env.asOf, '-f', 'json', '-o', join(tmp, 'cold.json'), '--cache', '--cache-location', cache]);
  row('resp validate --cache (cold)', `resp validate --cache --cache-location <tmp>`, out.cold);
  if (ok(out.cold)) {
    const edited = editOneFile(a);
    try {
      out.warm = await median(runs, () => {
        rmSync(warmCache, { recursive: true, force: true });
        cpSync(cache, warmCache, { recursive: true });
        return resp(['validate', '--as-of', env.asOf, '-f', 'json', '-o', warmFindings, '--cache', '--cache-location', warmCache]);
      });
    } finally {
      edited.restore();
    }
    out.sameFindings = ok(out.warm) && existsSync(findings) && sameFindings(readFileSync(findings, 'utf8'), readFileSync(warmFindings, 'utf8'));
    row('resp validate --cache (1 file edited)', `resp validate --cache (after editing ${edited.file})`, out.warm, {
      note: `${note(out.warm) || (out.sameFindings ? 'findings identical' : 'FINDINGS DIFFER')}; ${pct(out.warm, out.cold)} of the cold run`,
    });
  } else row('resp validate --cache (1 file edited)', 'resp validate --cache', undefined);

  // build (streamed: a domain file at a time, each list written as its items come), diff of the two
  // revisions, each timed once per repetition.
  out.build = await median(runs, () => {
    rmSync(join(tmp, 'build'), { recursive: true, force: true });
    return resp(['build', '--as-of', env.asOf, '--out', join(tmp, 'build')]);
  });
  row('resp build', `resp build --out <tmp>`, out.build);
  rmSync(join(tmp, 'build'), { recursive: true, force: true });

  // find: the lists in force loaded and indexed as `resp find` does, then the development reports answered.
  if (size === 'national') row('resp find (index, answers)', 'node dist/bench/find-scale.js <a>', undefined, { note: 'not run: compiles the whole tree' });
  else {
    const fm = await median(runs, () => measure(env.node, [join(env.repo, 'dist', 'bench', 'find-scale.js'), a], env.repo, env.timeout));
    if (ok(fm)) {
      const f = JSON.parse(fm.stdout) as { items: number; loadSeconds: number; indexSeconds: number; queries: number; medianMs: number; p95Ms: number; maxMs: number };
      out.find = f;
      row('resp find (load, index, answers)', 'node dist/bench/find-scale.js <a>', fm, {
        note: `index of ${f.items.toLocaleString('en')} items ${f.indexSeconds.toFixed(2)} s (load+compile ${f.loadSeconds.toFixed(2)} s); one answer: median ${f.medianMs} ms, p95 ${f.p95Ms} ms (${f.queries} reports)`,
      });
    } else row('resp find (load, index, answers)', 'node dist/bench/find-scale.js <a>', fm);
  }
  out.diff = await median(runs, () => resp(['diff', 'a', 'b', '-f', 'json', '-o', join(tmp, 'diff.json')], corpus.dir));
  row('resp diff a b (folders)', `resp diff a b -f json`, out.diff, { note: note(out.diff) || `${corpus.changes.removed + corpus.changes.edited + corpus.changes.added} items changed` });

  for (const r of rows) Object.assign(r, { peer: out.peer, floor });
  rmSync(tmp, { recursive: true, force: true });
  return out;
}

const pct = (a?: Measured, b?: Measured) => (a && b ? `${((a.seconds / b.seconds) * 100).toFixed(1)}%` : '–');

/** Findings of two JSON reports, compared without the run's summary timing fields. */
function sameFindings(x: string, y: string): boolean {
  const f = (s: string) => JSON.stringify((JSON.parse(s) as { findings: unknown[] }).findings);
  return f(x) === f(y);
}

/** Reword one duty in the last domain file of the first county (no finding depends on it); `restore` puts the file back. */
function editOneFile(a: string): { file: string; restore: () => void } {
  const file = findFirstDomain(a);
  const before = readFileSync(file, 'utf8');
  const after = before.replace('做好法律法规宣传教育', '做好法律法规的宣传教育');
  writeFileSync(file, after === before ? `${before}# edited\n` : after);
  return { file: file.slice(a.length + 1), restore: () => writeFileSync(file, before) };
}

function findFirstDomain(a: string): string {
  const last = (d: string) => join(d, readdirSync(d).sort().pop()!);
  const direct = join(a, 'domains');
  if (existsSync(direct)) return last(direct);
  const counties = join(a, 'counties');
  return last(join(counties, readdirSync(counties).sort()[0], 'domains'));
}
