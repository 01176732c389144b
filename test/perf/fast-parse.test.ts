import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-parse.js';
import { locatePath, parseYaml } from '../../src/load/parse-yaml.js';
import { corpus, yamlFiles } from './corpus.js';
import { mutate, reference, rng } from './yaml-mutations.js';

/** The fast path's contract: when it accepts a text, `yaml` reads the same data and finds no problem. */
function agrees(text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return true;
  const ref = reference(text);
  return ref !== undefined && JSON.stringify(ref.data) === JSON.stringify(fast.data) && deepEqual(ref.data, fast.data);
}

function deepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    return false;
  }
}

const SCALARS = [
  '001', '010', '00', '0', '-0', '+12', '-1', '1_000', '0o17', '0o8', '0x1F', '0xG', '-0x1F', '0b101', '123456789012345678901',
  '1.5', '2026.10', '1e3', '1e', '.5', '+.5', '0.', '1.', '.inf', '-.Inf', '.NaN', '.nan',
  'yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'NO', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE',
  '~', 'null', 'Null', 'NULL', 'nULL', '', '2024-01-01', '2024-1-1', '2024-01-01T10:00:00Z', '2024-01-01 10:00:00', '12:30', '1:20:30',
  '"001"', "'yes'", '"2024-01-01"', '"a # b"', "'it''s'", 'x #c', 'x#c', '《中华人民共和国土地管理法》第七十七条', '12345政务服务便民热线', '第一百二十条',
  '[1, 2, 001, yes, ~]', '{a: 1, b: 001, c: no}', '[]', '{}', '"é"', '- x', '|\n  l1\n  l2\n', '>-\n  l1\n  l2\n\n  l3\n', '|+\n  x\n\n',
];

describe('fast path (js-yaml) agrees with yaml on YAML 1.2 core scalars', () => {
  for (const s of SCALARS) {
    it(`value: ${JSON.stringify(s)}`, () => {
      const text = `a: ${s}\n`;
      expect(agrees(text)).toBe(true);
    });
    it(`key: ${JSON.stringify(s)}`, () => {
      if (s.includes('\n') || s === '') return;
      expect(agrees(`${s}: x\nb: 1\n`)).toBe(true);
    });
  }

  it('keeps 001, no, yes, on, dates and decimals as text, and reads core integers, booleans and null', () => {
    const fast = fastParse('a: 001\nb: no\nc: yes\nd: on\ne: 2024-01-01\nf: 2026.10\ng: 1e3\nh: 12\ni: 0x10\nj: true\nk: ~\nl:\n')!;
    expect(fast.data).toEqual({ a: '001', b: 'no', c: 'yes', d: 'on', e: '2024-01-01', f: '2026.10', g: '1e3', h: 12, i: 16, j: true, k: null, l: null });
  });
});

describe('fast path declines what only yaml may read', () => {
  const cases: [string, string][] = [
    ['an alias', 'a: &x [1, 2]\nb: *x\n'],
    ['an alias bomb', 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['a duplicate key in an item', 'items:\n  - id: A\n    name: 甲\n    name: 乙\n'],
    ['a syntax error', 'a: [1, 2\nb: 3\n'],
    ['a tab in the indentation', 'a:\n\t- 1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['a complex key', '? [a, b]\n: c\n'],
    ['a null key', '~: x\n'],
    ['a null key in a flow mapping', 'a: {null: x}\n'],
    ['a quoted value over two lines', 'a: "x\ny"\n'],
    ['a flow sequence over two lines', 'a: [1,\n  2]\n'],
    ['an escaped line break', 'a: "a\\\nb"\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
  ];
  for (const [what, text] of cases) it(what, () => expect(fastParse(text)).toBeUndefined());
});

describe('fast path on real and generated files', () => {
  const files = [...yamlFiles(join(__dirname, '..', '..', 'examples')), ...yamlFiles(join(corpus('county').dir, 'a'))];

  it('accepts the plain files, reads them as yaml does, and records where each entry starts', () => {
    let accepted = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const fast = fastParse(text);
      if (!fast) continue;
      accepted++;
      const ref = parseYaml(text);
      expect(ref.problems, f).toEqual([]);
      expect(fast.data, f).toStrictEqual(ref.data);
      for (const [key, lines] of fast.entryLines) {
        const entries = (fast.data as Record<string, unknown[]>)[key];
        lines.forEach((line, i) => {
          // Lines are recorded for entries that are mappings or lists (items, assignments, ...).
          if (typeof entries[i] === 'object' && entries[i] !== null) expect(line, `${f} ${key}[${i}]`).toBe(locatePath(ref.doc, ref.lineCounter, [key, i]).line);
        });
      }
    }
    expect(accepted).toBeGreaterThan(files.length - 10);
  });

  it('never accepts a damaged file that yaml reads differently or with problems (2,000 seeded mutations)', () => {
    const next = rng(7);
    const pieces = [' ', '\n', ':', '-', '"', "'", '#', '[', ']', '{', '}', ',', '|', '>', '  ', 'null', '~', '0', '.', '@', '`', '%', '?', '<'];
    let accepted = 0;
    for (let k = 0; k < 2000; k++) {
      const text = mutate(readFileSync(files[Math.floor(next() * files.length)], 'utf8'), next, pieces);
      if (fastParse(text)) accepted++;
      expect(agrees(text), text).toBe(true);
    }
    expect(accepted).toBeGreaterThan(200);
  });
});
