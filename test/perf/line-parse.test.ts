import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fast-parse.js';
import { lineParse } from '../../src/load/line-parse.js';
import { parseText } from '../../src/load/load-file.js';
import { locatePath, parseYaml } from '../../src/load/parse-yaml.js';
import { corpus, yamlFiles } from './corpus.js';
import { mutate, reference, rng } from './yaml-mutations.js';

/** The line reader's contract: when it accepts a text, `yaml` reads the same data and finds no problem. */
function agrees(text: string): boolean {
  const read = lineParse(text);
  if (!read) return true;
  const ref = reference(text);
  if (ref === undefined) return false;
  try {
    expect(read.data).toStrictEqual(ref.data);
    return true;
  } catch {
    return false;
  }
}

/** The entry lines `yaml` gives for the top-level lists of a text (0 for entries that are not collections). */
function referenceLines(text: string): Map<string, number[]> {
  const ref = parseYaml(text);
  const out = new Map<string, number[]>();
  for (const [key, v] of Object.entries(ref.data as Record<string, unknown>)) {
    if (!Array.isArray(v)) continue;
    out.set(key, v.map((e, i) => (typeof e === 'object' && e !== null ? locatePath(ref.doc, ref.lineCounter, [key, i]).line : 0)));
  }
  return out;
}

const SCALARS = [
  '001', '010', '00', '0', '-0', '+12', '1_000', '0o17', '0o8', '0x1F', '0xG', '0b101', '123456789012345678901',
  '1.5', '2026.10', '1e3', '1e', '.5', '0.', '.inf', '.NaN', 'yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'NO',
  'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', '~', 'null', 'Null', 'NULL', 'nULL',
  '2024-01-01', '2024-01-01T10:00:00Z', '2024-01-01 10:00:00', '12:30', '1:20:30', 'http://example.org/a#b',
  '"001"', "'yes'", '"2024-01-01"', '"a # b"', "'it''s'", "''''", '""', "''", 'x #c', 'x#c', 'a"b"', "a'b", 'a [b] {c}, d',
  '《中华人民共和国土地管理法》第七十七条', '12345政务服务便民热线', '村（社区）“两委”换届', '\u3000前后\u3000', '\u00A0x\u00A0', '\u200Bx', 'b\u3000#c', 'a  b   ',
  'a&b', 'a *b', 'x!', '表!A4:I5', '[1, 2, 001, yes, ~]', "['a', \"b c\", 第七十七条]", '{a: 1, b: 001, c: no}', '{township: 东湖镇, count: 12}', '[]', '{}', '[ ]', '{ }',
];

describe('line reader agrees with yaml on scalars', () => {
  for (const s of SCALARS) {
    it(`value: ${JSON.stringify(s)}`, () => {
      // Values starting with a dash are left to the other paths.
      if (!s.startsWith('-')) expect(lineParse(`a: ${s}\n`)).toBeDefined();
      expect(agrees(`a: ${s}\n`)).toBe(true);
      expect(agrees(`a:\n  - ${s}\n  - x\n`)).toBe(true);
    });
    it(`key: ${JSON.stringify(s)}`, () => expect(agrees(`${s}: x\nb: 1\n`)).toBe(true));
  }

  it('keeps 001, no, yes, on, dates and decimals as text, and reads core integers, booleans and null', () => {
    const read = lineParse('a: 001\nb: no\nc: yes\nd: on\ne: 2024-01-01\nf: 2026.10\ng: 1e3\nh: 12\ni: 0x10\nj: true\nk: ~\nl:\n')!;
    expect(read.data).toEqual({ a: '001', b: 'no', c: 'yes', d: 'on', e: '2024-01-01', f: '2026.10', g: '1e3', h: 12, i: 16, j: true, k: null, l: null });
  });
});

describe('line reader reads the shapes lists are written in', () => {
  const cases: [string, string][] = [
    ['a sequence at its key\'s indentation', 'a:\n- 1\n- x\nb: 2\n'],
    ['entries with compact mappings', 'items:\n  - id: A\n    name: 甲\n    lead:\n      party: 县公安局\n      duties:\n        - 巡查\n        - 报告\n  - id: B\n'],
    ['an entry on the line after its dash', 'items:\n  -\n    id: A\n  - # a comment\n    id: B\n  -\n  - x\n'],
    ['a compact mapping whose key holds a sequence at its own indentation', 'a:\n  - b:\n    - 1\n    c: 2\n'],
    ['comments and blank lines everywhere', '# head\n\na: 1 # one\n  # indented comment\n\nb:\n  # before\n  - x # after\n\n  - "y" # q\n'],
    ['flow collections in entries', 'usage:\n  - {township: 东湖镇, item: ZF-001, count: 12}\n  - [a, b]\n  - keywords: [违建, 私搭乱建]\n'],
    ['a last line without a line break', 'a: 1\nb: x'],
    ['characters beyond the basic plane (a pair each)', 'items:\n  - name: 𠀀村𬌗镇 # 𠀀\n    keywords: [𠀀, 𬌗]\n𠀀: 1\n'],
    ['comments naming a sheet and its cells', 'items:\n  # 来源：清单.xlsx 属地管理事项!A4:I5\n  - id: A # 第4行 & 第5行 *\n'],
    ['empty values', 'a:\nb: ~\nc:\n  -\n  - ""\n'],
    ['a top-level flow sequence, whose entries start no collection', 'a: [1, "x", y]\nb: []\nc: [ ]\n'],
    ['a key of a thousand characters', `${'k'.repeat(1000)}: 1\nb:\n  - ${'甲'.repeat(990)}: x\n`],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      const read = lineParse(text);
      expect(read).toBeDefined();
      expect(read!.data).toStrictEqual(reference(text)?.data);
      expect(read!.entryLines).toEqual(referenceLines(text));
    });
  }
});

describe('line reader declines what it does not read', () => {
  const cases: [string, string][] = [
    ['an alias', 'a: &x [1, 2]\nb: *x\n'],
    ['an anchor on an entry', 'a:\n  - &x b\n'],
    ['an anchor on a mapping entry', 'a:\n  - &x\n    b: 1\n'],
    ['an alias in a flow collection', 'a: [1, *x]\n'],
    ['a tag on a key', '!k a: 1\n'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['a duplicate key in an item', 'items:\n  - id: A\n    name: 甲\n    name: 乙\n'],
    ['a duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['a syntax error', 'a: [1, 2\nb: 3\n'],
    ['a tab', 'a:\n\t- 1\n'],
    ['a carriage return', 'a: 1\r\nb: 2\r\n'],
    ['a control character', 'a: x\u0007y\n'],
    ['a next-line character', 'a: x\u0085y\n'],
    ['a line separator', 'a: x\u2028y\n'],
    ['a lone high surrogate', 'a: x\uD840y\n'],
    ['a lone low surrogate', 'a: x\uDC00y\n'],
    ['two high surrogates', 'a: \uD840\uD840\uDC00\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a document end marker before a key', 'a: 1\n... x: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a complex key', '? a\n: b\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key that is a number', '1: a\n'],
    ['a null key', '~: x\n'],
    ['a key with a colon', 'a:b: c\n'],
    ['a merge key', '<<: x\n'],
    ['a __proto__ key', '__proto__: x\n'],
    ['a key before a space', 'a : 1\n'],
    ['a key over 1024 characters', `${'k'.repeat(1025)}: 1\n`],
    ['a key over 1024 characters in an entry', `a:\n  - ${'k'.repeat(1025)}: 1\n`],
    // `yaml` counts this key from the line break after `b:`, its indentation included.
    ['a key 1022 characters long after an empty value', `a:\n  b:\n  ${'k'.repeat(1022)}: 1\n`],
    ['a block scalar', 'a: |\n  x\n'],
    ['a folded scalar', 'a: >\n  x\n'],
    ['a plain scalar over two lines', 'a: x\n  y\n'],
    ['a plain scalar over two lines in a sequence', 'a:\n  - x\n    y\n'],
    ['a quoted scalar over two lines', 'a: "x\n  y"\n'],
    ['a nested flow collection', 'a: [[1], 2]\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['an empty flow entry', 'a: [1, , 2]\n'],
    ['a comment in a flow collection', 'a: [1, 2 #x\n  ]\n'],
    ['a colon and space inside a value', 'a: b: c\n'],
    ['a colon at the end of a value', 'a: b:\n'],
    ['a nested sequence on the dash\'s line', 'a:\n  - - 1\n'],
    ['a sequence where a key belongs', 'a: 1\n- 2\n'],
    ['a value starting with a dash', 'a: -1\n'],
    ['a value starting with an indicator', 'a: @x\n'],
    ['text after a quoted scalar', 'a: "x"y\n'],
    ['a comment right after a quoted scalar', 'a: "x"#y\n'],
    ['a top level that is a list', '- a\n- b\n'],
    ['a top level indented', '  a: 1\n'],
    ['a line indented between two levels', 'a:\n    b: 1\n  c: 2\n'],
    ['an entry indented between dash and key', 'a:\n  - b: 1\n   c: 2\n'],
    ['an empty text', ''],
    ['only comments', '# a\n# b\n'],
    ['nesting deeper than forty levels', Array.from({ length: 45 }, (_, i) => `${' '.repeat(2 * i)}k:`).join('\n') + ' 1\n'],
  ];
  for (const [what, text] of cases) it(what, () => expect(lineParse(text)).toBeUndefined());
});

describe('line reader on real and generated files', () => {
  const files = [...yamlFiles(join(__dirname, '..', '..', 'examples')), ...yamlFiles(join(corpus('county').dir, 'a'))];

  it('reads the plain files as js-yaml and yaml do, and records where each entry starts as both do', () => {
    const declined: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const line = lineParse(text);
      if (!line) {
        declined.push(f.split(/[\\/]/).slice(-3).join('/'));
        continue;
      }
      expect(line.data, f).toStrictEqual(reference(text)?.data);
      expect(line.entryLines, f).toEqual(referenceLines(text));
      const fast = fastParse(text);
      if (fast) expect([line.data, line.entryLines], f).toStrictEqual([fast.data, fast.entryLines]);
    }
    // Every file is read but the examples made to show an empty file, a YAML error and a duplicate key.
    expect(declined).toEqual(['defects/domains/duplicate-key.yaml', 'defects/domains/empty-file.yaml', 'defects/domains/yaml-syntax.yaml']);
  });

  it('never accepts a damaged file that yaml reads differently or with problems (3,000 seeded mutations)', () => {
    const next = rng(11);
    const pieces = [' ', '\n', ':', ': ', '-', '- ', '"', "'", '#', ' #', '[', ']', '{', '}', ',', '|', '>', '  ', 'null', '~', '0', '.', '@', '`', '%', '?', '<<', '\u3000', '&', '&a ', '*', '*a', '!', '!!str ', '𠀀', '\uD840'];
    let accepted = 0;
    for (let k = 0; k < 3000; k++) {
      const text = mutate(readFileSync(files[Math.floor(next() * files.length)], 'utf8'), next, pieces);
      const read = lineParse(text);
      if (read) accepted++;
      expect(agrees(text), text).toBe(true);
      if (read) expect(read.entryLines, text).toEqual(referenceLines(text));
    }
    expect(accepted).toBeGreaterThan(600);
  });
});

describe('line reader on hostile texts', () => {
  it('reads a long list of plain lines in linear time', () => {
    const text = `a:\n${'- 一行没有冒号也没有井号的文字\n'.repeat(200_000)}`;
    const t0 = performance.now();
    const read = lineParse(text);
    expect((read!.data as { a: string[] }).a).toHaveLength(200_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('declines nesting 10,000 levels deep without exhausting the stack, and the loader names it', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(lineParse(text)).toBeUndefined();
    const parsed = parseText('deep.yaml', '/deep.yaml', text, { lang: 'zh' });
    expect(parsed.problems.map((p) => [p.rule, p.messageId])).toEqual([['yaml-syntax', 'tooDeep']]);
  });
});
