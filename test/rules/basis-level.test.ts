import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';

const domain = (power: string, basis: string[], name = '擅自在街道两侧堆放物料的处罚') =>
  [
    'kind: domain',
    'domain: 综合执法',
    'items:',
    '  - id: LB-011',
    `    name: ${name}`,
    ...(power ? [`    power: ${power}`] : []),
    '    lead: {party: 县综合执法局, duties: [依法查处]}',
    '    support:',
    '      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}',
    '    basis:',
    ...basis.map((b) => `      - ${b}`),
    '',
  ].join('\n');

describe('basis-level', () => {
  it('reports a penalty that rests only on a normative document, naming 行政处罚法第十六条', () => {
    const f = check('basis-level', { 'domains/a.yaml': domain('行政处罚', ['《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条']) });
    expect(where(f)).toEqual([['basis-level', 'domains/a.yaml', 11, 9]]);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toBe(
      '行政处罚事项“擅自在街道两侧堆放物料的处罚”的依据只有规范性文件（《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条），不能设定该权力。行政处罚法第十六条：法律、法规、规章以外的其他规范性文件不得设定行政处罚',
    );
  });

  it('names 行政许可法第十七条 and 行政强制法第十条 for licences and compulsory measures', () => {
    const lic = check('basis-level', { 'domains/a.yaml': domain('行政许可', ['鲁编办发〔2019〕4号'], '临时占道许可') });
    expect(where(lic)).toEqual([['basis-level', 'domains/a.yaml', 11, 9]]);
    expect(lic[0].message).toContain('行政许可法第十七条');
    const force = check('basis-level', { 'domains/a.yaml': domain('行政强制', ['《中国共产党农村基层组织工作条例》第十九条', '《关于开展集中整治的通知》'], '查封违法建设工地') }, { lang: 'en' });
    expect(where(force)).toEqual([['basis-level', 'domains/a.yaml', 11, 9]]);
    expect(force[0].message).toContain('行政强制法 art. 10');
  });

  it('accepts a document next to a law, and a source whose level it cannot tell', () => {
    expect(check('basis-level', { 'domains/a.yaml': domain('行政处罚', ['《城市市容和环境卫生管理条例》第三十六条第（二）项', '《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条']) })).toEqual([]);
    expect(check('basis-level', { 'domains/a.yaml': domain('行政处罚', ['《示例县市容环境管理办法》第十二条']) })).toEqual([]);
  });

  it('reports a penalty or measure in the duties that the highest basis cannot create, at the first basis', () => {
    const item = (duty: string, ...basis: string[]) =>
      ['kind: domain', 'domain: 综合执法', 'items:', '  - id: LB-021', '    name: 餐厨废弃物违规排放的处罚', '    power: [行政处罚, 行政强制]', `    lead: {party: 县综合执法局, duties: [${duty}]}`, '    basis:', ...basis.map((b) => `      - ${b}`), ''].join('\n');
    const rule = '《示例市餐厨废弃物管理办法》（示例市人民政府令第15号）第二十六条';
    const f = check('basis-level', { 'domains/a.yaml': item('对违规排放的餐饮企业责令停产停业', rule) });
    expect(where(f)).toEqual([['basis-level', 'domains/a.yaml', 9, 9]]);
    expect(f[0].messageId).toBe('beyondLevel');
    expect(f[0].message).toBe(
      '行政处罚事项“餐厨废弃物违规排放的处罚”的职责含“责令停产停业”，但依据中效力最高的是地方政府规章（《示例市餐厨废弃物管理办法》（示例市人民政府令第15号）第二十六条）：规章只能设定警告、通报批评或者一定数额罚款（行政处罚法第十三条第二款、第十四条第二款）',
    );
    expect(f[0].source).toBe('行政处罚法第十三条第二款、第十四条第二款');
    // A ministry's order, and 扣押 (a compulsory measure) from a rule.
    const g = check('basis-level', { 'domains/a.yaml': item('对违规运输车辆予以扣押', '《示例管理规定》（国家市场监督管理总局令第56号）第二十条') });
    expect(g.map((x) => [x.messageId, x.source])).toEqual([['beyondLevel', '行政强制法第十条']]);
    // Detention from a local regulation; the revocation of a business licence from a local regulation.
    expect(check('basis-level', { 'domains/a.yaml': item('拒不改正的，处五日以下行政拘留', '《示例市养犬管理条例》第三十条') }).map((x) => x.source)).toEqual(['行政处罚法第十条第二款；行政强制法第十条第一款；立法法第十一条']);
    expect(check('basis-level', { 'domains/a.yaml': item('情节严重的，吊销营业执照', '《示例市养犬管理条例》第三十条') }).map((x) => x.source)).toEqual(['行政处罚法第十二条第一款']);
  });

  it('stays silent when a basis can create what the duties do, when the act is another body\'s, or when a level is unknown', () => {
    const item = (duty: string, ...basis: string[]) =>
      ['kind: domain', 'domain: 综合执法', 'items:', '  - id: LB-022', '    name: 违规行为的处罚', '    power: 行政处罚', `    lead: {party: 县综合执法局, duties: [${duty}]}`, '    basis:', ...basis.map((b) => `      - ${b}`), ''].join('\n');
    const rule = '《示例市市容管理办法》（示例市人民政府令第8号）第十条';
    for (const [duty, basis] of [
      ['对违规者处以罚款、给予警告', [rule]],
      ['对违规者责令停产停业', [rule, '《城市市容和环境卫生管理条例》第三十六条']],
      ['对违规者吊销营业执照', ['《城市市容和环境卫生管理条例》第三十六条']],
      ['将案件移送公安机关，由公安机关依法予以行政拘留', [rule]],
      ['对违规者责令停产停业', ['《示例市市容管理办法》第十条']],
    ] as [string, string[]][]) {
      expect(check('basis-level', { 'domains/a.yaml': item(duty, ...basis) })).toEqual([]);
    }
  });

  it('warns about a party rule cited for an administrative power, at the citation', () => {
    const f = check('basis-level', { 'domains/a.yaml': domain('行政检查', ['《中华人民共和国安全生产法》第九条第二款；《中国共产党农村基层组织工作条例》第十九条'], '生产经营单位安全检查') });
    expect(where(f)).toEqual([['basis-level', 'domains/a.yaml', 11, 30]]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('党内法规《中国共产党农村基层组织工作条例》被列为行政检查事项“生产经营单位安全检查”的依据；行政权力的依据是法律、法规、规章（立法法第二条）');
  });

  it('lets party-building items without an administrative power cite party rules', () => {
    expect(check('basis-level', { 'domains/a.yaml': domain('', ['《中国共产党农村基层组织工作条例》第十九条'], '村党组织建设') })).toEqual([]);
  });
});
