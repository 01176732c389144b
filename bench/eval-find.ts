/**
 * `npm run eval:find`: how well `resp find` answers plain-word reports about the example county.
 * eval/find/dev.yaml may be looked at and tuned on; eval/find/test.yaml is held out. Prints top-1 and
 * top-3 accuracy, precision of confident answers and how many were answered so, and how many
 * out-of-scope reports were declined, beside the targets.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compile } from '../src/compile/compile.js';
import { itemsInForce } from '../src/cli/commands/find.js';
import { FindIndex } from '../src/find/index.js';
import { discover } from '../src/load/discover.js';

import { packageRoot } from '../src/paths.js';
import { loadProject } from '../src/validate/load.js';

interface Report {
  text: string;
  expect: string[];
  township?: string;
}

export interface Scores {
  reports: number;
  inScope: number;
  top1: number;
  top3: number;
  confident: number;
  confidentRight: number;
  outOfScope: number;
  declined: number;
  misses: { text: string; expect: string[]; got: string[]; confident: boolean }[];
}

const repo = packageRoot();

/** Score one evaluation file against the example county. */
export function evaluate(file: string, root = join(repo, 'examples', 'county')): Scores {
  const project = loadProject(discover([root], root), 'zh');
  const result = compile(project);
  const all = new FindIndex(itemsInForce(result.county.items, result.townships.map((t) => t.items)));
  const byTownship = new Map(result.townships.map((t) => [t.name, new FindIndex(t.items)]));
  const reports = (parse(readFileSync(file, 'utf8')) as { reports: Report[] }).reports;
  const s: Scores = { reports: reports.length, inScope: 0, top1: 0, top3: 0, confident: 0, confidentRight: 0, outOfScope: 0, declined: 0, misses: [] };
  for (const r of reports) {
    const index = (r.township && byTownship.get(r.township)) || all;
    const a = index.search(r.text, { limit: 3 });
    const got = a.results.map((x) => x.item.id);
    const right = r.expect.length > 0 && got[0] !== undefined && r.expect.includes(got[0]);
    if (a.confident) {
      s.confident++;
      if (right) s.confidentRight++;
    }
    if (r.expect.length) {
      s.inScope++;
      if (right) s.top1++;
      if (got.some((g) => r.expect.includes(g))) s.top3++;
    } else {
      s.outOfScope++;
      if (!a.confident) s.declined++;
    }
    if (r.expect.length ? !right : a.confident) s.misses.push({ text: r.text, expect: r.expect, got, confident: a.confident });
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

/** The table of one set. */
export function table(name: string, s: Scores): string {
  return [
    `## ${name}: ${s.reports} reports (${s.inScope} in scope, ${s.outOfScope} out of scope)`,
    '',
    '| measure | value | target |',
    '|---|---:|---:|',
    `| top-1 accuracy (in scope) | ${pct(s.top1, s.inScope)} | ≥ 85% |`,
    `| top-3 accuracy (in scope) | ${pct(s.top3, s.inScope)} | ≥ 95% |`,
    `| precision of confident answers | ${pct(s.confidentRight, s.confident)} | ≥ 95% |`,
    `| answered with confidence (share of in-scope reports) | ${pct(s.confident, s.inScope)} | ≥ 50% |`,
    `| out-of-scope reports declined | ${pct(s.declined, s.outOfScope)} | ≥ 80% |`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const showMisses = process.argv.includes('--misses');
  // `--dev`: the development sets only (while tuning, the held-out figures are not looked at either).
  const sets = process.argv.includes('--dev') ? ['dev', 'dev2'] : ['dev', 'dev2', 'test'];
  for (const set of sets) {
    const s = evaluate(join(repo, 'eval', 'find', `${set}.yaml`));
    process.stdout.write(`${table(set, s)}\n\n`);
    // Misses are shown for the development sets only: the test set stays unread.
    if (showMisses && set !== 'test') for (const m of s.misses) process.stdout.write(`- ${m.text} → ${m.got.join(', ') || '—'}${m.confident ? ' (confident)' : ''}; expected ${m.expect.join(', ') || 'none'}\n`);
  }
}
