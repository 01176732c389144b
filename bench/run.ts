/**
 * `npm run bench [-- --size county,city,province,export,import,national] [--seed N] [--corpus DIR] [--runs N]`:
 * time resp's commands on generated corpora beside the peer (ajv-cli, schema only) and the floor
 * (js-yaml read+parse, one thread); print the table and write it to bench-out/results.md.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeImportBook } from './import-book.js';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCorpusRoot, ensureCorpus, type Target } from './corpus.js';
import { hasGnuTime, measure, median } from './measure.js';
import { checks, commands, table, type Check, type Row } from './report.js';
import { runSize, type Env, type SizeResult } from './suite.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'county,city,province,export,import' },
    seed: { type: 'string', default: '20260701' },
    corpus: { type: 'string' },
    runs: { type: 'string' },
    timeout: { type: 'string', default: '900' },
  },
});
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seed = Number(values.seed);
const corpusRoot = values.corpus ? resolve(values.corpus) : defaultCorpusRoot(seed);
const env: Env = { repo, node: process.execPath, asOf: '2026-06-30', timeout: Number(values.timeout) };
const targets = values.size!.split(',').map((s) => s.trim()) as Target[];
const RUNS: Record<string, number> = { county: 5, city: 3, province: 1, national: 1, export: 1, import: 3 };
const log = (s: string) => process.stderr.write(`${s}\n`);

const rows: Row[] = [];
const results: Record<string, SizeResult> = {};
const corpora: string[] = [];
for (const t of targets) {
  if (t === 'import') {
    // A 5,000-row workbook: resp import beside exceljs alone reading it (the floor), each as a process.
    const dir = mkdtempSync(join(tmpdir(), 'resp-bench-import-'));
    const book = join(dir, 'list.xlsx');
    const items = await writeImportBook(book, 5000, seed);
    corpora.push(`- import: a 属地管理 workbook of 5,000 body rows (${items.toLocaleString('en')} items, two rows each, merged), ${(statSync(book).size / 1048576).toFixed(1)} MB`);
    const runs = values.runs ? Number(values.runs) : RUNS.import;
    log(`[import] exceljs alone, then resp import (${runs} runs each) …`);
    const floor = await median(runs, () => measure(env.node, [join(repo, 'dist', 'bench', 'exceljs-floor.js'), book, '--no-merges'], dir, env.timeout));
    const plain = await median(1, () => measure(env.node, [join(repo, 'dist', 'bench', 'exceljs-floor.js'), book], dir, env.timeout));
    let n = 0;
    const m = await median(runs, () => measure(env.node, [join(repo, 'bin', 'resp.js'), 'import', book, '--out', join(dir, `out${n++}`), '-f', 'json'], dir, env.timeout));
    const fine = !m.timedOut && m.code !== null && m.code < 2;
    rows.push({ size: 'import', what: 'exceljs read, merges skipped (floor)', command: 'node dist/bench/exceljs-floor.js list.xlsx --no-merges', seconds: floor.seconds, peakMb: floor.peakMb });
    rows.push({ size: 'import', what: 'exceljs read as it comes', command: 'node dist/bench/exceljs-floor.js list.xlsx', seconds: plain.seconds, peakMb: plain.peakMb, floor: floor.seconds, note: 'merges checked pairwise by exceljs' });
    rows.push({ size: 'import', what: 'resp import (5,000 rows)', command: 'resp import list.xlsx --out <tmp>', seconds: fine ? m.seconds : undefined, peakMb: fine ? m.peakMb : undefined, floor: floor.seconds, note: fine ? '' : `failed (exit ${m.code}) ${m.stderr.trim().split('\n')[0] ?? ''}` });
    results.import = { rows: [], validate: fine ? m : undefined, peer: floor.seconds };
    rmSync(dir, { recursive: true, force: true });
    continue;
  }
  log(`[${t}] corpus …`);
  const c = ensureCorpus(corpusRoot, t, seed);
  corpora.push(`- ${t}: ${c.items.toLocaleString('en')} items in ${c.files.toLocaleString('en')} files, ${(c.bytes / 1048576).toFixed(0)} MB (${c.dir})`);
  const runs = values.runs ? Number(values.runs) : RUNS[t];
  if (t === 'export') {
    // The corpus has no planted defect: an export with errors writes nothing, and would time the refusal.
    const out = mkdtempSync(join(tmpdir(), 'resp-bench-export-'));
    const exported = (m: Awaited<ReturnType<typeof measure>>) => !m.timedOut && m.code === 0;
    const failed = (m: Awaited<ReturnType<typeof measure>>) => (exported(m) ? '' : `failed (exit ${m.code}) ${m.stderr.trim().split('\n').slice(-2).join(' ')}`);
    log('[export] resp export --xlsx --county …');
    const m = await median(runs, () => measure(env.node, [join(repo, 'bin', 'resp.js'), 'export', '--xlsx', '--county', '--out', out], join(c.dir, 'a'), env.timeout));
    rows.push({ size: 'export', what: 'resp export --xlsx (100,000 rows)', command: 'resp export --xlsx --county --out <tmp>', seconds: exported(m) ? m.seconds : undefined, peakMb: exported(m) ? m.peakMb : undefined, note: failed(m) });
    log('[export] resp export --xlsx (every list) …');
    const every = await median(runs, () => measure(env.node, [join(repo, 'bin', 'resp.js'), 'export', '--xlsx', '--out', out], join(c.dir, 'a'), env.timeout));
    rows.push({ size: 'export', what: 'resp export --xlsx (county + 50 townships)', command: 'resp export --xlsx --out <tmp>', seconds: exported(every) ? every.seconds : undefined, peakMb: exported(every) ? every.peakMb : undefined, note: failed(every) });
    results.export = { rows: [], validate: m, every };
    rmSync(out, { recursive: true, force: true });
    continue;
  }
  log(`[${t}] measuring (${runs} run${runs > 1 ? 's' : ''} each) …`);
  const globs = t === 'province' || t === 'national' ? { domain: 'counties/*/domains/*.yaml', township: 'counties/*/townships/*.yaml' } : { domain: 'domains/*.yaml', township: 'townships/*.yaml' };
  results[t] = await runSize(env, t, c, runs, globs);
  rows.push(...results[t].rows);
  for (const r of results[t].rows) log(`  ${r.what}: ${r.seconds?.toFixed(2) ?? 'n/a'} s ${r.note ?? ''}`);
}

// Start-up: resp --version against a bare node.
const version = await median(11, () => measure(env.node, [join(repo, 'bin', 'resp.js'), '--version'], repo));
const bare = await median(11, () => measure(env.node, ['-e', '0'], repo));
rows.push({ size: '–', what: 'resp --version', command: 'resp --version', seconds: version.seconds, peakMb: version.peakMb, floor: bare.seconds, note: `bare node -e 0: ${bare.seconds.toFixed(3)} s (÷ floor = ÷ bare node)` });

const p = results.province;
const v = (r?: SizeResult) => r?.validate?.seconds;
const list: Check[] = [];
if (p) {
  list.push({ target: 'province: resp validate ≤ 0.7 × ajv-cli', value: ratioText(v(p), p.peer), ok: v(p) !== undefined && p.peer !== undefined ? v(p)! <= 0.7 * p.peer : undefined });
  list.push({ target: 'province: warm --cache run ≤ 3% of the cold run, same findings', value: `${pct(p.warm?.seconds, p.cold?.seconds)}, findings ${p.sameFindings ? 'identical' : 'differ'}`, ok: p.warm && p.cold ? p.warm.seconds <= 0.03 * p.cold.seconds && !!p.sameFindings : undefined });
  list.push({ target: 'province: resp diff ≤ 1.5 × validate', value: ratioText(p.diff?.seconds, v(p)), ok: p.diff && v(p) ? p.diff.seconds <= 1.5 * v(p)! && !p.diff.timedOut : undefined });
  list.push({ target: 'province: resp build ≤ 2 × validate', value: ratioText(p.build?.seconds, v(p)), ok: p.build && v(p) ? p.build.seconds <= 2 * v(p)! && !p.build.timedOut : undefined });
  list.push({ target: 'province: resp build peak memory ≤ 1 GB', value: `${p.build?.peakMb?.toFixed(0) ?? 'n/a'} MB`, ok: p.build?.peakMb !== undefined ? p.build.peakMb <= 1024 : undefined });
  list.push({ target: 'province: resp find answers in < 100 ms once its index is built (median)', value: p.find ? `${p.find.medianMs} ms (p95 ${p.find.p95Ms} ms; index ${p.find.indexSeconds.toFixed(1)} s = ${ratioText(p.find.indexSeconds, v(p))} validate)` : 'n/a', ok: p.find ? p.find.medianMs < 100 : undefined });
  list.push({ target: 'province: validate peak memory ≤ 1.5 GB', value: `${p.validate?.peakMb?.toFixed(0) ?? 'n/a'} MB`, ok: p.validate?.peakMb !== undefined ? p.validate.peakMb <= 1536 : undefined });
}
const n = results.national;
if (n) list.push({ target: 'national: resp build peak memory ≤ 4 GB', value: `${n.build?.peakMb?.toFixed(0) ?? 'n/a'} MB in ${n.build?.seconds.toFixed(0) ?? 'n/a'} s`, ok: n.build?.peakMb !== undefined ? n.build.peakMb <= 4096 && !n.build.timedOut : undefined });
const ex = results.export?.validate;
if (ex) list.push({ target: 'export of 100,000 rows ≤ 600 MB', value: `${ex.peakMb?.toFixed(0) ?? 'n/a'} MB`, ok: ex.peakMb !== undefined ? ex.peakMb <= 600 && ex.code === 0 : undefined });
const every = results.export?.every;
if (every) list.push({ target: 'export of every list (county of 100,000 rows + 50 townships) ≤ 1 GB', value: `${every.peakMb?.toFixed(0) ?? 'n/a'} MB`, ok: every.peakMb !== undefined ? every.peakMb <= 1024 && every.code === 0 : undefined });
const im = results.import;
if (im) list.push({ target: 'import of 5,000 rows ≤ 2 × exceljs reading it', value: ratioText(im.validate?.seconds, im.peer), ok: im.validate && im.peer ? im.validate.seconds <= 2 * im.peer : undefined });
list.push({ target: 'resp --version ≤ 2 × bare node', value: ratioText(version.seconds, bare.seconds), ok: version.seconds <= 2 * bare.seconds });

const md = [
  '# resp benchmark',
  '',
  `Machine: ${availableParallelism()} cores, Node ${process.version}${hasGnuTime ? '' : ' (peak memory sampled from /proc: GNU time not installed)'}. Seed ${seed}; --as-of ${env.asOf}.`,
  '',
  '## Corpora',
  '',
  ...corpora,
  '',
  '## Results',
  '',
  'Wall time of the whole process (median of the runs), ratio to the peer and to the floor of the same size, peak resident memory.',
  '',
  table(rows),
  '',
  '## Targets',
  '',
  checks(list),
  '',
  '## Commands',
  '',
  commands(rows),
  '',
].join('\n');
process.stdout.write(`${md}\n`);
mkdirSync(join(repo, 'bench-out'), { recursive: true });
writeFileSync(join(repo, 'bench-out', 'results.md'), md);
log(`written to ${join('bench-out', 'results.md')}`);

function ratioText(a?: number, b?: number): string {
  return a === undefined || b === undefined ? 'n/a' : `${a.toFixed(2)} s vs ${b.toFixed(2)} s = ${(a / b).toFixed(2)}×`;
}
function pct(a?: number, b?: number): string {
  return a === undefined || b === undefined ? 'n/a' : `${((a / b) * 100).toFixed(1)}%`;
}
