import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const domain = (name: string, duty: string, ...basis: string[]) =>
  [
    'kind: domain',
    'domain: 专项工作',
    'items:',
    '  - id: LB-041',
    `    name: ${name}`,
    '    power: 行政处罚',
    '    lead: {party: 县自然资源局, duties: [依法查处]}',
    '    support:',
    `      - {party: 乡镇（街道）, duties: [${duty}]}`,
    '    basis:',
    ...basis.map((b) => `      - ${b}`),
    '',
  ].join('\n');

describe('moved-article', () => {
  it('reports an old article number whose subject the item still speaks of', () => {
    const f = check('moved-article', { 'domains/a.yaml': domain('生产经营单位安全生产状况检查', '日常巡查，发现隐患及时报告', '《中华人民共和国安全生产法》第八条') });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 11, 9]]);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toBe('《中华人民共和国安全生产法》第八条是2014修正的条文序号，2021修正后该内容（乡镇人民政府和街道办事处的安全生产监督检查职责）在第九条第二款');
    expect(f[0].hint).toBe('改引现行条文第九条第二款，并核对该条现在规定的主体和措施');
  });

  it('tells a stale 第七十七条 (rural housing) from a current one (illegal land use)', () => {
    const stale = check('moved-article', { 'domains/a.yaml': domain('农村村民非法占用土地建住宅的查处', '日常巡查，发现后劝阻并报告', '《土地管理法》第七十七条') });
    expect(where(stale)).toEqual([['moved-article', 'domains/a.yaml', 11, 9]]);
    expect(stale[0].message).toContain('在第七十八条');
    expect(check('moved-article', { 'domains/a.yaml': domain('非法占用土地的查处', '日常巡查，发现后劝阻并报告', '《土地管理法》第七十七条') })).toEqual([]);
  });

  it('reads the subject from article text pasted after the citation, and checks later citations', () => {
    const f = check('moved-article', {
      'domains/a.yaml': domain('大气污染防治', '日常巡查，发现后劝阻并报告', '《森林法》第七十六条、《大气污染防治法》第五十七条：“露天焚烧秸秆的，处二百元以下罚款。”'),
    }, { lang: 'en' });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 11, 20]]);
    expect(f[0].message).toBe('《大气污染防治法》 第五十七条 is the number of the 2000修订 text; since the 2018修正 revision this provision (露天焚烧秸秆的处罚) is 第一百一十九条第一款');
  });

  it('takes a stated old version as proof that a moved number is stale', () => {
    const f = check('moved-article', { 'domains/a.yaml': domain('违法发包的处罚', '日常巡查，发现后报告', '{cite: 《安全生产法》第一百条, version: 2014修正}') });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 11, 16]]);
    expect(f[0].message).toContain('在第一百零三条');
  });

  it('warns about a stated old version even when the number did not move, at the version', () => {
    const f = check('moved-article', { 'domains/a.yaml': domain('非法占用土地的查处', '日常巡查，发现后报告', '{cite: 《土地管理法》第八十三条, version: 2004年修正}') });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 11, 39]]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('依据注明的《中华人民共和国土地管理法》版本“2004年修正”早于现行的2019修正（2020-01-01施行）');
  });

  it('knows the 2024 revision of 矿产资源法 renumbered the whole law: 第三十九条 (unlicensed mining) is now 第六十四条', () => {
    const f = check('moved-article', { 'domains/a.yaml': domain('非法采矿的查处', '发现无证采矿、越界采矿行为及时制止并报告', '《中华人民共和国矿产资源法》第三十九条、第四十条') });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 11, 9], ['moved-article', 'domains/a.yaml', 11, 29]]);
    expect(f[0].message).toBe('《中华人民共和国矿产资源法》第三十九条是2009修正的条文序号，2024修订后该内容（未取得采矿权（采矿许可证）擅自采矿的处罚）在第六十四条');
    expect(f[0].source).toBe('《中华人民共和国矿产资源法》（2024修订，2025-07-01施行）现行文本');
    expect(f[1].message).toContain('在第六十四条第二款');
    // The current numbers, and an old number whose item is about something else, pass.
    expect(check('moved-article', { 'domains/a.yaml': domain('非法采矿的查处', '发现无证采矿行为及时制止并报告', '《矿产资源法》第六十四条') })).toEqual([]);
    expect(check('moved-article', { 'domains/a.yaml': domain('矿产资源开采回采率的监督', '日常巡查，发现后报告', '《矿产资源法》第三十九条') })).toEqual([]);
  });

  it('reports laws repealed by a newer one: 执业医师法 by 医师法, 环境噪声污染防治法 by 噪声污染防治法', () => {
    const f = check('moved-article', { 'domains/a.yaml': domain('非法行医的查处', '发现后报告', '《执业医师法》第三十九条', '《中华人民共和国环境噪声污染防治法》第五十八条') });
    expect(where(f)).toEqual([['moved-article', 'domains/a.yaml', 11, 9], ['moved-article', 'domains/a.yaml', 12, 9]]);
    expect(f.map((x) => x.message)).toEqual([
      '《执业医师法》已于2022-03-01废止，由《中华人民共和国医师法》取代',
      '《中华人民共和国环境噪声污染防治法》已于2022-06-05废止，由《中华人民共和国噪声污染防治法》取代',
    ]);
  });

  it('takes a township\'s own item as speaking of 乡镇 (安全生产法第8条 in 东湖镇\'s file, Arabic numerals)', () => {
    const own = (basis: string, party = '东湖镇') =>
      `kind: township\ntownship: 东湖镇\nitems:\n  - id: DH-101\n    name: 辖区企业安全生产检查\n    list: 基本履职\n    power: 行政检查\n    lead: {party: ${party}, duties: [按照职责对辖区生产经营单位安全生产状况进行监督检查]}\n    basis: [${basis}]\n`;
    const f = check('moved-article', { 'townships/东湖镇.yaml': own('《安全生产法》第8条') });
    expect(where(f)).toEqual([['moved-article', 'townships/东湖镇.yaml', 9, 13]]);
    expect(f[0].messageId).toBe('moved');
    expect(check('moved-article', { 'townships/东湖镇.yaml': own('《安全生产法》第九条第二款') })).toEqual([]);
    // A county department's item of the same words cites the current 第八条 (安全生产规划) as far as it can tell.
    expect(check('moved-article', { 'domains/a.yaml': `kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-9\n    name: 安全生产检查\n    power: 行政检查\n    lead: {party: 县应急局, duties: [开展检查]}\n    basis: [《安全生产法》第8条]\n` })).toEqual([]);
  });

  it('knows the 2022 revision of 农产品质量安全法 (第五十一条 → 第七十四条) and the 2024 revision of 文物保护法 (第六十六条 → 第八十三条)', () => {
    const f = check('moved-article', {
      'domains/a.yaml': domain('冒用农产品质量标志行为的查处', '日常巡查，发现后报告', '《中华人民共和国农产品质量安全法》第五十一条'),
      'domains/b.yaml': domain('文物保护单位保护范围内违法建设的查处', '日常巡查，发现后劝阻并报告', '《中华人民共和国文物保护法》第六十六条第一款第（一）项').replace('LB-041', 'LB-042'),
    });
    expect(where(f)).toEqual([
      ['moved-article', 'domains/a.yaml', 11, 9],
      ['moved-article', 'domains/b.yaml', 11, 9],
    ]);
    expect(f[0].message).toBe('《中华人民共和国农产品质量安全法》第五十一条是2018修正的条文序号，2022修订后该内容（冒用农产品质量标志的处罚）在第七十四条');
    expect(f[1].message).toContain('2024修订后该内容');
    expect(f[1].message).toContain('在第八十三条');
    expect(check('moved-article', { 'domains/a.yaml': domain('冒用农产品质量标志行为的查处', '日常巡查，发现后报告', '《中华人民共和国农产品质量安全法》第七十四条') })).toEqual([]);
  });

  it('knows the 2009 numbering of 食品安全法: 第八十四条 (unlicensed) is now 第一百二十二条, 第八十五条 splits by subject', () => {
    const f = check('moved-article', {
      'domains/a.yaml': domain('未取得食品生产经营许可从事食品经营的查处', '摸排无证摊点，发现后报告', '《食品安全法》第八十四条'),
      'domains/b.yaml': domain('经营超过保质期食品的查处', '巡查发现后报告', '《食品安全法》第八十五条').replace('LB-041', 'LB-042'),
    });
    expect(where(f)).toEqual([
      ['moved-article', 'domains/a.yaml', 11, 9],
      ['moved-article', 'domains/b.yaml', 11, 9],
    ]);
    expect(f[0].message).toBe('《食品安全法》第八十四条是2009公布的条文序号，2021修正后该内容（未取得食品生产经营许可从事食品生产经营活动的处罚）在第一百二十二条');
    expect(f[1].message).toContain('在第一百二十四条');
    expect(check('moved-article', { 'domains/a.yaml': domain('食品检验机构资质认定', '协助做好抽样', '《食品安全法》第八十四条') })).toEqual([]);
  });

  it('knows the 2004 numbers of 土地管理法 for damaging farmland (第七十四条 → 第七十五条, 第三十六条 → 第三十七条第二款) and illegal transfer (第七十三条 → 第七十四条)', () => {
    const f = check('moved-article', {
      'domains/a.yaml': domain('占用耕地挖砂、采石、取土的查处', '巡查发现后劝阻并报告', '《中华人民共和国土地管理法》第三十六条、第七十四条'),
      'domains/b.yaml': domain('买卖或者以其他形式非法转让土地的查处', '发现后报告', '《土地管理法》第七十三条').replace('LB-041', 'LB-042'),
    });
    expect(where(f)).toEqual([
      ['moved-article', 'domains/a.yaml', 11, 9],
      ['moved-article', 'domains/a.yaml', 11, 29],
      ['moved-article', 'domains/b.yaml', 11, 9],
    ]);
    expect(f.map((x) => x.message.replace(/^.*在/, ''))).toEqual(['第三十七条第二款', '第七十五条', '第七十四条']);
    expect(check('moved-article', { 'domains/a.yaml': domain('占用耕地挖砂、采石、取土的查处', '巡查发现后劝阻并报告', '《中华人民共和国土地管理法》第三十七条第二款、第七十五条') })).toEqual([]);
  });

  it('knows more 2014 numbers of 安全生产法: 第九十四条 → 第九十七条, 第九十五条 → 第九十八条, 第九十七条 → 第一百条', () => {
    const f = check('moved-article', {
      'domains/a.yaml': domain('未按照规定对从业人员进行安全生产教育和培训的查处', '督促企业开展培训', '《安全生产法》第九十四条第（三）项'),
      'domains/b.yaml': domain('建设项目未进行安全评价的查处', '发现后报告', '《安全生产法》第九十五条').replace('LB-041', 'LB-042'),
      'domains/c.yaml': domain('未经依法批准擅自储存危险物品的查处', '发现后报告', '《安全生产法》第九十七条').replace('LB-041', 'LB-043'),
    });
    expect(f.map((x) => [x.file, x.message.replace(/^.*在/, '')])).toEqual([
      ['domains/a.yaml', '第九十七条'],
      ['domains/b.yaml', '第九十八条'],
      ['domains/c.yaml', '第一百条'],
    ]);
    expect(check('moved-article', { 'domains/a.yaml': domain('未按照规定对从业人员进行安全生产教育和培训的查处', '督促企业开展培训', '《安全生产法》第九十七条第（三）项') })).toEqual([]);
  });

  it('leaves an old number alone when the article its content moved to is cited with it (第七十七条至第七十八条)', () => {
    const both = (basis: string) => check('moved-article', { 'domains/a.yaml': domain('非法占用土地（含农村村民建住宅）的查处', '日常巡查，发现后劝阻并报告', basis) });
    expect(both('《中华人民共和国土地管理法》第七十七条至第七十八条')).toEqual([]);
    expect(both('《中华人民共和国土地管理法》第七十七条、第七十八条')).toEqual([]);
    expect(where(both('《中华人民共和国土地管理法》第七十七条'))).toEqual([['moved-article', 'domains/a.yaml', 11, 9]]);
  });

  it('accepts current numbers and current versions', () => {
    const ok = domain('生产经营单位安全生产状况检查', '日常巡查，发现隐患及时报告', '《安全生产法》第九条第二款', '{cite: 《土地管理法》第七十八条, version: 2019修正}', '《森林法》第三十九条');
    expect(check('moved-article', { 'domains/a.yaml': ok })).toEqual([]);
  });
});
