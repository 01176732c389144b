/** Reading titles and single cells: jurisdiction and township, numbered duties, parties, units with offices, bases. */
import { describe, expect, it } from 'vitest';
import { jurisdictionOf, revisionOf, townshipOf } from '../../src/import/assemble.js';
import { readBasis } from '../../src/import/basis.js';
import { declaredTotal, splitNumbered, splitParties, tidy, unitCell, unitDutiesCell } from '../../src/import/cells.js';

describe('titles', () => {
  it.each([
    ['青禾县县乡“属地管理”事项主体责任和配合责任清单', '青禾县', undefined],
    ['东湖镇履行职责事项清单', undefined, '东湖镇'],
    ['2022年宁国市胡乐镇配合事项清单', '宁国市', '胡乐镇'],
    ['明光市明南街道2019年权力清单和责任清单', '明光市', '明南街道'],
    ['青岛市即墨区田横镇权责清单', '即墨区', '田横镇'],
    ['山东省滨州市惠民县县乡属地管理事项清单', '惠民县', undefined],
    ['乡镇（街道）履行职责事项清单', undefined, undefined],
  ])('%s → %s, %s', (title, county, township) => {
    expect(jurisdictionOf(title)).toBe(county);
    expect(townshipOf(title, jurisdictionOf(title))).toBe(township);
  });

  it('reads the revision line and declared totals', () => {
    expect(revisionOf('版本：2026.1　施行日期：2026-07-01　批准机关：中共青禾县委 青禾县人民政府　批准文号：青办发〔2026〕18号')).toEqual({
      version: '2026.1', effective: '2026-07-01', approved_by: '中共青禾县委 青禾县人民政府', document: '青办发〔2026〕18号',
    });
    expect(declaredTotal('（共45项）')).toBe(45);
    expect(declaredTotal('合计：12 项')).toBe(12);
    expect(declaredTotal('第45条')).toBeUndefined();
  });
});

describe('cells', () => {
  it('tidies widths and wrap artefacts, keeping numbers', () => {
    expect(tidy(' 发现问题,及时报告. ')).toBe('发现问题，及时报告。');
    expect(tidy('街道办事\n\n处')).toBe('街道办事\n处');
    expect(tidy('间距1.5米(含)')).toBe('间距1.5米（含）');
  });

  it('splits numbered duties in every style, and joins lines a wrap cut', () => {
    expect(splitNumbered('1.巡查；\n2.报告。')).toEqual(['巡查', '报告。']);
    expect(splitNumbered('1、巡查。2、报告。')).toEqual(['巡查。', '报告。']);
    expect(splitNumbered('（1）巡查；（2）报告。')).toEqual(['巡查', '报告。']);
    expect(splitNumbered('①巡查\n②报告')).toEqual(['巡查', '报告']);
    expect(splitNumbered('依法查处在河道管理范围内\n建设妨碍行洪的建筑物。\n督促整改。')).toEqual(['依法查处在河道管理范围内建设妨碍行洪的建筑物。', '督促整改。']);
    expect(splitNumbered('设置1.5米宽的通道。')).toEqual(['设置1.5米宽的通道。']);
  });

  it('splits parties, but not a name with 和 inside', () => {
    expect(splitParties('县公安局、县交通运输局\n县水利局')).toEqual(['县公安局', '县交通运输局', '县水利局']);
    expect(splitParties('县住房和城乡建设局')).toEqual(['县住房和城乡建设局']);
    expect(splitParties('县公安局和县交通运输局')).toEqual(['县公安局', '县交通运输局']);
    expect(splitParties('县自然资源和规划局等')).toEqual(['县自然资源和规划局']);
  });

  it('reads a unit with its office, and units with their duties', () => {
    expect(unitCell('乡镇（街道）\n（城乡建设办公室）')).toEqual({ party: '乡镇（街道）', office: '城乡建设办公室' });
    expect(unitCell('县水利局')).toEqual({ party: '县水利局' });
    expect(unitDutiesCell('县农业农村局：指导审批。\n县自然资源和规划局：\n1.提供规划信息。\n2.办理转用。\n另见附件')).toEqual({
      parties: [
        { party: '县农业农村局', duties: ['指导审批。'] },
        { party: '县自然资源和规划局', duties: ['提供规划信息。', '办理转用。另见附件'] },
      ],
      rest: '',
    });
  });
});

describe('legal basis cells', () => {
  it('splits citations, keeps the title for a later article, moves pasted text to notes', () => {
    expect(readBasis('1.《中华人民共和国土地管理法》第七十八条\n2.《村庄和集镇规划建设管理条例》、《建制镇规划建设管理办法》')).toEqual({
      bases: ['《中华人民共和国土地管理法》第七十八条', '《村庄和集镇规划建设管理条例》', '《建制镇规划建设管理办法》'],
      quoted: [],
      unparsed: [],
    });
    const r = readBasis('《安徽省人口与计划生育条例》第三十九条 在国家提倡一对夫妻生育一个子女期间，自愿终身只生育一个子女的夫妻……\n第四十九条已经领取独生子女父母光荣证的……');
    expect(r.bases).toEqual(['《安徽省人口与计划生育条例》第三十九条', '《安徽省人口与计划生育条例》第四十九条']);
    expect(r.quoted).toHaveLength(2);
    expect(r.quoted[0]).toMatch(/^《安徽省人口与计划生育条例》第三十九条：在国家提倡/);
    expect(readBasis('《村庄和集镇规划建设管理条例》（1993年6月国务院令第116号）第三十七条：“在村庄、集镇规划区内……”').bases).toEqual(['《村庄和集镇规划建设管理条例》（1993年6月国务院令第116号）第三十七条']);
    expect(readBasis('相关法律法规')).toEqual({ bases: ['相关法律法规'], quoted: [], unparsed: ['相关法律法规'] });
  });
});
