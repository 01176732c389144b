/**
 * An edited domain file loaded beside its other revision (src/diff/load-beside.ts) must be exactly what
 * loading it whole gives — data, entry lines, schema marks and findings with their positions — or the
 * shortcut must decline. Checked on every edited file of a generated city and on hand-made edits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBeside } from '../../src/diff/load-beside.js';
import type { LoadedFile } from '../../src/load/load-file.js';
import { loadBuffer } from '../../src/validate/load.js';
import { corpus } from '../perf/corpus.js';

const OPTS = { lang: 'zh' as const, maxFileMb: 10 };
const load = (text: string, name = 'domains/x.yaml') => loadBuffer(name, `/r/${name}`, Buffer.from(text), OPTS);
const shape = (f: LoadedFile) => ({ kind: f.kind, data: f.data, schemaOk: f.schemaOk, badEntries: f.badEntries, entryLines: f.entryLines, findings: f.findings });

/** loadBeside of b next to a, and loading b whole. */
function both(a: string, b: string) {
  const la = load(a);
  return { beside: loadBeside('domains/x.yaml', '/r/domains/x.yaml', b, la, a, OPTS), whole: load(b) };
}

describe('an edited domain file loaded beside its other revision', () => {
  it('equals loading it whole for every edited file of a generated city', () => {
    const c = corpus('city');
    const dir = (rev: string) => join(c.dir, rev, 'domains');
    let applied = 0;
    let edited = 0;
    for (const name of readdirSync(dir('a')).sort()) {
      const a = readFileSync(join(dir('a'), name), 'utf8');
      let b: string;
      try {
        b = readFileSync(join(dir('b'), name), 'utf8');
      } catch {
        continue;
      }
      if (a === b) continue;
      edited++;
      const rel = `domains/${name}`;
      const la = loadBuffer(rel, join(dir('a'), name), Buffer.from(a), OPTS);
      const beside = loadBeside(rel, join(dir('b'), name), b, la, a, OPTS);
      if (!beside) continue;
      applied++;
      expect(shape(beside), name).toEqual(shape(loadBuffer(rel, join(dir('b'), name), Buffer.from(b), OPTS)));
    }
    expect(edited).toBeGreaterThan(20);
    expect(applied).toBe(edited);
  });

  const A = `kind: domain
domain: 自然资源
# 县自然资源局的事项
items:
  - id: ZR-001
    name: 非法占用土地行为的查处
    power: 行政处罚
    lead: {party: 县自然资源局, duties: [依法查处]}
  # 第二项
  - id: ZR-002
    name: 违法采矿的查处
    power: 行政处罚
    lead:
      party: 县自然资源局
      duties:
        - 依法查处违法采矿行为
  - id: ZR-003
    name: 耕地保护的监督
    power: 行政检查
    lead: {party: 县自然资源局, duties: [监督检查]}
`;
  const edit = (from: string, to: string) => {
    expect(A).toContain(from);
    return A.replace(from, to);
  };

  it.each([
    ['a duty reworded', edit('依法查处违法采矿行为', '依法查处违法开采矿产资源行为')],
    ['an item removed', edit('  - id: ZR-003\n    name: 耕地保护的监督\n    power: 行政检查\n    lead: {party: 县自然资源局, duties: [监督检查]}\n', '')],
    ['an item added first', edit('items:\n', 'items:\n  - id: ZR-000\n    name: 新增事项\n    power: 其他\n    lead: {party: 县自然资源局, duties: [组织实施]}\n')],
    ['items swapped', edit('  - id: ZR-001', '  - id: ZR-001X').replace('ZR-001X', 'ZR-001')],
    ['a schema error in the edited item (its position)', edit('power: 行政检查', 'power: 行政检察')],
    ['a number where text is expected', edit('name: 违法采矿的查处', 'name: 2026')],
    ['a comment between items', edit('  # 第二项\n', '  # 第二项（修订）\n')],
    ['line ends CRLF in both', null],
  ] as const)('%s: the same as loading it whole', (_, b) => {
    const [a, bb] = b === null ? [A.replaceAll('\n', '\r\n'), edit('监督检查]', '监督检查，每季度一次]').replaceAll('\n', '\r\n')] : [A, b];
    const r = both(a, bb);
    expect(r.beside).toBeDefined();
    expect(shape(r.beside!)).toEqual(shape(r.whole));
  });

  it('declines when the other side did not take the fast path (an anchor anywhere in it)', () => {
    const a = A.replace('name: 非法占用土地行为的查处', 'name: &t 非法占用土地行为的查处');
    expect(load(a).fast).toBeUndefined();
    expect(both(a, a.replace('依法查处违法采矿行为', '依法查处违法开采矿产资源行为')).beside).toBeUndefined();
  });

  it('declines when one unchanged item would stand twice (a parse gives two objects)', () => {
    const second = A.slice(A.indexOf('  - id: ZR-002'), A.indexOf('  - id: ZR-003'));
    const r = both(A, edit(second, second + second));
    expect(r.whole.findings).toEqual([]);
    expect(r.beside).toBeUndefined();
  });

  it.each([
    ['the text before the items changed', edit('domain: 自然资源', 'domain: 自然资源和规划')],
    ['a key after the items', `${A}list: 属地管理\n`],
    ['an entry whose content starts on the next line', edit('  - id: ZR-003\n', '  -\n    id: ZR-003\n')],
    ['a duplicate key in the edited item', edit('    power: 行政检查\n', '    power: 行政检查\n    power: 其他\n')],
    ['an anchor in the edited item', edit('name: 耕地保护的监督', 'name: &n 耕地保护的监督')],
    ['a tab', edit('    power: 行政检查', '\tpower: 行政检查')],
  ])('%s: declines, and the file is loaded whole', (_, b) => {
    expect(both(A, b).beside).toBeUndefined();
  });
});
