import { defineRule } from './define-rule.js';
import { citesLaw } from './util/cited-articles.js';
import { actorNames, ownActs } from './util/enforcement-acts.js';
import { items, parties } from '../load/items.js';
import { townshipDuties } from './util/township-duties.js';
import { isTownshipParty } from './util/township-party.js';
import { VOCABULARY } from './util/vocabulary.js';

const MEASURE = '强制措施';
const EXECUTION = '强制执行';
const measureTerms = VOCABULARY.enforcement.find((c) => c.class === MEASURE)!.terms;

/** A township holds a compulsory measure by entrustment, or compulsory execution without a law. */
export default defineRule({
  id: 'entrusted-compulsory-measure',
  category: 'legal',
  severity: 'error',
  title: { zh: '委托行政强制措施或无法律依据的强制执行', en: 'Compulsory measure by entrustment, or execution without a law' },
  messages: {
    entrusted: {
      zh: '{party}的职责“{duty}”含行政强制措施“{term}”，而本事项以委托方式赋权；行政强制法第十七条：行政强制措施权不得委托',
      en: 'duty "{duty}" of {party} contains the compulsory measure "{term}", but the item\'s delegation is by entrustment (委托); 行政强制法 Art. 17: the power of compulsory measures cannot be entrusted',
      hint: {
        zh: '删去该职责，改由县级部门实施、乡镇配合；确需乡镇实施的，须有法律、法规规定，或省级交由、相对集中决定明确包括该强制措施',
        en: 'remove the duty and let the county department act with the township assisting; a township may apply it only where a law or regulation says so, or a provincial decision (交由 or 相对集中) expressly includes the measure',
      },
      source: '行政强制法第十七条第一款（行政强制措施权不得委托）',
    },
    entrustedIncludes: {
      zh: '赋权记录以委托方式一并赋予“{term}”；行政强制法第十七条：行政强制措施权不得委托',
      en: 'the delegation record entrusts "{term}" as well; 行政强制法 Art. 17: the power of compulsory measures cannot be entrusted',
      hint: { zh: '从 includes 中删去该项，或改为法律、法规规定的途径', en: 'remove it from includes, or use a route a law or regulation provides' },
      source: '行政强制法第十七条第一款（行政强制措施权不得委托）',
    },
    noLaw: {
      zh: '{party}的职责“{duty}”含行政强制执行“{term}”，但本事项没有法律依据；行政强制法第十三条：行政强制执行由法律设定',
      en: 'duty "{duty}" of {party} contains the compulsory execution "{term}", but the item cites no law; 行政强制法 Art. 13: compulsory execution is created by law only',
      hint: {
        zh: '在 basis 中引用设定该强制执行的法律条款（如乡村规划区内拆除依城乡规划法第六十五条）；没有法律规定的，由作出决定的机关申请人民法院强制执行',
        en: 'cite the law that creates the execution power in basis (e.g. 城乡规划法 Art. 65 for demolition in village planning areas); without one, the deciding organ applies to a court for enforcement',
      },
      source: '行政强制法第十三条（行政强制执行由法律设定；法律没有规定的，申请人民法院强制执行）',
    },
    noLawIncludes: {
      zh: '赋权记录一并赋予“{term}”，但本事项没有法律依据；行政强制法第十三条：行政强制执行由法律设定',
      en: 'the delegation record includes "{term}", but the item cites no law; 行政强制法 Art. 13: compulsory execution is created by law only',
      hint: { zh: '在 basis 中引用设定该强制执行的法律条款，或从 includes 中删去', en: 'cite the law that creates it in basis, or remove it from includes' },
      source: '行政强制法第十三条（行政强制执行由法律设定；法律没有规定的，申请人民法院强制执行）',
    },
  },
  docs: {
    why: {
      zh: '行政强制措施（查封、扣押、冻结、限制人身自由）只能由法律、法规规定的行政机关实施，且不得委托；行政强制执行（强制拆除、代履行、加处罚款等）只能由法律设定，没有法律规定的，行政机关只能申请人民法院强制执行。所以经委托赋权的乡镇不能查封扣押，乡镇的强制执行必须有法律依据（乡村规划区内的拆除有城乡规划法第六十五条）。',
      en: 'Compulsory measures (sealing, seizure, freezing, restricting liberty) may be applied only by the organs a law or regulation names and cannot be entrusted; compulsory execution (forced demolition, substitute performance, late-payment fines) can only be created by a law, otherwise the organ must apply to a court. A township holding a power by entrustment therefore cannot seal or seize, and its execution powers need a law (城乡规划法 Art. 65 covers demolition in village planning areas).',
    },
    bad: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-001\n    name: 占道经营的查处\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [以县综合执法局名义查处占道经营，扣押经营工具]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 委托\n      in_name_of: 部门\n      entrusted_by: 县综合执法局\n      document: 示综执委〔2026〕1号\n',
    good: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-001\n    name: 占道经营的查处\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [以县综合执法局名义查处占道经营]}\n    support:\n      - {party: 县综合执法局, duties: [需要扣押经营工具的，依法实施扣押]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 委托\n      in_name_of: 部门\n      entrusted_by: 县综合执法局\n      document: 示综执委〔2026〕1号\n',
    source: '行政强制法第十三条、第十七条第一款、第二十二条',
  },
  check(ctx) {
    const actors = actorNames(ctx.registry);
    for (const d of townshipDuties(ctx)) {
      if (!d.delegation) continue;
      for (let k = 0; k < d.duties.length; k++) {
        const duty = d.duties[k];
        if (typeof duty !== 'string') continue;
        for (const m of ownActs(duty, actors)) {
          const args = { party: d.party, duty, term: m.term };
          if (m.cls.class === MEASURE && d.delegation.route === '委托') {
            ctx.report(d.file, d.pathOf(k), 'entrusted', { item: d.id, args });
            break;
          }
          if (m.cls.class === EXECUTION && !citesLaw(ctx.laws, d.basis)) {
            ctx.report(d.file, d.pathOf(k), 'noLaw', { item: d.id, args });
            break;
          }
        }
      }
    }
    // A body other than a township entrusted with the item (a 事业单位 acting in the department's name)
    // cannot be entrusted with a compulsory measure either: its own duties as lead are read the same way.
    for (const at of items(ctx.project)) {
      const del = at.item.delegation;
      const lead = at.item.lead;
      if (del?.route !== '委托' || isTownshipParty(ctx.registry, lead.party) || lead.party === del.entrusted_by) continue;
      for (let k = 0; k < lead.duties.length; k++) {
        const duty = lead.duties[k];
        if (typeof duty !== 'string') continue;
        const m = ownActs(duty, actors).find((x) => x.cls.class === MEASURE);
        if (!m) continue;
        ctx.report(at.file, [...at.path, 'lead', 'duties', k], 'entrusted', { item: at.item.id, args: { party: lead.party, duty, term: m.term } });
        break;
      }
    }
    for (const at of items(ctx.project)) {
      const del = at.item.delegation;
      if (!del?.includes || !parties(at).some((p) => isTownshipParty(ctx.registry, p.party.party))) continue;
      del.includes.forEach((inc, i) => {
        const path = [...at.path, 'delegation', 'includes', i];
        // 行政强制 without 执行 names both kinds, the measures among them.
        const measure = inc.includes(MEASURE) || measureTerms.some((t) => inc.includes(t)) || (inc.includes('行政强制') && !inc.includes(EXECUTION));
        if (del.route === '委托' && measure) {
          ctx.report(at.file, path, 'entrustedIncludes', { item: at.item.id, args: { term: inc } });
        } else if (inc.includes(EXECUTION) && !citesLaw(ctx.laws, at.item.basis)) {
          ctx.report(at.file, path, 'noLawIncludes', { item: at.item.id, args: { term: inc } });
        }
      });
    }
  },
});
