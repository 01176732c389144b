import { describe, expect, it, vi } from 'vitest';
import { MINI, tempRepo } from '../helpers.js';
import { EXAMPLES, generated, type Repo } from './corpus.js';

type Validate = typeof import('../../src/validate/validate.js');

/** The validator as it was before the fast paths (the line reader and js-yaml): every file parsed by `yaml`. */
async function yamlOnly(): Promise<Validate> {
  vi.resetModules();
  vi.doMock('../../src/load/line-parse.js', () => ({ lineParse: () => undefined }));
  vi.doMock('../../src/load/fast-parse.js', async (original) => ({ ...(await original<object>()), fastParse: () => undefined }));
  const m = await import('../../src/validate/validate.js');
  vi.doUnmock('../../src/load/line-parse.js');
  vi.doUnmock('../../src/load/fast-parse.js');
  vi.resetModules();
  return m;
}

async function withFastPath(): Promise<Validate> {
  vi.resetModules();
  return import('../../src/validate/validate.js');
}

/** Findings and data of a repository, as plain JSON. */
function snapshot(v: Validate, dir: string) {
  const r = v.validatePaths([], { lang: 'zh', asOf: '2026-06-30', cwd: dir });
  return {
    findings: r.findings,
    data: r.project.files.map((f) => [f.source.path, f.kind, f.data, f.schemaOk, [...(f.badEntries ?? [])]]),
    fast: r.project.files.filter((f) => f.fast).length,
  };
}

const broken = tempRepo({
  ...MINI,
  'domains/alias.yaml': 'kind: domain\ndomain: 自然资源\nbase: &duties [日常巡查，发现后及时劝阻并报告]\nitems:\n  - id: AL-001\n    name: 使用别名的事项\n    lead: {party: 县自然资源局, duties: *duties}\n',
  'domains/bomb.yaml': 'kind: domain\ndomain: 自然资源\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nitems: []\n',
  'domains/dup.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: DU-001\n    name: 甲\n    name: 乙\n    lead: {party: 县自然资源局, duties: [巡查]}\n',
  'domains/syntax.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: SY-001\n    name: "未闭合\n    lead: {party: 县自然资源局, duties: [巡查]}\n',
  'domains/tab.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n\t- id: TB-001\n',
  'domains/schema.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: SC-001\n    name: 缺少主责\n  - id: 001\n    name: 编号\n    lead: {party: 县自然资源局, duties: [巡查]}\n    extra: 1\n',
});

describe('the fast path changes nothing but speed', () => {
  const repos: Repo[] = [
    ...EXAMPLES,
    ['files with aliases, an alias bomb, duplicate keys, syntax errors, tabs and schema errors', () => broken],
    ...generated('county', 'city'),
  ];
  for (const [what, dir] of repos) {
    it(`same findings and data: ${what}`, async () => {
      const before = snapshot(await yamlOnly(), dir());
      const after = snapshot(await withFastPath(), dir());
      expect(after.findings).toEqual(before.findings);
      expect(JSON.stringify(after.data)).toBe(JSON.stringify(before.data));
      // The comparison is between the two ways: no file took a fast path before, some do now.
      expect(before.fast).toBe(0);
      expect(after.fast).toBeGreaterThan(0);
    });
  }

  it('reports the broken files with the rules and positions of yaml', async () => {
    const { findings } = snapshot(await withFastPath(), broken);
    const codes = findings.filter((f) => f.file.startsWith('domains/') && f.file !== 'domains/base.yaml').map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);
    expect(codes).toEqual(expect.arrayContaining(['domains/bomb.yaml:4:8 alias-limit', 'domains/dup.yaml:6:5 duplicate-key', 'domains/tab.yaml:4:1 yaml-syntax']));
    expect(codes.some((c) => c.startsWith('domains/syntax.yaml') && c.endsWith('yaml-syntax'))).toBe(true);
  });
});
