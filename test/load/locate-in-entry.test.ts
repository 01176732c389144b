import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocPath } from '../../src/findings/types.js';
import { locatePath, parseYaml } from '../../src/load/parse-yaml.js';
import { SourceFile } from '../../src/load/source-file.js';
import { corpus, yamlFiles } from '../perf/corpus.js';

/** Every path inside the entries of the file's top-level lists: to each value, and to each key (keyOf). */
function pathsOf(data: unknown): { path: DocPath; keyOf?: string }[] {
  const out: { path: DocPath; keyOf?: string }[] = [];
  const walk = (v: unknown, path: DocPath) => {
    if (path.length >= 3) out.push({ path });
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (path.length >= 2) out.push({ path, keyOf: k });
        walk(x, [...path, k]);
      }
    }
  };
  for (const [key, list] of Object.entries(data as Record<string, unknown>)) {
    if (Array.isArray(list)) list.forEach((entry, i) => walk(entry, [key, i]));
  }
  // Also paths that lead nowhere (a missing field) and past the last entry.
  out.push({ path: ['items', 0, 'nope'] }, { path: ['items', 999999, 'name'] });
  return out;
}

function compare(files: string[], limit = Infinity): number {
  let n = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const full = parseYaml(text);
    if (full.broken || !full.data || typeof full.data !== 'object') continue;
    const quick = new SourceFile(file, file, text);
    for (const { path, keyOf } of pathsOf(full.data).slice(0, limit)) {
      expect(quick.locate(path, keyOf), `${file} ${path.join('.')} ${keyOf ?? ''}`).toEqual(locatePath(full.doc, full.lineCounter, path, keyOf));
      n++;
    }
  }
  return n;
}

describe('positions found from one entry of a list', () => {
  it('equal the positions in the whole file, for every value and key of the examples', () => {
    expect(compare([...yamlFiles(join('examples', 'county')), ...yamlFiles(join('examples', 'defects'))])).toBeGreaterThan(5000);
  });

  it('equal the positions in the whole file in a generated city', () => {
    expect(compare(yamlFiles(join(corpus('city').dir, 'a')), 3000)).toBeGreaterThan(50_000);
  });

  it('handle block scalars, comments between entries, CRLF line ends and a list that is not the last key', () => {
    const text = [
      'kind: domain',
      'items:',
      '  - id: A',
      '    notes: |+',
      '      first',
      '',
      '',
      '  # about B',
      '  - id: B',
      '    name: >-',
      '      folded',
      '      text',
      '    basis: ["x", y]',
      '  -   id: C',
      '      name: "quoted: yes"',
      'domain: 自然资源',
      '',
    ];
    for (const eol of ['\n', '\r\n']) {
      const t = text.join(eol);
      const full = parseYaml(t);
      const quick = new SourceFile('f', 'f', t);
      for (const { path, keyOf } of pathsOf(full.data)) expect(quick.locate(path, keyOf), path.join('.')).toEqual(locatePath(full.doc, full.lineCounter, path, keyOf));
    }
  });
});
