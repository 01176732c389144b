import { describe, expect, it } from 'vitest';
import { check } from '../rule-tester.js';

const RULE = 'township-enforcement';

/** One county item whose township duty the test chooses; no basis names the township, no delegation. */
const domain = (duty: string) =>
  [
    'kind: domain',
    'domain: 综合执法',
    'items:',
    '  - id: ZF-101',
    '    name: 事项',
    '    lead: {party: 县综合执法局, duties: [依法查处]}',
    '    support:',
    `      - {party: 乡镇（街道）, duties: ["${duty}"]}`,
    '',
  ].join('\n');

const terms = (duty: string) => {
  const f = check(RULE, { 'domains/a.yaml': domain(duty) });
  return f.length ? /含执法行为“([^”]+)”/.exec(f[0].message)![1] : '';
};

describe('enforcement vocabulary in every written form', () => {
  it('finds the township\'s own enforcement acts, abbreviated, paired or bracketed', () => {
    expect(terms('发现非法采砂的，查扣采砂船只和机具')).toBe('查扣');
    expect(terms('对劝阻无效的流动摊贩，暂扣其经营工具和物品')).toBe('暂扣');
    expect(terms('对违法经营场所依法扣押查封')).toBe('扣押查封');
    expect(terms('对涉案物品予以查封（扣押）')).toBe('查封、扣押');
    expect(terms('对涉案物品予以查封(扣押)')).toBe('查封、扣押');
    expect(terms('情节严重的，责令停产停业')).toBe('责令停产停业');
    expect(terms('没收违法所得')).toBe('没收违法所得');
    expect(terms('吊销其许可证件')).toBe('吊销');
    expect(terms('对无照经营予以取缔')).toBe('取缔');
    expect(terms('逾期不拆除的，强制拆除')).toBe('强制拆除');
  });

  it('stays silent on cooperation sentences that mention enforcement', () => {
    for (const duty of [
      '协助送达处罚决定书',
      '配合做好强制拆除现场秩序维护',
      '将线索移交县综合执法局立案查处',
      '对被吊销营业执照的经营户开展回访，发现继续经营的及时报告',
      '督促当事人自行拆除，并告知逾期将被依法申请强制执行的后果',
      '对个人之间的林木所有权争议依法调查处理',
      '宣传禁止占道经营及罚款规定',
    ]) {
      expect(check(RULE, { 'domains/a.yaml': domain(duty) }), duty).toEqual([]);
    }
  });

  it('an act done to someone after 被 is not the party\'s act, but an act the township does after a report is', () => {
    expect(terms('对被举报的占道经营行为依法罚款')).toBe('罚款');
  });
});
