import { defineRule } from './define-rule.js';
import { actorNames, ownActs, type ActMatch } from './util/enforcement-acts.js';
import { townshipDuties, type TownshipDuties } from './util/township-duties.js';
import { statutoryPowerFor } from './util/township-powers.js';
import { DETENTION, townshipDetentionIsEnforcement } from './util/detention.js';
import type { Profile } from '../law/profiles.js';

const COMPULSION = ['强制措施', '强制执行'];

/** Whether an item's delegation record lets the township perform an act itself. */
function covers(d: TownshipDuties, m: ActMatch, profile: Profile): boolean {
  const del = d.delegation!;
  // Compulsion under a delegation is judged by entrusted-compulsory-measure, which knows its stricter limits.
  if (COMPULSION.includes(m.cls.class) || del.route !== '委托') return true;
  // 行政处罚法第二十条 and 行政许可法第二十四条 are the national grounds for 委托.
  if (d.powers.includes('行政处罚') || d.powers.includes('行政许可')) return true;
  const local = profile.entrustable;
  return !!local && del.in_name_of === '部门' && local.terms.includes(m.term);
}

const join = (xs: string[], sep: string) => [...new Set(xs)].join(sep);

/** A township is given an enforcement act as its own act without a statute or a delegation that allows it. */
export default defineRule({
  id: 'township-enforcement',
  category: 'legal',
  severity: 'error',
  title: { zh: '乡镇承担无依据的执法行为', en: 'Township given an enforcement act without a legal footing' },
  messages: {
    own: {
      zh: '{party}的职责“{duty}”含执法行为“{term}”（{cls}），但本事项既没有授权乡镇的法律条款，也没有赋权记录（{law}）',
      en: 'duty "{duty}" of {party} contains the enforcement act "{term}" ({cls}), but the item cites no statute that empowers townships and has no delegation record ({law})',
      hint: {
        zh: '乡镇承担巡查、发现、劝阻、报告、协助等配合责任：改写为配合表述，如“发现后及时劝阻并报告，配合县级部门依法查处”；确属乡镇职权的，在 basis 中引用授权条款，或补充 delegation 赋权记录',
        en: 'a township patrols, discovers, dissuades, reports and assists: rephrase it as cooperation, e.g. "dissuade and report at once, assist the county department in the case"; if the power is the township\'s, cite the empowering article in basis or add a delegation record',
      },
    },
    detention: {
      zh: '{party}的职责“{duty}”含“{term}”：限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使，不能由乡镇行使，也不能赋予乡镇（行政处罚法第十八条第三款）',
      en: 'duty "{duty}" of {party} contains "{term}": the power to restrict personal liberty belongs to the police and the other organs a law names; townships neither hold it nor can be given it (行政处罚法 Art. 18(3))',
      hint: {
        zh: '删去该职责，改为“发现后及时移送公安机关依法处理”',
        en: 'replace it with "hand the case to the police at once"',
      },
      source: '行政处罚法第十八条第三款（限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使）',
    },
    notCovered: {
      zh: '{party}的职责“{duty}”含执法行为“{term}”（{cls}），本事项以委托方式赋权，但委托不涵盖该行为（行政处罚法第二十条、行政许可法第二十四条）',
      en: 'duty "{duty}" of {party} contains the enforcement act "{term}" ({cls}); the item\'s delegation is by entrustment (委托), which does not cover this act (行政处罚法 Art. 20, 行政许可法 Art. 24)',
      hint: {
        zh: '依行政处罚法第二十条、行政许可法第二十四条，可委托的是行政处罚或行政许可，须在 power 中写明{local}',
        en: 'under 行政处罚法 Art. 20 and 行政许可法 Art. 24 what may be entrusted is a penalty or a licensing power; state it in power{local}',
      },
      source: '行政处罚法第二十条；行政许可法第二十四条（可以委托的是行政处罚、行政许可）',
    },
  },
  docs: {
    why: {
      zh: '乡镇（街道）一般不是行政执法主体：行政处罚由县级以上具有处罚权的行政机关管辖，没有依据或主体不合格的处罚无效。乡镇只有在法律明文授权（如城乡规划法第六十五条）或经交由、委托等正式赋权时才能自己执法，否则它的职责只能是巡查、发现、劝阻、报告和协助。“配合县自然资源局依法查处”“口头制止”是配合，不在此列；“处理”“整治”等含义不明的词不在此报告。',
      en: 'A township is normally not an enforcement subject: penalties belong to county-level organs holding the power, and a penalty without basis or by an unqualified subject is void. A township enforces only where a statute names it (e.g. 城乡规划法 Art. 65) or a power was formally delegated; otherwise its duties are to patrol, discover, dissuade, report and assist. "Assist the county bureau in the case" or "stop it verbally" are cooperation and pass; vague verbs such as 处理 or 整治 are not reported here.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，对违法占地行为依法查处并处以罚款]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告，配合县自然资源局依法查处]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    source: '行政处罚法第十七条、第二十三条、第三十八条；行政强制法第十七条；行政许可法第二十二条',
  },
  check(ctx) {
    const actors = actorNames(ctx.registry);
    const local = ctx.policy.entrustable;
    // Detention is detention-by-police's, which says the one thing to say about it (only the police may
    // detain); when that rule is off or set lower, a township's detention is still an act without footing,
    // reported here at this rule's level.
    const detentionElsewhere = !townshipDetentionIsEnforcement(ctx.project.config.rules);
    const detention = (m: ActMatch) => DETENTION.includes(m.term);
    for (const d of townshipDuties(ctx)) {
      for (let k = 0; k < d.duties.length; k++) {
        const duty = d.duties[k];
        if (typeof duty !== 'string') continue;
        const own = ownActs(duty, actors);
        if (!own.length) continue;
        const acts = own.filter((m) => (detention(m) ? !detentionElsewhere : !statutoryPowerFor(ctx.laws, d.basis, m.term)));
        const held = acts.find(detention);
        if (held) {
          ctx.report(d.file, d.pathOf(k), 'detention', { item: d.id, args: { party: d.party, duty, term: held.term } });
        }
        const others = acts.filter((m) => !detention(m));
        const bad = d.delegation ? others.filter((m) => !covers(d, m, ctx.policy)) : others;
        if (!bad.length) continue;
        const classes = [...new Set(bad.map((m) => m.cls))];
        const noRecord = !d.delegation;
        ctx.report(d.file, d.pathOf(k), noRecord ? 'own' : 'notCovered', {
          item: d.id,
          source: noRecord
            ? classes.map((c) => c.authority).filter((a, i, xs) => xs.indexOf(a) === i).join('；')
            : local ? `行政处罚法第二十条；行政许可法第二十四条；${local.source}` : undefined,
          args: {
            law: join(classes.map((c) => c.law), '；'),
            party: d.party,
            duty,
            term: join(bad.map((m) => m.term), '、'),
            cls: { zh: join(bad.map((m) => m.cls.class), '、'), en: join(bad.map((m) => m.cls.en), ', ') },
            local: {
              zh: local ? `；${local.source}另允许以部门名义委托${local.terms.join('、')}` : '',
              en: local ? `; ${local.source} also allows entrusting ${local.terms.join(', ')} in the department's name` : '',
            },
          },
        });
      }
    }
  },
});
