import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../src/diff/diff-projects.js';
import { listFolder } from '../../src/diff/listing.js';
import { loadRevisions } from '../../src/diff/load-revisions.js';
import { tempRepo } from '../helpers.js';
import { diffJson, TestRepo } from './git-repo.js';
import { DONGHU, edit, LAND, V1 } from './fixture.js';

/** The change set of two folders, reading only the items that may differ, and reading every item. */
async function both(a: Record<string, string>, b: Record<string, string>) {
  const A = listFolder(tempRepo(a), { kind: 'folder', name: 'a' });
  const B = listFolder(tempRepo(b), { kind: 'folder', name: 'b' });
  const lean = await loadRevisions(A, B, 'zh');
  const full = await loadRevisions(A, B, 'zh', { keepAll: true });
  const items = (r: typeof lean) => r.map((rev) => rev.project.domains.reduce((n, f) => n + f.data!.items.length, 0));
  return { lean: diffRevisions(...lean), full: diffRevisions(...full), kept: items(lean), all: items(full) };
}

// A second domain file with items that stay the same, and one that moves in from base.yaml.
const WATER = `kind: domain
domain: 水利
items:
  - id: SL-001
    name: 河道采砂的监督
    power: 行政检查
    lead: {party: 县自然资源局, duties: [依法监督检查河道采砂]}
    support:
      - {party: 乡镇（街道）, duties: [日常巡查，发现非法采砂及时报告]}
  - id: SL-002
    name: 水库巡查
    power: 其他
    lead: {party: 县应急局, duties: [组织水库安全检查]}
    support:
      - {party: 乡镇（街道）, duties: [汛期加密巡查]}
`;
const A: Record<string, string> = { ...V1, 'domains/water.yaml': WATER };
const [head, ...rest] = LAND.split('\n  - id: ');
const firstOfLand = `  - id: ${rest[0]}`;
const withoutFirst = [head, ...rest.slice(1)].join('\n  - id: ');

describe('resp diff: only the items that may differ are kept', () => {
  it('gives the change set of the whole lists, reading a fraction of the items', async () => {
    const r = await both(A, { ...A, 'domains/base.yaml': edit(LAND, ['依法查处违法采矿行为', '依法查处违法开采矿产资源行为']) });
    expect(r.lean).toEqual(r.full);
    expect(r.lean.changes.map((c) => c.id)).toEqual(['ZR-002']);
    expect(r.kept[0]).toBeLessThan(r.all[0]);
  });

  it('keeps the order of domains when the first item of a file goes', async () => {
    const r = await both(A, { ...A, 'domains/base.yaml': withoutFirst, 'domains/water.yaml': edit(WATER, ['汛期加密巡查', '汛期每日巡查']) });
    expect(r.lean).toEqual(r.full);
    expect(r.lean.changes.map((c) => [c.type, c.id])).toEqual([['remove', 'ZR-001'], ['modify', 'SL-002']]);
  });

  it('sees an item that moved to another file unchanged as unchanged', async () => {
    const r = await both(A, { ...A, 'domains/base.yaml': withoutFirst, 'domains/water.yaml': `${WATER}${firstOfLand.trimEnd()}\n` });
    expect(r.lean).toEqual(r.full);
  });

  it('follows a township excluding or adjusting an item nobody changed', async () => {
    const r = await both(A, {
      ...A,
      'townships/东湖镇.yaml': `${DONGHU}exclude:\n  - {item: SL-001, reason: 本镇无河道, approval: 示编办〔2026〕3号}\nadjust:\n  - item: SL-002\n    reason: 由应急办承办\n    set: {office: 党政综合办公室}\n`,
    });
    expect(r.lean).toEqual(r.full);
    expect(r.lean.changes.map((c) => [c.layer, c.type, c.id, c.townships])).toEqual([
      ['township', 'remove', 'SL-001', ['东湖镇']],
      ['township', 'modify', 'SL-002', ['东湖镇']],
    ]);
  });

  it('finds a renumbered item, a changed domain and a duplicated id as the whole lists do', async () => {
    const dup = WATER.replace('id: SL-002', 'id: SL-001');
    const r = await both({ ...A, 'domains/water.yaml': dup }, {
      ...A,
      'domains/water.yaml': edit(dup, ['domain: 水利', 'domain: 水务'], ['汛期加密巡查', '汛期每日巡查']),
      'domains/base.yaml': edit(LAND, ['id: ZR-003', 'id: ZR-013']),
    });
    expect(r.lean).toEqual(r.full);
    expect(r.lean.changes.length).toBeGreaterThan(1);
  });

  it('reads every item when the registries differ', async () => {
    const renamed = { ...A, 'registry/townships.yaml': A['registry/townships.yaml'].replace('西山乡', '西山镇') };
    const r = await both(A, renamed);
    expect(r.lean).toEqual(r.full);
    expect(r.kept).toEqual(r.all);
  });

  it('reads a git revision in batches and finds what the same folders give', async () => {
    // More domain files than one batch holds; a few change between the revisions.
    const many: Record<string, string> = { ...A };
    for (let i = 0; i < 300; i++) many[`domains/d${String(i).padStart(3, '0')}.yaml`] = WATER.replaceAll('SL-00', `S${i}-00`);
    const after: Record<string, string> = { ...many };
    for (const i of [5, 150, 299]) after[`domains/d${String(i).padStart(3, '0')}.yaml`] = edit(many[`domains/d${String(i).padStart(3, '0')}.yaml`], ['汛期加密巡查', '汛期每日巡查']);
    delete after['domains/d100.yaml'];
    const repo = new TestRepo(many);
    repo.write({ ...after, 'domains/d100.yaml': null }).commit('v2');
    const git = await diffJson(repo.dir, 'v1', 'v2');
    const folders = await both(many, after);
    expect(git.set.changes).toEqual(JSON.parse(JSON.stringify(folders.lean.changes)).map((c: any) => ({ ...c, at: expect.anything() })));
    expect(git.set.changes.map((c: any) => [c.type, c.id])).toEqual([
      ['modify', 'S5-002'], ['remove', 'S100-001'], ['remove', 'S100-002'], ['modify', 'S150-002'], ['modify', 'S299-002'],
    ]);
  });
});
