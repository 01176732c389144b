/**
 * Imports go one way: from the top of the program (cli, the library front door) down to its bottom
 * (util, i18n, errors). Each part of src/ may import only the parts listed for it below; a new import
 * against that direction fails this test. Imports of the sources are read with TypeScript's own
 * pre-processor: static, type-only, re-exports and dynamic import() alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** The bottom: anything may import these. */
const BASE = ['util', 'i18n', 'errors', 'data', 'paths', 'version'] as const;

/**
 * What each part may import (besides itself), bottom to top. A part is a folder of src/, except that
 * findings/types.ts (the Finding shape, which loading already produces) sits at the bottom while the
 * renderers of findings/render sit above the rules they describe; single files at the top of src/ are
 * parts of their own.
 */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  i18n: [],
  data: [],
  paths: [],
  errors: ['i18n'],
  version: ['paths'],
  findings: [...BASE],
  io: [...BASE],
  model: [...BASE, 'findings'],
  git: [...BASE],
  load: [...BASE, 'findings', 'model'],
  law: [...BASE, 'findings', 'model', 'load'],
  compile: [...BASE, 'findings', 'model', 'load'],
  rules: [...BASE, 'findings', 'model', 'load', 'law', 'compile'],
  validate: [...BASE, 'io', 'findings', 'model', 'load', 'law', 'compile', 'rules'],
  diff: [...BASE, 'io', 'findings', 'model', 'git', 'load', 'law', 'compile', 'validate'],
  export: [...BASE, 'io', 'findings', 'model', 'compile'],
  'findings/render': [...BASE, 'findings', 'model', 'rules'],
  find: [...BASE, 'model', 'compile'],
  // A new repository's files (resp init): the editor schemas and modelines import writes too.
  init: [...BASE, 'model', 'law'],
  import: [...BASE, 'io', 'findings', 'model', 'load', 'law', 'compile', 'validate', 'init'],
  // The field reference written from the schemas (npm run docs).
  docs: [...BASE, 'io'],
  // The language server (resp lsp): validation on the editor's text; the command gives it the rules' documentation.
  lsp: [...BASE, 'findings', 'model', 'load', 'law', 'rules', 'validate'],
  // The top: the commands, the build's last step and the library front door may import everything.
  cli: ['*'],
  postbuild: ['*'],
  index: ['*'],
};

/**
 * Backwards imports known and not yet fixed, as `importer -> imported` (paths under src/), each with a
 * line saying why it is still there. Fixing one means deleting its entry (the last test says so).
 */
const KNOWN: readonly string[] = [];

/** The part of src/ a file belongs to. */
function partOf(rel: string): string {
  if (rel.startsWith('findings/render/')) return 'findings/render';
  if (rel === 'findings/types.ts') return 'findings';
  const [first] = rel.split('/');
  return first.replace(/\.ts$/, '');
}

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) yield p;
  }
}

/** Every relative import of every source file, as paths under src/ (`.js` read as the `.ts` it is built from). */
function edges(): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const abs of sources(SRC)) {
    const from = relative(SRC, abs).split('\\').join('/');
    for (const { fileName } of ts.preProcessFile(readFileSync(abs, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(SRC, resolve(dirname(abs), fileName)).split('\\').join('/').replace(/\.js$/, '.ts');
      out.push({ from, to: target });
    }
  }
  return out;
}

const allowed = (from: string, to: string) => {
  const a = partOf(from);
  const b = partOf(to);
  return a === b || ALLOWED[a].includes('*') || ALLOWED[a].includes(b);
};

describe('imports go one way', () => {
  const all = edges();

  it('reads the imports of the sources', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual({ from: 'cli/main.ts', to: 'cli/commands/validate.ts' }); // a dynamic import()
  });

  it('tells a backwards import from a forward one', () => {
    expect(allowed('export/csv.ts', 'cli/main.ts')).toBe(false);
    expect(allowed('util/text.ts', 'load/project.ts')).toBe(false);
    expect(allowed('findings/types.ts', 'findings/render/human.ts')).toBe(false);
    expect(allowed('import/grid.ts', 'diff/types.ts')).toBe(false);
    expect(allowed('rules/unique-id.ts', 'load/items.ts')).toBe(true);
    // Loading parses; the schema check belongs to validate, which applies it to what loading gives.
    expect(allowed('load/load-file.ts', 'validate/schema.ts')).toBe(false);
    expect(allowed('cli/main.ts', 'import/grid.ts')).toBe(true);
    expect(allowed('index.ts', 'import/index.ts')).toBe(true);
  });

  it('every part of src/ has its place in the table', () => {
    const parts = new Set(all.flatMap((e) => [partOf(e.from), partOf(e.to)]));
    for (const abs of sources(SRC)) parts.add(partOf(relative(SRC, abs).split('\\').join('/')));
    expect([...parts].filter((p) => !(p in ALLOWED)), 'a new folder of src/: add it to ALLOWED').toEqual([]);
  });

  it('no import goes against the direction, except the known ones', () => {
    const backwards = all.filter((e) => !allowed(e.from, e.to)).map((e) => `${e.from} -> ${e.to}`);
    expect([...new Set(backwards)].filter((b) => !KNOWN.includes(b)).sort()).toEqual([]);
  });

  it('every known exception still exists (delete the ones fixed)', () => {
    const present = new Set(all.map((e) => `${e.from} -> ${e.to}`));
    expect(KNOWN.filter((k) => !present.has(k))).toEqual([]);
  });
});
