import type { Department } from '../model/types.js';
import { normalize } from '../util/text.js';
import { defineRule } from './define-rule.js';
import { items } from '../load/items.js';

/** Powers whose lead must be an organ with the capacity of an administrative subject. */
const POWERS = ['行政处罚', '行政强制', '行政许可'];

/** Registry types that cannot act as enforcement subjects. */
const NO_CAPACITY: Department['type'][] = ['内设机构', '议事协调机构', '临时机构', '群众自治组织'];

/** Name endings of bodies without that capacity, for names not in the registry. */
const NAME_PATTERNS: { re: RegExp; not?: RegExp; kind: { zh: string; en: string } }[] = [
  // A township's enforcement unit (东湖镇综合执法中心, 青禾街道综合行政执法队) acts in the township's name, never its own.
  { re: /(镇|乡|街道|办事处)(综合)?(行政)?执法(中心|队|中队|大队)$/, kind: { zh: '乡镇（街道）的内设执法机构', en: 'an enforcement unit inside a township' } },
  // Police and fire units (交警大队, 消防救援大队, 派出所) act under their own laws; other brigades and sections do not.
  { re: /(股|科|室|处|执法大队|执法中队|监察大队|稽查大队|执法队|执法中心|中队|分队)$/, not: /(公安|交警|交通警察|消防)/, kind: { zh: '部门的内设机构或下设执法队伍', en: 'an internal unit or subordinate brigade of a department' } },
  { re: /(指挥部|领导小组(办公室)?|工作专班|专班)$/, kind: { zh: '临时机构或议事协调机构', en: 'a temporary or coordinating body' } },
  { re: /(委员会办公室|委办)$/, kind: { zh: '议事协调机构的办事机构', en: 'the office of a coordinating committee' } },
  // The coordinating committees themselves (安委会, 食安委): a committee such as 卫生健康委员会 is an organ, so only these are named.
  {
    re: /(安全生产委员会|安委会|食品安全委员会|食安委|消防安全委员会|道路交通安全委员会|减灾委员会|绿化委员会|爱国卫生运动委员会|爱卫会|生态环境保护委员会|联席会议|协调小组|工作组)$/,
    kind: { zh: '议事协调机构', en: 'a coordinating body' },
  },
  // Public institutions by their usual name endings (疾病预防控制中心, 农业技术推广中心); 公路 bodies may hold a grant under 公路法第八条.
  {
    re: /(预防控制中心|服务中心|发展中心|推广中心|检测中心|监测中心|保障中心|事务中心|推广站|服务站|工作站)$/,
    not: /公路/,
    kind: { zh: '事业单位（未见法律、法规授权）', en: 'a public institution (no statutory grant shown)' },
  },
  { re: /(村民委员会|居民委员会|村委会|居委会|村民小组|[^农]村|社区)$/, kind: { zh: '群众自治组织', en: 'a self-governing community organisation' } },
];

const POWER_EN: Record<string, string> = { 行政处罚: 'penalty', 行政强制: 'compulsion', 行政许可: 'licensing' };

/** What keeps each power to organs with the capacity of an administrative subject. */
const AUTHORITY: Record<string, { source: string; zh: string; en: string }> = {
  行政处罚: { source: '行政处罚法第十七条、第十九条、第三十八条第一款（实施主体不具有行政主体资格的，行政处罚无效）', zh: '行政处罚法第三十八条：实施主体不具有行政主体资格的，行政处罚无效', en: '行政处罚法 Art. 38: a penalty by a subject without that capacity is void' },
  行政强制: { source: '行政强制法第十七条第一款、第七十条（行政强制措施由法律、法规规定的行政机关实施）', zh: '行政强制法第十七条：行政强制措施由法律、法规规定的行政机关实施', en: '行政强制法 Art. 17: compulsory measures are applied by the organs a law or regulation names' },
  行政许可: { source: '行政许可法第二十二条、第二十三条（行政许可由具有行政许可权的行政机关或法律、法规授权的组织实施）', zh: '行政许可法第二十二条：行政许可由具有行政许可权的行政机关实施', en: '行政许可法 Art. 22: licences are granted by the organ holding the power' },
};

const TYPE_EN: Record<string, string> = {
  内设机构: 'an internal unit', 议事协调机构: 'a coordinating body', 临时机构: 'a temporary body', 群众自治组织: 'a self-governing community organisation',
};

/** The lead of a penalty, compulsion or licensing item must be an organ that can be an enforcement subject. */
export default defineRule({
  id: 'enforcement-subject-capacity',
  category: 'legal',
  severity: 'error',
  title: { zh: '执法主体不具备行政主体资格', en: 'Enforcement subject without the capacity of an administrative subject' },
  messages: {
    registered: {
      zh: '{power}事项的主体“{name}”登记为{type}，不具备行政执法主体资格（{law}）',
      en: 'the lead "{name}" of a {power} item is registered as {type}, which cannot be an enforcement subject ({law})',
      hint: {
        zh: '主体责任写具有该项职权的行政机关（或法律、法规授权的组织），{name}可列为配合单位',
        en: 'make the organ that holds the power (or a body authorised by law or regulation) the lead; {name} may support',
      },
    },
    publicInstitution: {
      zh: '{power}事项的主体“{name}”登记为事业单位：事业单位只有经法律、法规授权，才能以自己的名义实施（行政处罚法第十九条）',
      en: 'the lead "{name}" of a {power} item is registered as a public institution, which may act in its own name only when a law or regulation authorises it (行政处罚法 Art. 19)',
      hint: {
        zh: '主体责任写具有该项职权的行政机关，{name}可列为配合单位；确有法律、法规授权的，在 registry/departments.yaml 中把 type 改为 法律法规授权组织',
        en: 'make the organ that holds the power the lead and let {name} support; if a law or regulation does authorise it, register its type as 法律法规授权组织',
      },
      source: '行政处罚法第十九条（法律、法规授权的具有管理公共事务职能的组织可以在法定授权范围内实施行政处罚）；行政许可法第二十三条；行政强制法第七十条',
    },
    named: {
      zh: '{power}事项的主体“{name}”是{kind}，不具备行政执法主体资格（{law}）',
      en: 'the lead "{name}" of a {power} item is {kind}, which cannot be an enforcement subject ({law})',
      hint: {
        zh: '主体责任写具有该项职权的行政机关（或法律、法规授权的组织）',
        en: 'make the organ that holds the power (or a body authorised by law or regulation) the lead',
      },
    },
  },
  docs: {
    why: {
      zh: '行政处罚、行政强制和行政许可只能由具有该项职权的行政机关或法律、法规授权的组织实施；实施主体不具有行政主体资格的，行政处罚无效。内设机构、议事协调机构及其办公室、指挥部、领导小组、工作专班和村（居）民委员会都不能以自己的名义执法。',
      en: 'Penalties, compulsion and licensing may be exercised only by the organ holding the power or a body authorised by law or regulation; a penalty by a subject without that capacity is void. Internal units, coordinating bodies and their offices, command posts, leading groups, task forces and village or residents\' committees cannot enforce in their own name.',
    },
    bad: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-001\n    name: 生产经营单位未落实安全生产责任的处罚\n    power: 行政处罚\n    lead: {party: 县安委办, duties: [依法实施行政处罚]}\n    basis: [《中华人民共和国安全生产法》第九十四条]\n',
    good: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-001\n    name: 生产经营单位未落实安全生产责任的处罚\n    power: 行政处罚\n    lead: {party: 县应急管理局, duties: [依法实施行政处罚]}\n    support:\n      - {party: 县安委办, duties: [统筹协调，督促各方落实安全生产责任]}\n    basis: [《中华人民共和国安全生产法》第九十四条]\n',
    source: '行政处罚法第十七条、第十九条、第三十八条；行政许可法第二十二条、第二十三条；行政强制法第十七条、第七十条；国办发〔2018〕37号',
  },
  check(ctx) {
    for (const at of items(ctx.project)) {
      const power = [at.item.power ?? []].flat().find((p) => POWERS.includes(p));
      if (!power) continue;
      const name = at.item.lead.party;
      const path = [...at.path, 'lead', 'party'];
      const a = AUTHORITY[power];
      const ref = ctx.registry.resolve(name);
      if (ref?.kind === 'department') {
        if (ref.department.type === '事业单位') {
          ctx.report(at.file, path, 'publicInstitution', { item: at.item.id, args: { name, power: { zh: power, en: POWER_EN[power] } } });
        } else if (NO_CAPACITY.includes(ref.department.type)) {
          ctx.report(at.file, path, 'registered', { item: at.item.id, source: a.source, args: { name, power: { zh: power, en: POWER_EN[power] }, type: { zh: ref.department.type, en: TYPE_EN[ref.department.type] }, law: { zh: a.zh, en: a.en } } });
        }
        continue;
      }
      if (ref || ctx.registry.formerOf(name)) continue;
      const n = normalize(name);
      const hit = NAME_PATTERNS.find((p) => p.re.test(n) && !p.not?.test(n));
      if (hit) ctx.report(at.file, path, 'named', { item: at.item.id, source: a.source, args: { name, power: { zh: power, en: POWER_EN[power] }, kind: hit.kind, law: { zh: a.zh, en: a.en } } });
    }
  },
});
