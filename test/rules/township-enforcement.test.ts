import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const RULE = 'township-enforcement';

/** A domain file with one item; `support` and `extra` are YAML lines at item level. */
const domain = (support: string[], extra: string[] = [], power = '行政处罚') =>
  [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: ZR-101',
    '    name: 违法占用耕地的查处',
    `    power: ${power}`,
    '    lead: {party: 县自然资源局, duties: [依法立案查处]}',
    '    support:',
    '      - party: 乡镇（街道）',
    '        duties:',
    ...support.map((d) => `          - ${d}`),
    ...extra,
    '',
  ].join('\n');

const shandong = { ...MINI, 'resp.yaml': MINI['resp.yaml'].replace('profile: national', 'profile: shandong') };

describe('township-enforcement', () => {
  it('reports a township duty that is an enforcement act, and passes cooperation and vague wording', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain(
        ['日常巡查，对违法占地行为依法查处并处以罚款', '配合县自然资源局依法查处', '发现后及时制止并报告', '口头制止、劝阻违法行为', '对违法行为进行处理和整治', '通知有关部门予以查处', '由县综合执法局依法查处'],
        ['    basis: [《中华人民共和国土地管理法》第七十七条]'],
      ),
    });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    expect(f[0].message).toBe('乡镇（街道）的职责“日常巡查，对违法占地行为依法查处并处以罚款”含执法行为“查处、罚款”（决定、处罚种类），但本事项既没有授权乡镇的法律条款，也没有赋权记录（行政处罚法第二十三条）');
    expect(f[0].item).toBe('ZR-101');
    expect(f[0].severity).toBe('error');
    expect(f[0].hint).toContain('配合县级部门依法查处');
  });

  it('speaks English with --lang en', () => {
    const f = check(RULE, { 'domains/a.yaml': domain(['依法扣押违法工具']) }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    expect(f[0].message).toBe('duty "依法扣押违法工具" of 乡镇（街道） contains the enforcement act "扣押" (a compulsory measure), but the item cites no statute that empowers townships and has no delegation record (行政强制法第十七条、第二十二条)');
  });

  it('reports a registered township as lead in its own file, unless the basis empowers townships (城乡规划法第六十五条)', () => {
    const own = (basis: string) =>
      `kind: township\ntownship: 东湖镇\nitems:\n  - id: DH-101\n    name: 乡村违法建设的处置\n    list: 基本履职\n    lead:\n      party: 东湖镇\n      duties: [对乡村规划区内违法建设责令停止建设、限期改正, 逾期不改正的依法拆除]\n${basis}`;
    expect(where(check(RULE, { 'townships/东湖镇.yaml': own('') }))).toEqual([
      [RULE, 'townships/东湖镇.yaml', 9, 16],
      [RULE, 'townships/东湖镇.yaml', 9, 40],
    ]);
    expect(check(RULE, { 'townships/东湖镇.yaml': own('    basis: [《中华人民共和国城乡规划法》第六十五条]\n') })).toEqual([]);
    // Arabic numerals and no 中华人民共和国 prefix are the same article.
    expect(check(RULE, { 'townships/东湖镇.yaml': own('    basis: [《城乡规划法》第65条]\n') })).toEqual([]);
    // The statute covers the orders and demolition, not a fine.
    const fine = own('    basis: [《城乡规划法》第65条]\n').replace('逾期不改正的依法拆除', '逾期不改正的处以罚款');
    expect(where(check(RULE, { 'townships/东湖镇.yaml': fine }))).toEqual([[RULE, 'townships/东湖镇.yaml', 9, 40]]);
  });

  it('accepts the other statutory township powers only with their article', () => {
    const cases: [string, string, string][] = [
      ['对农村村民住宅用地审核批准', '《中华人民共和国土地管理法》第六十二条第四款', '《中华人民共和国土地管理法》第六十三条'],
      ['受县林业主管部门委托核发采伐许可证', '《中华人民共和国森林法》第五十七条', '《中华人民共和国森林法》第五十六条'],
      ['对辖区生产经营单位安全生产状况进行监督检查', '《中华人民共和国安全生产法》第九条第二款', '《中华人民共和国安全生产法》第九条第一款'],
    ];
    for (const [duty, right, wrong] of cases) {
      expect(check(RULE, { 'domains/a.yaml': domain([duty], [`    basis: ['${right}']`], '其他') })).toEqual([]);
      expect(where(check(RULE, { 'domains/a.yaml': domain([duty], [`    basis: ['${wrong}']`], '其他') }))).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    }
  });

  it('knows the penalties 村庄和集镇规划建设管理条例 gives the 乡级人民政府 (第三十七条第二款, 第三十九条, 第四十条), and not the county\'s 第三十七条第一款', () => {
    const law = '《村庄和集镇规划建设管理条例》';
    const cases: [string, string, string | undefined][] = [
      ['对农村居民未经批准建住宅的依法处以罚款', `${law}第三十七条第二款`, `${law}第三十七条第一款`],
      ['对乱堆柴草破坏村容镇貌的责令停止侵害，处以罚款', `${law}第三十九条`, undefined],
      ['对擅自在集镇街道修建临时建筑的责令限期拆除，并处罚款', `${law}第四十条`, `${law}第三十八条`],
    ];
    for (const [duty, right, wrong] of cases) {
      expect(check(RULE, { 'domains/a.yaml': domain([duty], [`    basis: ['${right}']`]) })).toEqual([]);
      if (wrong) expect(where(check(RULE, { 'domains/a.yaml': domain([duty], [`    basis: ['${wrong}']`]) }))).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    }
  });

  it('reads the short and colloquial forms 罚没 and 开具罚单 as the township\'s own penalty', () => {
    const f = check(RULE, { 'domains/a.yaml': domain(['对查获的非法渔获物予以罚没', '对乱倒垃圾者当场开具罚单', '协助做好罚没物品的登记', '协助县自然资源局送达罚单']) });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 11, 13],
      [RULE, 'domains/a.yaml', 12, 13],
    ]);
    expect(f.map((x) => [x.messageId, x.message])).toEqual([
      ['own', '乡镇（街道）的职责“对查获的非法渔获物予以罚没”含执法行为“罚没”（处罚种类），但本事项既没有授权乡镇的法律条款，也没有赋权记录（行政处罚法第二十三条）'],
      ['own', '乡镇（街道）的职责“对乱倒垃圾者当场开具罚单”含执法行为“罚单”（决定），但本事项既没有授权乡镇的法律条款，也没有赋权记录（行政处罚法第二十三条）'],
    ]);
  });

  it('knows the other written forms of acts (扣留, 关停, 停业整顿, 强行拆除, 登记保存, 查没, 吊扣) and tells them from the duty\'s object (对…的企业) or time (过程中, 期间, 前)', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain([
        '对违法停放的车辆予以扣留',
        '对拒不改正的依法予以关停',
        '对违规商户停业整顿',
        '对逾期不拆除的违法建筑强行拆除',
        '对涉案物品登记保存',
        '对违法物品予以查没',
        '对违法驾驶人吊扣驾驶证',
        '对关停企业开展回访，防止死灰复燃',
        '对停产整顿企业开展巡查',
        '做好强行拆除过程中的群众工作',
        '将线索推送县综合执法局，由其依法立案查处',
        '对辖区内责令停产停业的企业开展日常巡查，防止擅自生产',
        '对已作出行政处罚决定的案件，协助做好执行工作',
        '开展执法检查前，配合县自然资源局提供当事人信息',
        '对违法行为依法作出处罚决定的，送达当事人',
      ]),
    });
    expect(where(f).map((x) => x[2])).toEqual([11, 12, 13, 14, 15, 16, 17, 25]);
    expect(f.map((x) => x.message.match(/含执法行为“([^”]+)”（([^）]+)）/)!.slice(1))).toEqual([
      ['扣留', '强制措施'],
      ['关停', '处罚种类'],
      ['停业整顿', '处罚种类'],
      ['强行拆除', '强制执行'],
      ['登记保存', '立案与调查'],
      ['查没', '处罚种类'],
      ['吊扣', '处罚种类'],
      ['作出处罚', '决定'],
    ]);
  });

  it('reads the abbreviations 责停 and 强拆 and 限制其开展生产经营活动 as the township\'s own acts, but not where another body does them', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain([
        '发现违法挖砂取土的，当场下达责停通知',
        '对逾期不自行拆除的违法建筑，由乡镇组织强拆',
        '对拒不消除事故隐患的企业，依法限制其开展生产经营活动',
        '配合县综合执法局做好强拆现场的秩序维护',
        '发现后报告县自然资源局下达责停通知',
      ]),
    });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 11, 13],
      [RULE, 'domains/a.yaml', 12, 13],
      [RULE, 'domains/a.yaml', 13, 13],
    ]);
    expect(f.map((x) => x.message.match(/含执法行为“([^”]+)”（([^）]+)）/)!.slice(1))).toEqual([
      ['责停', '行政命令'],
      ['强拆', '强制执行'],
      ['限制其开展生产经营活动', '处罚种类'],
    ]);
  });

  it('reads 予以拆除, 实施拆除, 予以关闭, 采取行政强制措施 and 扣车 as acts, and leaves them to the body a cooperation word names', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain([
        '对城镇规划区内的违法建筑予以拆除',
        '负责对违法建筑实施拆除',
        '对无证经营的小作坊依法予以关闭',
        '对偷排企业依法采取行政强制措施',
        '在治超站对超限车辆扣车处理',
        '配合县综合行政执法局实施拆除，做好现场秩序维护',
        '督促当事人自行拆除，拒不拆除的报告县综合行政执法局依法予以拆除',
        '对县生态环境分局依法采取强制措施的企业开展巡查，防止擅自恢复生产',
      ]),
    });
    expect(where(f).map((x) => x[2])).toEqual([11, 12, 13, 14, 15]);
    expect(f.map((x) => x.message.match(/含执法行为“([^”]+)”（([^）]+)）/)!.slice(1))).toEqual([
      ['予以拆除', '强制执行'],
      ['实施拆除', '强制执行'],
      ['予以关闭', '处罚种类'],
      ['行政强制措施', '强制措施'],
      ['扣车', '强制措施'],
    ]);
  });

  it('takes an act listed after 宣传 or 报告 with 、 as the township\'s own, while 协助 still governs the whole list', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain(['组织开展河道巡查、宣传劝导、没收非法捕捞工具等工作', '做好宣传、报告县农业农村局依法没收非法捕捞工具', '协助县农业农村局查封、扣押非法捕捞工具']),
    });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    expect(f[0].message).toBe('乡镇（街道）的职责“组织开展河道巡查、宣传劝导、没收非法捕捞工具等工作”含执法行为“没收”（处罚种类），但本事项既没有授权乡镇的法律条款，也没有赋权记录（行政处罚法第二十三条）');
  });

  it('reads the township\'s own 限期拆除通知, 停工通知 and 行政强制执行, not the posting of a county notice', () => {
    const f = check(RULE, {
      'domains/a.yaml': domain(['发现违法建设的，向当事人下达限期拆除通知书', '对正在施工的违法建设下达停工通知', '对拒不履行的当事人依法实施行政强制执行', '协助县自然资源局张贴停工通知和限期拆除通知书', '配合做好行政强制执行现场的秩序维护']),
    });
    expect(where(f).map((x) => x[2])).toEqual([11, 12, 13]);
    expect(f.map((x) => x.message.match(/含执法行为“([^”]+)”（([^）]+)）/)!.slice(1))).toEqual([
      ['限期拆除通知', '行政命令'],
      ['停工通知', '行政命令'],
      ['行政强制执行', '强制执行'],
    ]);
  });

  it('takes 陪同, 请求 and 推送 as handing the act to someone else', () => {
    const ok = domain(['陪同县自然资源局开展执法检查', '发现后及时制止，并请求执法部门依法查处', '将巡查发现的问题线索推送执法队伍立案查处']);
    expect(check(RULE, { 'domains/a.yaml': ok })).toEqual([]);
    expect(where(check(RULE, { 'domains/a.yaml': domain(['对巡查发现的问题立案查处']) }))).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
  });

  it('a statutory power to demolish covers any way of writing the demolition (城乡规划法第六十五条)', () => {
    const basis = ["    basis: ['《中华人民共和国城乡规划法》第六十五条']"];
    expect(check(RULE, { 'domains/a.yaml': domain(['对乡村规划区内违法建设责令停止建设，逾期不改正的强行拆除'], basis) })).toEqual([]);
  });

  it('a statutory licensing power covers every step of granting the licence (审核批准, 核发 the certificate), not other acts', () => {
    const duty = '受理宅基地申请，依法审核批准，核发农村宅基地批准书';
    expect(check(RULE, { 'domains/a.yaml': domain([duty], ["    basis: ['《中华人民共和国土地管理法》第六十二条第四款']"], '行政许可') })).toEqual([]);
    const f = check(RULE, { 'domains/a.yaml': domain([duty, '对违法建房的处以罚款'], ["    basis: ['《中华人民共和国土地管理法》第六十二条第四款']"], '行政许可') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 12, 13]]);
    expect(where(check(RULE, { 'domains/a.yaml': domain([duty], ["    basis: ['《中华人民共和国土地管理法》第六十三条']"], '行政许可') }))).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
  });

  it('reports a township\'s detention itself when detention-by-police is off, whatever the delegation', () => {
    const off = { ...MINI, 'resp.yaml': `${MINI['resp.yaml']}rules: {detention-by-police: off}\n` };
    const handOver = ['    delegation: {route: 交由, in_name_of: 乡镇, decided_by: 山东省人民政府}'];
    const f = check('*', { 'domains/a.yaml': domain(['对阻挠执法的当事人予以行政拘留'], handOver) }, { base: off });
    expect(where(f).filter((x) => x[0] === RULE)).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    expect(f.find((x) => x.rule === RULE)!.messageId).toBe('detention');
    expect(f.find((x) => x.rule === RULE)!.message).toBe(
      '乡镇（街道）的职责“对阻挠执法的当事人予以行政拘留”含“行政拘留”：限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使，不能由乡镇行使，也不能赋予乡镇（行政处罚法第十八条第三款）',
    );
    expect(f.some((x) => x.rule === 'detention-by-police')).toBe(false);
    expect(check(RULE, { 'domains/a.yaml': domain(['对阻挠执法的当事人予以行政拘留']) })).toEqual([]);
  });

  it('accepts a duty covered by a delegation record', () => {
    const handOver = ['    delegation: {route: 交由, in_name_of: 乡镇, decided_by: 山东省人民政府}'];
    expect(check(RULE, { 'domains/a.yaml': domain(['依法查处违法占地行为'], handOver) })).toEqual([]);
    const entrust = ['    delegation: {route: 委托, in_name_of: 部门, entrusted_by: 县自然资源局, document: 示自然资规委〔2026〕1号}'];
    expect(check(RULE, { 'domains/a.yaml': domain(['以县自然资源局名义立案，依法罚款'], entrust) })).toEqual([]);
  });

  it('entrusted on-site inspection and evidence gathering pass only under the shandong profile, in the department\'s name', () => {
    const files = (inName: string) => ({
      'domains/a.yaml': domain(['现场检查、调查取证'], [`    delegation: {route: 委托, in_name_of: ${inName}, entrusted_by: 县自然资源局, document: 示自然资规委〔2026〕1号}`], '行政检查'),
    });
    const national = check(RULE, files('部门'));
    expect(where(national)).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    expect(national[0].message).toBe('乡镇（街道）的职责“现场检查、调查取证”含执法行为“现场检查、调查取证”（立案与调查），本事项以委托方式赋权，但委托不涵盖该行为（行政处罚法第二十条、行政许可法第二十四条）');
    expect(national[0].hint).not.toContain('山东');
    expect(check(RULE, files('部门'), { base: shandong })).toEqual([]);
    const ownName = check(RULE, files('乡镇'), { base: shandong });
    expect(where(ownName)).toEqual([[RULE, 'domains/a.yaml', 11, 13]]);
    expect(ownName[0].hint).toContain('山东省乡镇人民政府工作条例第八条另允许以部门名义委托现场检查、调查取证、应急处置');
  });

  it('checks assignments and the duties a township file sets for itself', () => {
    const f = check(RULE, {
      'assignments/a.yaml': 'kind: assignments\nassignments:\n  - id: JB-101\n    name: 违规广告牌整治\n    applicant: 县综合执法局\n    lead: {party: 乡镇（街道）, duties: [依法拆除违规广告牌]}\n',
      'townships/东湖镇.yaml': 'kind: township\ntownship: 东湖镇\nadjust:\n  - item: BASE-001\n    set:\n      duties: [日常巡查并依法罚款]\n',
    });
    expect(where(f)).toEqual([
      [RULE, 'assignments/a.yaml', 6, 36],
      [RULE, 'townships/东湖镇.yaml', 6, 16],
    ]);
    expect(f.map((x) => x.item)).toEqual(['JB-101', 'BASE-001']);
  });

  it('takes receiving applications for a county licence as cooperation, but not deciding them', () => {
    const f = check(RULE, { 'domains/a.yaml': domain(['受理行政许可申请，初审后报县级部门审批', '指导村民办理审批手续', '负责户外广告设置审批'], [], '行政许可') });
    expect(where(f)).toEqual([[RULE, 'domains/a.yaml', 13, 13]]);
    expect(f[0].message).toContain('含执法行为“审批”（许可）');
  });

  it('still reports an act the township performs in another body\'s name or under its entrustment, when no record says so', () => {
    const f = check(RULE, { 'domains/a.yaml': domain(['以县自然资源局名义依法查处', '受县自然资源局委托实施罚款']) });
    expect(where(f)).toEqual([
      [RULE, 'domains/a.yaml', 11, 13],
      [RULE, 'domains/a.yaml', 12, 13],
    ]);
  });

  it('leaves county departments alone', () => {
    expect(check(RULE, { 'domains/a.yaml': domain(['发现后及时报告'], ['      - {party: 县综合执法局, duties: [依法查处，处以罚款]}']) })).toEqual([]);
  });
});
