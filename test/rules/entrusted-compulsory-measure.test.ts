import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'entrusted-compulsory-measure';

/** An item led by 东湖镇 with one duty, a basis and a delegation (YAML flow mappings). */
const item = (duty: string, basis: string, delegation: string) =>
  [
    'kind: domain',
    'domain: 综合执法',
    'items:',
    '  - id: ZF-101',
    '    name: 占道经营的查处',
    '    power: 行政处罚',
    '    lead:',
    '      party: 东湖镇',
    `      duties: [${duty}]`,
    `    basis: [${basis}]`,
    ...(delegation ? [`    delegation: ${delegation}`] : []),
    '',
  ].join('\n');

const ENTRUST = '{route: 委托, in_name_of: 部门, entrusted_by: 县综合执法局, document: 示综执委〔2026〕1号}';
const HAND_OVER = '{route: 交由, in_name_of: 乡镇, decided_by: 山东省人民政府, document: 鲁政字〔2024〕35号}';
const REGULATION = '《城市市容和环境卫生管理条例》第三十六条';

describe('entrusted-compulsory-measure', () => {
  it('reports a compulsory measure held by entrustment', () => {
    const f = check(RULE, { 'domains/a.yaml': item('以县综合执法局名义查处占道经营，扣押经营工具', REGULATION, ENTRUST) });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 16]]);
    expect(f[0].message).toBe('东湖镇的职责“以县综合执法局名义查处占道经营，扣押经营工具”含行政强制措施“扣押”，而本事项以委托方式赋权；行政强制法第十七条：行政强制措施权不得委托');
    expect(f[0].item).toBe('ZF-101');
  });

  it('reports a compulsory measure entrusted through includes', () => {
    const del = ENTRUST.replace('}', ', includes: [行政检查, 行政强制措施]}');
    const f = check(RULE, { 'domains/a.yaml': item('以县综合执法局名义查处占道经营', REGULATION, del) }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 11, 108]]);
    expect(f[0].message).toBe('the delegation record entrusts "行政强制措施" as well; 行政强制法 Art. 17: the power of compulsory measures cannot be entrusted');
  });

  it('reads 就地封存 as a measure and 责令恢复原状 as an order, not as execution', () => {
    const f = check(RULE, {
      'domains/a.yaml': item('以县综合执法局名义查处违法行为，对问题食品就地封存', REGULATION, ENTRUST),
      'domains/b.yaml': item('以县综合执法局名义对擅自拆除环境卫生设施的责令恢复原状，并处罚款', REGULATION, ENTRUST).replace('ZF-101', 'ZF-102'),
    });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 16]]);
    expect(f[0].message).toContain('含行政强制措施“就地封存”');
  });

  it('reports a measure in the duties of another entrusted body (a 事业单位 as lead), not in the entrusting department\'s', () => {
    const entrusted = (lead: string, duty: string) =>
      [
        'kind: domain',
        'domain: 交通运输',
        'items:',
        '  - id: JT-101',
        '    name: 超限运输车辆擅自行驶公路的处罚',
        '    power: 行政处罚',
        `    lead: {party: ${lead}, duties: [${duty}]}`,
        '    basis: [《中华人民共和国公路法》第七十六条第（五）项]',
        '    delegation: {route: 委托, in_name_of: 部门, entrusted_by: 县交通运输局, document: 示交委〔2026〕1号}',
        '',
      ].join('\n');
    const f = check(RULE, { 'domains/a.yaml': entrusted('县公路中心', '以县交通运输局名义查处超限运输，对拒不卸载的车辆予以扣留') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 7, 35]]);
    expect(f[0].messageId).toBe('entrusted');
    expect(f[0].message).toContain('县公路中心的职责');
    expect(check(RULE, { 'domains/a.yaml': entrusted('县公路中心', '以县交通运输局名义查处超限运输，发现拒不卸载的报告县交通运输局') })).toEqual([]);
    expect(check(RULE, { 'domains/a.yaml': entrusted('县交通运输局', '依法查处超限运输，对拒不卸载的车辆予以扣留') })).toEqual([]);
  });

  it('reads 行政强制 in the includes of an entrustment as entrusting the measures too', () => {
    const f = check(RULE, { 'domains/a.yaml': item('以县综合执法局名义查处占道经营', REGULATION, ENTRUST.replace('}', ', includes: [行政处罚, 行政强制]}')) });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 11, 108]]);
    expect(f[0].messageId).toBe('entrustedIncludes');
    expect(check(RULE, { 'domains/a.yaml': item('以县综合执法局名义查处占道经营', REGULATION, ENTRUST.replace('}', ', includes: [行政处罚, 行政检查]}')) })).toEqual([]);
  });

  it('accepts a measure under a provincial hand-over decision', () => {
    expect(check(RULE, { 'domains/a.yaml': item('依法查封违法经营场所', REGULATION, HAND_OVER) })).toEqual([]);
  });

  it('reports compulsory execution without a law, and accepts it with 城乡规划法第六十五条', () => {
    const f = check(RULE, { 'domains/a.yaml': item('逾期不拆除的，依法强制拆除', REGULATION, HAND_OVER) });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 9, 16]]);
    expect(f[0].message).toBe('东湖镇的职责“逾期不拆除的，依法强制拆除”含行政强制执行“强制拆除”，但本事项没有法律依据；行政强制法第十三条：行政强制执行由法律设定');
    expect(check(RULE, { 'domains/a.yaml': item('逾期不拆除的，依法强制拆除', '《中华人民共和国城乡规划法》第六十五条', HAND_OVER) })).toEqual([]);
  });

  it('reports execution included in a delegation without a law', () => {
    const del = HAND_OVER.replace('}', ', includes: [行政强制执行]}');
    const f = check(RULE, { 'domains/a.yaml': item('依法查处占道经营', REGULATION, del) });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 11, 101]]);
  });

  it('leaves items without a delegation to township-enforcement, and cooperation alone', () => {
    const files = { 'domains/a.yaml': item('扣押经营工具', REGULATION, '') };
    expect(check(RULE, files)).toEqual([]);
    expect(where(check('township-enforcement', files))).toEqual([['township-enforcement', 'domains/a.yaml', 9, 16]]);
    expect(check(RULE, { 'domains/a.yaml': item('协助县综合执法局扣押经营工具', REGULATION, ENTRUST) })).toEqual([]);
  });
});
