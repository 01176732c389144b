import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const RULE = 'enforcement-subject-capacity';

const item = (id: string, power: string, lead: string) =>
  `  - id: ${id}\n    name: 事项${id}\n    power: ${power}\n    lead: {party: ${lead}, duties: [依法实施]}\n    basis: [《中华人民共和国安全生产法》第九十四条]\n`;
const domain = (...items: string[]) => `kind: domain\ndomain: 应急管理\nitems:\n${items.join('')}`;

describe('enforcement-subject-capacity', () => {
  it('reports a registered coordinating body leading a penalty item', () => {
    const f = check(RULE, { 'domains/a.yaml': domain(item('YJ-101', '行政处罚', '县安委办')) });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 7, 19]]);
    expect(f[0].message).toBe('行政处罚事项的主体“县安委办”登记为议事协调机构，不具备行政执法主体资格（行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效）');
    expect(f[0].item).toBe('YJ-101');
  });

  it('reports unregistered command posts, leading groups, committee offices and village committees by their names', () => {
    const f = check(
      RULE,
      {
        'domains/a.yaml': domain(
          item('YJ-101', '行政强制', '县违法建设治理指挥部'),
          item('YJ-102', '行政处罚', '县扫黑除恶专项斗争领导小组办公室'),
          item('YJ-103', '[行政检查, 行政处罚]', '县食品安全委员会办公室'),
          item('YJ-104', '行政许可', '东湖村村民委员会'),
          item('YJ-105', '行政处罚', '县秸秆禁烧工作专班'),
        ),
      },
      { lang: 'en' },
    );
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 7, 19],
      [RULE, 'domains/a.yaml', 12, 19],
      [RULE, 'domains/a.yaml', 17, 19],
      [RULE, 'domains/a.yaml', 22, 19],
      [RULE, 'domains/a.yaml', 27, 19],
    ]);
    expect(f[3].message).toBe('the lead "东湖村村民委员会" of a licensing item is a self-governing community organisation, which cannot be an enforcement subject (行政许可法 Art. 22: licences are granted by the organ holding the power)');
  });

  it('reports coordinating committees, public institutions, a bureau\'s squads (中队) and a township\'s enforcement unit by their name endings, not commissions that are organs, 公路 bodies or police stations', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain(
        item('YJ-101', '行政处罚', '县安全生产委员会'),
        item('YJ-102', '行政处罚', '县动物疫病预防控制中心'),
        item('YJ-103', '行政许可', '县农业技术推广站'),
        item('YJ-104', '行政处罚', '县卫生健康委员会'),
        item('YJ-105', '行政处罚', '县公路养护服务中心'),
        item('YJ-106', '行政处罚', '县综合行政执法局城区中队'),
        item('YJ-107', '行政处罚', '县公安局城关派出所'),
        item('YJ-108', '行政处罚', '东湖镇综合执法中心'),
      ),
    });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 7, 19],
      [RULE, 'domains/a.yaml', 12, 19],
      [RULE, 'domains/a.yaml', 17, 19],
      [RULE, 'domains/a.yaml', 32, 19],
      [RULE, 'domains/a.yaml', 42, 19],
    ]);
    expect(f.map((x) => x.messageId)).toEqual(['named', 'named', 'named', 'named', 'named']);
    expect(f[4].message).toBe('行政处罚事项的主体“东湖镇综合执法中心”是乡镇（街道）的内设执法机构，不具备行政执法主体资格（行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效）');
    expect(f[0].message).toBe('行政处罚事项的主体“县安全生产委员会”是议事协调机构，不具备行政执法主体资格（行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效）');
    expect(f[1].message).toBe('行政处罚事项的主体“县动物疫病预防控制中心”是事业单位（未见法律、法规授权），不具备行政执法主体资格（行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效）');
  });

  it('reads a village, a community or a villagers\' group named as lead as a self-governing organisation', () => {
    const f = check(RULE, { 'domains/a.yaml': domain(item('YJ-101', '行政处罚', '东湖镇前屯村'), item('YJ-102', '行政处罚', '青禾街道幸福社区'), item('YJ-103', '行政强制', '前屯村第三村民小组')) });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 7, 19],
      [RULE, 'domains/a.yaml', 12, 19],
      [RULE, 'domains/a.yaml', 17, 19],
    ]);
    expect(f[1].message).toBe('行政处罚事项的主体“青禾街道幸福社区”是群众自治组织，不具备行政执法主体资格（行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效）');
  });

  it('accepts an administrative organ, and other kinds of power', () => {
    expect(check(RULE, { 'domains/a.yaml': domain(item('YJ-101', '行政处罚', '县应急局'), item('YJ-102', '其他', '县安委办'), item('YJ-103', '公共服务', '县防汛抗旱指挥部')) })).toEqual([]);
  });
});
