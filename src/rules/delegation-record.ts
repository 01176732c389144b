import type { Delegation } from '../model/types.js';
import { normalize } from '../util/text.js';
import { defineRule } from './define-rule.js';
import { items } from '../load/items.js';
import { isProvincialDocument, isProvincialGovernment } from '../law/issuers.js';
import { EVALUATION_YEARS, evaluationMissing, evaluationStale } from '../model/delegation-lifecycle.js';

const STATE_COUNCIL = /^(中华人民共和国)?国务院$/;

/** Parts of a record each route needs, with their names in both languages. */
const PART_NAMES: Record<string, { zh: string; en: string }> = {
  decided_by: { zh: '决定机关（decided_by）', en: 'deciding body (decided_by)' },
  document: { zh: '文号（document）', en: 'document number (document)' },
  date: { zh: '决定日期（date）', en: 'date of decision (date)' },
  published: { zh: '公布情况（published）', en: 'publication (published)' },
  evaluated: { zh: '最近评估日期（evaluated）', en: 'last evaluation (evaluated)' },
  transition: { zh: '过渡期（transition）', en: 'transition period (transition)' },
  entrusted_by: { zh: '委托机关（entrusted_by）', en: 'entrusting organ (entrusted_by)' },
};

function decidedByOk(d: Delegation): boolean {
  return isProvincialGovernment(d.decided_by) || (d.route === '相对集中' && STATE_COUNCIL.test(normalize(d.decided_by ?? '').replace(/\s+/g, '')));
}

function missingParts(d: Delegation, asOf: string, province: string | undefined): string[] {
  // A provincial government's document number (鲁政字〔2024〕35号) names the deciding body well enough.
  const has = (k: keyof Delegation) => d[k] !== undefined || (k === 'decided_by' && isProvincialDocument(d.document, province));
  switch (d.route) {
    case '交由': {
      const out = (['decided_by', 'document', 'date'] as const).filter((k) => !has(k)) as string[];
      if (!d.published?.date && !d.published?.where) out.push('published');
      // A decision younger than the evaluation period cannot have been evaluated yet.
      if (evaluationMissing(d, asOf)) out.push('evaluated');
      if (!d.transition?.from && !d.transition?.to) out.push('transition');
      return out;
    }
    case '委托':
      return (['entrusted_by', 'document'] as const).filter((k) => !has(k));
    case '相对集中':
      return has('decided_by') ? [] : ['decided_by'];
    default:
      return [];
  }
}

/** A delegation record carries what its route needs, and its route and acting name agree. */
export default defineRule({
  id: 'delegation-record',
  category: 'legal',
  reads: ['asOf'],
  severity: 'error',
  title: { zh: '赋权记录不完整或不一致', en: 'Delegation record incomplete or inconsistent' },
  messages: {
    missingHandOver: {
      zh: '以“交由”方式赋权，赋权记录缺少{parts}',
      en: 'delegation by 交由 (hand-over) lacks {parts}',
      hint: {
        zh: '补齐省级人民政府的决定机关、文号、日期、公布情况、过渡期和最近评估日期（行政处罚法第二十四条）',
        en: 'record the provincial government\'s decision: body, number, date, publication, transition period and last evaluation (行政处罚法 Art. 24)',
      },
      source: { law: '行政处罚法第二十四条第一款（省、自治区、直辖市决定交由乡镇、街道行使，决定应当公布，定期组织评估）', doc: 'delegation' },
    },
    missingEntrust: {
      zh: '以“委托”方式赋权，赋权记录缺少{parts}',
      en: 'delegation by 委托 (entrustment) lacks {parts}',
      hint: { zh: '写明委托机关和书面委托书的文号（行政处罚法第二十条）', en: 'record the entrusting organ and the number of the written instrument (行政处罚法 Art. 20)' },
      source: '行政处罚法第二十条（书面委托，委托书载明委托的具体事项、权限、期限并向社会公布）；行政许可法第二十四条',
    },
    missingConcentrated: {
      zh: '以“相对集中”方式赋权，赋权记录缺少{parts}',
      en: 'delegation by 相对集中 (concentration) lacks {parts}',
      hint: { zh: '写明作出决定的国务院或省级人民政府（行政处罚法第十八条第二款）', en: 'record the State Council or provincial government that decided it (行政处罚法 Art. 18(2))' },
      source: '行政处罚法第十八条第二款（国务院或者省、自治区、直辖市人民政府可以决定一个行政机关行使有关行政机关的行政处罚权）',
    },
    decidedBy: {
      zh: '以“{route}”方式赋权须由{need}决定，记录的决定机关是“{by}”',
      en: 'delegation by {route} must be decided by {need}; the record names "{by}"',
      hint: { zh: '核对赋权决定的制定机关（{law}）；县级作出的只能是委托', en: 'check who made the decision ({law}); a county decision can only be an entrustment (委托)' },
    },
    handOverInDeptName: {
      zh: '以“交由”方式赋权，行使名义却是“部门”',
      en: 'delegation by 交由 (hand-over) is exercised in the department\'s name',
      hint: { zh: '交由的权力由乡镇以自己的名义行使（行政处罚法第二十四条），写 in_name_of: 乡镇；以部门名义行使的应为委托（第二十条）', en: 'a power handed over is exercised in the township\'s own name (行政处罚法 Art. 24; in_name_of: 乡镇); acting in the department\'s name is an entrustment (委托, Art. 20)' },
      source: '行政处罚法第二十四条（交由乡镇、街道行使）、第二十条（受委托组织以委托行政机关名义实施）',
    },
    entrustInTownshipName: {
      zh: '以“委托”方式赋权，行使名义却是“乡镇”',
      en: 'delegation by 委托 (entrustment) is exercised in the township\'s own name',
      hint: { zh: '受委托的乡镇以委托部门的名义实施，写 in_name_of: 部门（行政处罚法第二十条）', en: 'an entrusted township acts in the entrusting department\'s name: write in_name_of: 部门 (行政处罚法 Art. 20)' },
      source: '行政处罚法第二十条（受委托组织在委托范围内，以委托行政机关名义实施行政处罚）',
    },
    stale: {
      zh: '最近一次评估在 {evaluated}，已超过 {years} 年',
      en: 'the last evaluation was on {evaluated}, more than {years} years ago',
      hint: { zh: '组织评估并记录评估日期（行政处罚法第二十四条：定期组织评估）；不能有效承接的，按程序收回', en: 'evaluate the delegation and record the date (行政处罚法 Art. 24: periodic evaluation); take the power back if the township cannot carry it' },
      severity: 'warning',
      source: { law: '行政处罚法第二十四条第一款（省、自治区、直辖市决定交由乡镇、街道行使，决定应当公布，定期组织评估）', doc: 'delegation' },
    },
  },
  docs: {
    why: {
      zh: '乡镇行使县级部门的行政处罚权，须有合法的赋权途径并留有记录：交由须由省、自治区、直辖市决定、公布、定期评估并设过渡期；委托须有书面委托书，受托乡镇以委托部门的名义实施；相对集中须由国务院或省级人民政府决定。交由以部门名义、委托以乡镇名义，都说明途径写错了。尚未满评估周期的交由决定不要求评估日期。',
      en: 'A township exercising a county department\'s penalty power needs a lawful route and a record of it: 交由 is decided and published by a province, evaluated periodically and has a transition period; 委托 needs a written instrument and is exercised in the entrusting department\'s name; 相对集中 is decided by the State Council or a provincial government. 交由 in a department\'s name, or 委托 in the township\'s own name, shows the route is wrong. A 交由 decision younger than the evaluation period needs no evaluation date yet.',
    },
    bad: 'kind: domain\ndomain: 综合执法\nlist: 赋权事项\nitems:\n  - id: FQ-001\n    name: 占道经营的行政处罚\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [依法查处占道经营]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 交由\n      in_name_of: 乡镇\n      decided_by: 山东省人民政府\n',
    good: 'kind: domain\ndomain: 综合执法\nlist: 赋权事项\nitems:\n  - id: FQ-001\n    name: 占道经营的行政处罚\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [依法查处占道经营]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 交由\n      in_name_of: 乡镇\n      decided_by: 山东省人民政府\n      document: 鲁政字〔2024〕35号\n      date: 2024-03-01\n      published: {date: 2024-03-05, where: 山东省人民政府公报}\n      transition: {from: 2024-04-01, to: 2024-12-31}\n      evaluated: 2026-03-01\n',
    source: '行政处罚法第十八条第二款、第二十条、第二十四条',
  },
  check(ctx) {
    const routeEn: Record<string, string> = { 交由: '交由 (hand-over)', 相对集中: '相对集中 (concentration)' };
    const missingId = { 交由: 'missingHandOver', 委托: 'missingEntrust', 相对集中: 'missingConcentrated' } as const;
    for (const at of items(ctx.project)) {
      const d = at.item.delegation;
      if (!d) continue;
      const base = [...at.path, 'delegation'];
      const item = at.item.id;
      const parts = missingParts(d, ctx.asOf, ctx.policy.province);
      if (parts.length) {
        const list = { zh: parts.map((p) => PART_NAMES[p].zh).join('、'), en: parts.map((p) => PART_NAMES[p].en).join(', ') };
        ctx.report(at.file, at.path, missingId[d.route as keyof typeof missingId], { item, keyOf: 'delegation', args: { parts: list } });
      }
      if (d.decided_by && (d.route === '交由' || d.route === '相对集中') && !decidedByOk(d)) {
        const need = d.route === '交由' ? { zh: '省、自治区、直辖市人民政府', en: 'a provincial government' } : { zh: '国务院或省、自治区、直辖市人民政府', en: 'the State Council or a provincial government' };
        const law = d.route === '交由' ? { zh: '行政处罚法第二十四条第一款', en: '行政处罚法 Art. 24(1)' } : { zh: '行政处罚法第十八条第二款', en: '行政处罚法 Art. 18(2)' };
        ctx.report(at.file, [...base, 'decided_by'], 'decidedBy', {
          item,
          source: d.route === '交由' ? { law: '行政处罚法第二十四条第一款（省、自治区、直辖市决定交由乡镇、街道行使，决定应当公布，定期组织评估）', doc: 'delegation' } : '行政处罚法第十八条第二款（国务院或者省、自治区、直辖市人民政府决定相对集中行政处罚权）',
          args: { route: { zh: d.route, en: routeEn[d.route] }, by: d.decided_by, need, law },
        });
      }
      if (d.route === '交由' && d.in_name_of === '部门') ctx.report(at.file, [...base, 'in_name_of'], 'handOverInDeptName', { item });
      if (d.route === '委托' && d.in_name_of === '乡镇') ctx.report(at.file, [...base, 'in_name_of'], 'entrustInTownshipName', { item });
      if (evaluationStale(d, ctx.asOf)) {
        ctx.report(at.file, [...base, 'evaluated'], 'stale', { item, args: { evaluated: d.evaluated, years: EVALUATION_YEARS } });
      }
    }
  },
});
