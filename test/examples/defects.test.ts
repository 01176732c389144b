import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listYaml } from '../../src/load/discover.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { validatePaths } from '../../src/validate/validate.js';
import { expectationsOf, key, parseComments, parseSidecar } from './expectations.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'examples', 'defects');
const shown = (abs: string) => relative(ROOT, abs).split(sep).join('/');

// One run over the whole folder, as a user would validate it.
const result = validatePaths([DIR], { cwd: ROOT, lang: 'zh', asOf: '2026-11-23' });
const files = listYaml(DIR).map((abs) => ({ abs, file: shown(abs), expected: expectationsOf(abs) }));
const ruleIds = new Set(ALL_RULES.map((r) => r.id));

describe('examples/defects', () => {
  it('declares at least one defect of every loader code and of the basic consistency rules', () => {
    const declared = new Set(files.flatMap((f) => f.expected.map((e) => e.rule)));
    for (const rule of ['yaml-syntax', 'duplicate-key', 'encoding', 'unknown-kind', 'empty-file', 'schema', 'unique-id', 'unknown-party']) {
      expect(declared, rule).toContain(rule);
    }
  });

  it('names only rules of the catalogue in its expectations', () => {
    const unknown = files.flatMap((f) => f.expected.filter((e) => !ruleIds.has(e.rule)).map((e) => `${f.file}: ${e.rule}`));
    expect(unknown).toEqual([]);
  });

  it('reports findings only for files of the folder', () => {
    const known = new Set(files.map((f) => f.file));
    expect(result.findings.filter((f) => !known.has(f.file)).map((f) => f.file)).toEqual([]);
  });

  it('fills every placeholder of every message', () => {
    const raw = result.findings.filter((f) => /\{\w+\}|undefined/.test(`${f.message} ${f.hint ?? ''}`));
    expect(raw.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s has exactly the findings it declares', (_name, f) => {
    const actual = result.findings.filter((x) => x.file === f.file).map((x) => key({ rule: x.rule, line: x.line, column: x.column }));
    expect(actual.sort()).toEqual(f.expected.map(key).sort());
  });
});

describe('expectation comments', () => {
  it('reads trailing lists, expect-at lines and sidecars', () => {
    const text = 'kind: domain\n    power: 行政处理  # expect: schema@12, unknown-party@3\n# expect-at 1:1 empty-file\n';
    expect(parseComments(text)).toEqual([
      { rule: 'schema', line: 2, column: 12 },
      { rule: 'unknown-party', line: 2, column: 3 },
      { rule: 'empty-file', line: 1, column: 1 },
    ]);
    expect(parseSidecar('# GBK file\n\n3:1 encoding\n')).toEqual([{ rule: 'encoding', line: 3, column: 1 }]);
  });

  it('refuses a malformed expectation instead of ignoring it', () => {
    expect(() => parseComments('a: 1  # expect: schema 12\n')).toThrow(/malformed/);
    expect(() => parseSidecar('3 encoding\n')).toThrow(/malformed/);
  });
});
