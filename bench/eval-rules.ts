/**
 * `npm run eval:rules`: how well the legal and policy rules of `resp validate` find the defects of
 * labelled items. eval/rules/dev.yaml may be looked at and tuned on; eval/rules/test.yaml is held out
 * (only its figures are printed). Each case is one item (county domain item, township item or
 * assignment) validated in a repository of its own, built from the example county's configuration and
 * registries, through the library front door. eval/rules/dev2.yaml and eval/rules/dev3.yaml are further tuning sets, written from
 * the phrasing of real county and township lists; they are read and reported like dev. Prints per rule recall and false alarms, overall recall
 * (expected findings found) and false-alarm rate (findings of the evaluated rules not expected, per
 * case), beside the targets; `--json` prints the same as JSON.
 *
 * A case's `expect` lists rule ids; `a|b` means either rule answers the expectation (the defect is
 * real, which of two rules names it is not the point); a rule that took over part of an evaluated rule's
 * ground answers that rule's expectations (SUCCESSORS). `allow` lists rules that may fire without
 * counting as a false alarm (a second, also correct, reading of the same defect). Only the rules in
 * EVALUATED are scored; a case that does not load (schema, YAML) is reported as broken.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { validateRepository } from '../src/index.js';
import { packageRoot } from '../src/paths.js';

/** The rules under evaluation. */
export const EVALUATED = [
  'township-enforcement',
  'entrusted-compulsory-measure',
  'enforcement-subject-capacity',
  'basis-required',
  'basis-level',
  'article-out-of-range',
  'citation-syntax',
  'moved-article',
  'outdated-department-name',
  'unknown-party',
  'single-lead',
  'delegation-record',
  'assignment-admission',
] as const;

/**
 * Rules that took over part of an evaluated rule's ground and report it instead (one finding per
 * problem): a finding of one answers an expectation of the rule it took the ground from. They are not
 * scored themselves. detention-by-police reports a township's 行政拘留, which township-enforcement leaves
 * to it.
 */
export const SUCCESSORS: Readonly<Record<string, readonly string[]>> = { 'township-enforcement': ['detention-by-police'] };

/** Loader and structure codes: a case raising one of these is broken, not scored. */
const BROKEN = new Set(['schema', 'yaml-syntax', 'duplicate-key', 'unknown-kind', 'empty-file', 'encoding', 'control-character']);

export const TARGETS = { recall: 0.95, falseAlarms: 0.03 };

/** The day deadlines and evaluation dates are judged against, so the figures do not drift. */
const AS_OF = '2026-07-01';

interface Case {
  id: string;
  note?: string;
  /** A township's own item (its file), when set; otherwise a county domain item. */
  township?: string;
  /** True for a task handed to townships (assignments file). */
  assignment?: boolean;
  /** The domain file's default list, when the case needs one (e.g. 赋权事项). */
  list?: string;
  item: Record<string, unknown>;
  expect: string[];
  allow?: string[];
}

export interface RuleScore {
  expected: number;
  found: number;
  falseAlarms: number;
}

export interface Outcome {
  id: string;
  note?: string;
  expect: string[];
  got: string[];
  missed: string[];
  falseAlarms: string[];
  broken?: string[];
}

export interface Scores {
  cases: number;
  lawful: number;
  expected: number;
  found: number;
  falseAlarms: number;
  byRule: Record<string, RuleScore>;
  outcomes: Outcome[];
  broken: Outcome[];
}

const repo = packageRoot();
const example = join(repo, 'examples', 'county');

/** A list repository holding one case, with the example county's configuration and registries. */
function caseRepository(base: string, c: Case): string {
  const dir = join(base, c.id);
  mkdirSync(join(dir, 'registry'), { recursive: true });
  copyFileSync(join(example, 'resp.yaml'), join(dir, 'resp.yaml'));
  for (const f of readdirSync(join(example, 'registry'))) copyFileSync(join(example, 'registry', f), join(dir, 'registry', f));
  if (c.assignment) {
    mkdirSync(join(dir, 'assignments'));
    writeFileSync(join(dir, 'assignments', 'eval.yaml'), stringify({ kind: 'assignments', assignments: [c.item] }));
  } else if (c.township) {
    mkdirSync(join(dir, 'townships'));
    writeFileSync(join(dir, 'townships', `${c.township}.yaml`), stringify({ kind: 'township', township: c.township, items: [c.item] }));
  } else {
    mkdirSync(join(dir, 'domains'));
    const doc: Record<string, unknown> = { kind: 'domain', domain: '评测', items: [c.item] };
    if (c.list) doc.list = c.list;
    writeFileSync(join(dir, 'domains', '评测.yaml'), stringify(doc));
  }
  return dir;
}

/** Read an evaluation file. */
export function readCases(file: string): Case[] {
  const cases = (parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`${file}: case ${c.id} twice`);
    ids.add(c.id);
    for (const e of [...c.expect, ...(c.allow ?? [])].flatMap((x) => x.split('|'))) {
      if (!(EVALUATED as readonly string[]).includes(e)) throw new Error(`${file}: case ${c.id} names rule ${e}, which is not evaluated`);
    }
  }
  return cases;
}

/** Score one evaluation file. */
export async function evaluate(file: string): Promise<Scores> {
  const cases = readCases(file);
  const base = mkdtempSync(join(tmpdir(), 'resp-eval-rules-'));
  const s: Scores = { cases: cases.length, lawful: 0, expected: 0, found: 0, falseAlarms: 0, byRule: {}, outcomes: [], broken: [] };
  for (const r of EVALUATED) s.byRule[r] = { expected: 0, found: 0, falseAlarms: 0 };
  try {
    for (const c of cases) {
      const dir = caseRepository(base, c);
      const result = await validateRepository([dir], { lang: 'zh', asOf: AS_OF, cwd: dir, jobs: 0 });
      const broken = result.findings.filter((f) => BROKEN.has(f.rule)).map((f) => `${f.rule}: ${f.message}`);
      const all = new Set(result.findings.map((f) => f.rule));
      const fired = new Set([...all].filter((r) => (EVALUATED as readonly string[]).includes(r)));
      const answers = (rule: string) => fired.has(rule) || (SUCCESSORS[rule] ?? []).some((r) => all.has(r));
      const o: Outcome = { id: c.id, note: c.note, expect: c.expect, got: [...fired].sort(), missed: [], falseAlarms: [] };
      if (broken.length) {
        o.broken = broken;
        s.broken.push(o);
        continue;
      }
      if (c.expect.length === 0) s.lawful++;
      const covered = new Set<string>(c.allow ?? []);
      for (const e of c.expect) {
        const alternatives = e.split('|');
        for (const a of alternatives) covered.add(a);
        const hit = alternatives.find(answers);
        // An expectation with alternatives is booked to the rule that answered it, else to the first.
        const rule = hit ?? alternatives[0];
        s.expected++;
        s.byRule[rule].expected++;
        if (hit) {
          s.found++;
          s.byRule[rule].found++;
        } else o.missed.push(e);
      }
      for (const r of fired) {
        if (covered.has(r)) continue;
        s.falseAlarms++;
        s.byRule[r].falseAlarms++;
        o.falseAlarms.push(r);
      }
      s.outcomes.push(o);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

/** Overall recall and false-alarm rate of a set. */
export function figures(s: Scores): { recall: number; falseAlarmRate: number } {
  const scored = s.cases - s.broken.length;
  return { recall: s.expected ? s.found / s.expected : 1, falseAlarmRate: scored ? s.falseAlarms / scored : 0 };
}

/** The table of one set. */
export function table(name: string, s: Scores): string {
  const scored = s.cases - s.broken.length;
  const lines = [
    `## ${name}: ${s.cases} cases (${s.lawful} lawful, ${scored - s.lawful} with defects${s.broken.length ? `, ${s.broken.length} broken` : ''}), ${s.expected} expected findings`,
    '',
    '| measure | value | target |',
    '|---|---:|---:|',
    `| recall (expected findings found) | ${pct(s.found, s.expected)} (${s.found}/${s.expected}) | ≥ ${TARGETS.recall * 100}% |`,
    `| false alarms (unexpected findings per case) | ${pct(s.falseAlarms, scored)} (${s.falseAlarms}/${scored}) | ≤ ${TARGETS.falseAlarms * 100}% |`,
    '',
    '| rule | expected | found | recall | false alarms |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const r of EVALUATED) {
    const x = s.byRule[r];
    lines.push(`| ${r} | ${x.expected} | ${x.found} | ${pct(x.found, x.expected)} | ${x.falseAlarms} |`);
  }
  return lines.join('\n');
}

/** The misses and false alarms of a set, one line each. */
export function errors(s: Scores): string {
  const out: string[] = [];
  for (const o of s.broken) out.push(`- ${o.id} BROKEN: ${o.broken?.join('; ')}`);
  for (const o of s.outcomes) {
    if (!o.missed.length && !o.falseAlarms.length) continue;
    const parts = [];
    if (o.missed.length) parts.push(`missed ${o.missed.join(', ')}`);
    if (o.falseAlarms.length) parts.push(`false alarm ${o.falseAlarms.join(', ')}`);
    out.push(`- ${o.id}: ${parts.join('; ')} (expected ${o.expect.join(', ') || 'none'}; got ${o.got.join(', ') || 'none'})${o.note ? ` — ${o.note}` : ''}`);
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const json = process.argv.includes('--json');
  const report: Record<string, unknown> = {};
  for (const set of ['dev', 'dev2', 'dev3', 'test']) {
    // The tuning sets print their misses; the held-out set prints figures only.
    const tunable = set !== 'test';
    const s = await evaluate(join(repo, 'eval', 'rules', `${set}.yaml`));
    const f = figures(s);
    if (json) {
      // The held-out set gives figures only: its cases stay unread.
      report[set] = {
        cases: s.cases, lawful: s.lawful, broken: s.broken.length, expected: s.expected, found: s.found, falseAlarms: s.falseAlarms,
        recall: f.recall, falseAlarmRate: f.falseAlarmRate, byRule: s.byRule,
        ...(tunable ? { misses: s.outcomes.filter((o) => o.missed.length || o.falseAlarms.length), brokenCases: s.broken } : { brokenCases: s.broken.map((o) => o.id) }),
      };
      continue;
    }
    process.stdout.write(`${table(set, s)}\n\n`);
    if (tunable) {
      const e = errors(s);
      process.stdout.write(e ? `### ${set}: misses and false alarms\n\n${e}\n\n` : `### ${set}: no misses, no false alarms\n\n`);
    } else if (s.broken.length) {
      // A broken held-out case is named with its loader message (structure, not rules) so that it can be
      // repaired without reading the others.
      process.stdout.write(`broken test cases:\n${s.broken.map((o) => `- ${o.id}: ${o.broken?.join('; ')}`).join('\n')}\n\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify({ version: 1, targets: TARGETS, ...report }, null, 2)}\n`);
}
