/** Generated repositories for the tests, written once per test process into a temporary folder. */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type CorpusStats } from '../../bench/gen/generate.js';

const made = new Map<string, CorpusStats>();

/** A generated corpus of a size (revision a in `dir/a`, b in `dir/b`), made on first use. */
export function corpus(size: 'county' | 'city'): CorpusStats {
  let c = made.get(size);
  if (!c) {
    c = generate(size, mkdtempSync(join(tmpdir(), `resp-test-${size}-`)));
    made.set(size, c);
  }
  return c;
}

/** A repository to run a comparison on: what it is, and where (made on first use). */
export type Repo = [what: string, dir: () => string];

/** The shipped examples, for tests that compare two ways of doing one thing. */
export const EXAMPLES: Repo[] = [
  ['examples/county', () => join(__dirname, '..', '..', 'examples', 'county')],
  ['examples/defects', () => join(__dirname, '..', '..', 'examples', 'defects')],
];

/** Generated repositories (revision a) of the given sizes. */
export function generated(...sizes: ('county' | 'city')[]): Repo[] {
  return sizes.map((size) => [`a generated ${size}`, () => join(corpus(size).dir, 'a')]);
}

/** Every YAML file under a folder, sorted. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e)) out.push(p);
  }
  return out;
}
