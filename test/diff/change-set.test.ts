import { describe, expect, it } from 'vitest';
import { diffJson, TestRepo } from './git-repo.js';
import { edit, LAND, V1 } from './fixture.js';

const BOTH = ['东湖镇', '西山乡'];

/** A repository at v1, with v2 committed from an edited land file. */
function twoRevisions(land: string): TestRepo {
  return new TestRepo(V1).write({ 'domains/base.yaml': land }).commit('v2');
}

describe('resp diff: the change set of the county lists', () => {
  it('reports an added and a removed item with the item itself, the townships reached and legal review', async () => {
    const added = `  - id: ZR-006
    name: 非法开采砂石的查处
    power: 行政处罚
    lead: {party: 县自然资源局, duties: [依法查处非法开采砂石行为]}
    support:
      - {party: 乡镇（街道）, duties: [巡查发现并报告]}
    basis: [《中华人民共和国矿产资源法》第三十九条]
    change: {reason: 落实河道采砂专项整治要求, requested_by: 县自然资源局, document: 示政办发〔2025〕3号}
`;
    const land = edit(LAND + added, [LAND.slice(LAND.indexOf('  - id: ZR-003'), LAND.indexOf('  - id: ZR-004')), '']);
    const { code, set } = await diffJson(twoRevisions(land).dir, 'v1', 'v2');
    expect(code).toBe(0);
    expect(set.changes.map((c: any) => [c.type, c.id, c.townships, c.review])).toEqual([
      ['remove', 'ZR-003', BOTH, true],
      ['add', 'ZR-006', BOTH, true],
    ]);
    const [removed, add] = set.changes;
    expect(removed.before).toMatchObject({ name: '地质灾害隐患点巡查', lead: { party: '县自然资源局' } });
    expect(removed.missingReason).toBe(true);
    expect(add.after.basis).toEqual(['《中华人民共和国矿产资源法》第三十九条']);
    expect(add.after.change).toBeUndefined();
    expect(add).toMatchObject({ reason: '落实河道采砂专项整治要求', requestedBy: '县自然资源局', document: '示政办发〔2025〕3号', missingReason: false });
    expect(add.at).toEqual({ revision: 'to', file: 'domains/base.yaml', line: 46 });
    expect(set.summary).toMatchObject({ changes: 2, needsReview: 2, missingReasons: 1, townshipsAffected: BOTH, townshipsTotal: 2 });
    expect(set.summary.byType).toMatchObject({ add: 1, remove: 1, modify: 0 });
  });

  it('lists field changes inside a support party and a citation added; only the citation needs review', async () => {
    const land = edit(LAND,
      ['duties: [配合开展安全检查]', 'duties: [配合开展矿山安全检查, 提供应急救援力量]'],
      ['basis: [《地质灾害防治条例》第十七条]', 'basis: [《地质灾害防治条例》第十七条, 《地质灾害防治条例》第十八条]'],
    );
    const { set } = await diffJson(twoRevisions(land).dir, 'v1', 'v2');
    const [duty, basis] = set.changes;
    expect(duty).toMatchObject({ id: 'ZR-002', type: 'modify', review: false, townships: BOTH });
    expect(duty.fields).toEqual([
      { field: 'support.duties', party: '县应急局', op: 'change', before: '配合开展安全检查', after: '配合开展矿山安全检查', review: false },
      { field: 'support.duties', party: '县应急局', op: 'add', after: '提供应急救援力量', review: false },
    ]);
    expect(basis).toMatchObject({ id: 'ZR-003', type: 'modify', review: true });
    expect(basis.fields).toEqual([{ field: 'basis', op: 'add', after: '《地质灾害防治条例》第十八条', review: true }]);
    expect(set.changes).toHaveLength(2);
  });

  it('reports support parties added and removed, matching a party by who it is, not by spelling', async () => {
    const land = edit(LAND,
      // Same department, official name instead of the short one: wording, not a new party.
      ['      - party: 县应急局\n        duties: [配合开展安全检查]', '      - party: 示例县应急管理局\n        duties: [配合开展安全检查]'],
      ['      - party: 县应急局\n        duties: [提供安全生产专业支持]', '      - party: 县综合执法局\n        duties: [配合查处]'],
    );
    const { set } = await diffJson(twoRevisions(land).dir, 'v1', 'v2');
    expect(set.changes.map((c: any) => [c.id, c.fields.map((f: any) => [f.field, f.op, f.party])])).toEqual([
      ['ZR-002', [['support.party', 'change', '示例县应急管理局']]],
      ['ZR-005', [['support', 'add', '县综合执法局'], ['support', 'remove', '县应急局']]],
    ]);
    expect(set.changes.every((c: any) => !c.review)).toBe(true);
  });

  it('sees a new id on the same content as a renumbering, not a removal and an addition', async () => {
    const land = edit(LAND, ['id: ZR-004', 'id: ZR-104'], ['id: ZR-001', 'id: ZR-101'], ['duties: [依法立案查处非法占用土地行为]', 'duties: [依法立案查处非法占用土地的行为]']);
    const { set } = await diffJson(twoRevisions(land).dir, 'v1', 'v2');
    expect(set.changes.map((c: any) => [c.types, c.oldId, c.id, c.review])).toEqual([
      // Same name, lead and basis, duties reworded: renumbered and modified.
      [['modify', 'renumber'], 'ZR-001', 'ZR-101', false],
      [['renumber'], 'ZR-004', 'ZR-104', false],
    ]);
    expect(set.changes[1].fields).toEqual([]);
    expect(set.summary.byType).toMatchObject({ add: 0, remove: 0, renumber: 1, modify: 1 });
  });

  it('classifies a lead moving to another county department as 移交, needing review', async () => {
    const land = edit(LAND, [
      '    lead:\n      party: 县自然资源局\n      duties: [开展矿山执法检查]',
      '    lead:\n      party: 县应急局\n      duties: [开展矿山执法检查]\n    change: {reason: 矿山安全监管职责划转, requested_by: 县应急局}',
    ]);
    const { set } = await diffJson(twoRevisions(land).dir, 'v1', 'v2');
    expect(set.changes).toEqual([
      expect.objectContaining({
        type: 'transfer', id: 'ZR-005', review: true, townships: [], layer: 'county',
        reason: '矿山安全监管职责划转', requestedBy: '县应急局', missingReason: false,
        fields: [{ field: 'lead.party', op: 'change', before: '县自然资源局', after: '县应急局', review: true }],
      }),
    ]);
  });

  it('classifies a power moving to townships as 赋权 and moving back as 收回', async () => {
    const delegated = edit(LAND, [
      '    lead:\n      party: 县自然资源局\n      duties: [依法查处违法建设]\n    support:\n      - party: 乡镇（街道）\n        duties: [巡查发现违法建设并报告]',
      [
        '    lead:',
        '      party: 乡镇（街道）',
        '      duties: [依法查处违法建设]',
        '    delegation: {route: 交由, in_name_of: 乡镇, decided_by: 示例省人民政府, document: 示政字〔2024〕35号, date: 2024-06-01}',
        '    support:',
        '      - party: 县自然资源局',
        '        duties: [业务指导和培训]',
        '    change: {reason: 赋予乡镇行政执法权, requested_by: 县司法局}',
      ].join('\n'),
    ]);
    const repo = twoRevisions(delegated).write({ 'domains/base.yaml': LAND }).commit('v3');
    const forth = (await diffJson(repo.dir, 'v1', 'v2')).set.changes;
    expect(forth.map((c: any) => [c.id, c.types, c.review])).toEqual([['ZR-004', ['delegate', 'modify'], true]]);
    expect(forth[0].fields.map((f: any) => [f.field, f.op, f.party])).toEqual([
      ['lead.party', 'change', undefined],
      ['support', 'add', '县自然资源局'],
      ['support', 'remove', '乡镇（街道）'],
      ['delegation', 'add', undefined],
    ]);
    const back = (await diffJson(repo.dir, 'v2', 'v3')).set.changes;
    expect(back.map((c: any) => [c.id, c.type, c.review])).toEqual([['ZR-004', 'recall', true]]);
    expect(back[0].fields.find((f: any) => f.field === 'delegation')).toMatchObject({ op: 'remove', before: { route: '交由', document: '示政字〔2024〕35号' } });
  });

  it('reports a change without a reason, and a reason left over from an earlier change, as missing', async () => {
    const noted = edit(LAND, ['name: 违法采矿的查处', 'name: 违法采矿的查处\n    change: {reason: 名称规范}']);
    const repo = twoRevisions(noted);
    repo.write({ 'domains/base.yaml': edit(noted, ['name: 违法采矿的查处', 'name: 违法开采矿产资源的查处'], ['name: 违法建设的查处', 'name: 违法建设行为的查处']) }).commit('v3');
    const { set } = await diffJson(repo.dir, 'v2', 'v3');
    expect(set.changes.map((c: any) => [c.id, c.missingReason, c.staleReason, c.reason])).toEqual([
      ['ZR-002', true, true, undefined],
      ['ZR-004', true, undefined, undefined],
    ]);
    expect(set.summary.missingReasons).toBe(2);
    // A change note alone is no change of the list.
    expect((await diffJson(repo.dir, 'v1', 'v2')).set.changes).toEqual([]);
  });
});
