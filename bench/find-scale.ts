/**
 * `node dist/bench/find-scale.js <repository>`: `resp find` at the size of a corpus. Loads and compiles
 * the lists in force as `resp find` does, builds the index (timed alone), then answers every report of
 * the development evaluation sets (eval/find/dev.yaml, dev2.yaml) three times and prints, as JSON, the
 * seconds of each phase and the latency of one answer (median, 95th percentile, slowest).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compile } from '../src/compile/compile.js';
import { itemsInForce } from '../src/cli/commands/find.js';
import { FindIndex } from '../src/find/index.js';
import { discover } from '../src/load/discover.js';

import { packageRoot } from '../src/paths.js';
import { loadProject } from '../src/validate/load.js';

const dir = resolve(process.argv[2] ?? '');
if (!process.argv[2]) throw new Error('usage: find-scale.js <repository>');
const seconds = (t: number) => +((performance.now() - t) / 1000).toFixed(3);

let t = performance.now();
const result = compile(loadProject(discover([dir], dir), 'zh'));
const items = itemsInForce(result.county.items, result.townships.map((x) => x.items));
const loadSeconds = seconds(t);
t = performance.now();
const index = new FindIndex(items);
const indexSeconds = seconds(t);

const reports = ['dev', 'dev2'].flatMap((set) => (parse(readFileSync(join(packageRoot(), 'eval', 'find', `${set}.yaml`), 'utf8')) as { reports: { text: string }[] }).reports.map((r) => r.text));
const ms: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const text of reports) {
    const q = performance.now();
    index.search(text, { limit: 5 });
    ms.push(performance.now() - q);
  }
}
ms.sort((a, b) => a - b);
const at = (p: number) => +ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(2);
process.stdout.write(`${JSON.stringify({ items: items.length, loadSeconds, indexSeconds, queries: ms.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: +ms[ms.length - 1].toFixed(2) })}\n`);
