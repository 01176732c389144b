import type { Assignment } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { assignments } from './util/assignments.js';

/** Parts an admission record (准入) can have, each with its name in both languages; the profile says which are required. */
const PARTS: { key: string; zh: string; en: string; has: (a: Assignment) => boolean }[] = [
  { key: 'explanation', zh: '专项说明', en: 'explanation', has: (a) => !!a.explanation },
  { key: 'lead', zh: '主体责任', en: 'lead', has: (a) => !!a.lead?.party },
  { key: 'support', zh: '配合责任', en: 'support', has: (a) => (a.support ?? []).length > 0 },
  { key: 'procedure', zh: '办事流程', en: 'procedure', has: (a) => (a.procedure ?? []).length > 0 },
  { key: 'deadline', zh: '完成时限', en: 'deadline', has: (a) => !!a.deadline },
  { key: 'safeguards.funds', zh: '经费保障', en: 'funds', has: (a) => !!a.safeguards?.funds },
  { key: 'safeguards.staff', zh: '人员支持', en: 'staff', has: (a) => !!a.safeguards?.staff },
  { key: 'consulted', zh: '征求乡镇意见', en: 'consultation of the townships', has: (a) => !!(a.consulted?.date || a.consulted?.opinion) },
  { key: 'review.bianban', zh: '编办审核', en: 'review by the staffing office', has: (a) => nonEmpty(a.review?.bianban) },
  { key: 'review.sifa', zh: '司法局审核', en: 'review by the justice bureau', has: (a) => nonEmpty(a.review?.sifa) },
  { key: 'approval', zh: '党委政府批准', en: 'approval by the county', has: (a) => nonEmpty(a.approval) },
];

function nonEmpty(o: object | undefined): boolean {
  return !!o && Object.values(o).some((v) => v !== undefined && v !== '');
}

/**
 * Funds that are no funds: nothing written in words (无, 暂无, 不涉及), or the cost left with the townships
 * themselves (乡镇自筹, 由乡镇自行解决, 按属地管理原则由乡镇承担). Money follows the task (费随事转): the
 * record names who pays and from what.
 */
const NO_FUNDS = /^(无|暂无|没有|不涉及|不需要|无需|—+|-+|\/)$/;
const TOWNSHIPS_PAY = /(自筹|自行解决|自行承担|自行负担|自理)|(乡|镇|街道|属地)[^,，。;；]{0,8}?(承担|负担|解决|统筹)/;

export function hollowFunds(funds: string): boolean {
  const t = funds.replace(/\s+/g, '').replace(/[。.]$/, '');
  return NO_FUNDS.test(t) || TOWNSHIPS_PAY.test(t);
}

/** Every assignment handed to townships carries its full admission record. */
export default defineRule({
  id: 'assignment-admission',
  category: 'policy',
  severity: 'error',
  title: { zh: '交办事项缺少准入记录', en: 'Assignment without its admission record' },
  messages: {
    missing: {
      zh: '交办事项 {id} 的准入记录缺少：{parts}',
      en: 'assignment {id} lacks parts of its admission record: {parts}',
      hint: {
        zh: '清单外的临时性、阶段性任务经准入才能交由乡镇承担，准入记录须有：{required}（{doc}）；县级部门不得以属地管理为名把自身职责交给乡镇',
        en: 'a task outside the list may be handed to townships only through admission, whose record needs: {required} ({doc}); county departments may not pass their own duties down in the name of territorial management',
      },
      source: { doc: 'admission' },
    },
    hollowFunds: {
      zh: '交办事项 {id} 的经费保障写的是“{funds}”：经费没有随任务落到乡镇',
      en: 'assignment {id} gives its funds as "{funds}": no money follows the task to the townships',
      hint: {
        zh: '写明由县财政或申请部门安排的经费来源和标准（费随事转）；乡镇没有为清单外任务自筹经费的义务',
        en: 'state the money the county budget or the applicant provides and at what rate (funds follow the task); townships need not fund tasks outside their list',
      },
      source: { doc: 'admission' },
    },
    selfApproved: {
      zh: '交办事项 {id} 由申请部门“{by}”自己批准：清单外事项须报本级党委、政府批准',
      en: 'assignment {id} is approved by "{by}", the department that asks for it: a task outside the list is approved by the county party committee or government',
      hint: {
        zh: '报县委、县政府（本级人民政府）批准，approval.by 写批准机关，并附批准文号',
        en: 'have the county party committee or government approve it; write that body in approval.by with the document number',
      },
      source: { doc: 'admission' },
    },
    approvedByDepartment: {
      zh: '交办事项 {id} 由部门“{by}”批准：清单外事项须报本级党委、政府批准，部门的审核不是批准',
      en: 'assignment {id} is approved by the department "{by}": a task outside the list is approved by the county party committee or government; a department\'s review is no approval',
      hint: {
        zh: '报县委、县政府（本级人民政府）批准，approval.by 写批准机关；编办、司法局的审核写在 review 中',
        en: 'have the county party committee or government approve it and write that body in approval.by; the staffing office\'s and justice bureau\'s reviews go under review',
      },
      source: { doc: 'admission' },
    },
  },
  docs: {
    why: {
      zh: '县级部门不得以属地管理为名把自身职责交给乡镇。清单外确需乡镇承担的阶段性、临时性任务，要经准入：责任分工、流程时限、经费和人员保障（费随事转），经批准后才能交办。各省的要求更多（山东：专项说明、征求乡镇意见、编办和司法局审核），由 resp.yaml 的 profile 决定；本地另有要求的，在 requirements.admission 中补充。经费写“乡镇自筹”“无”，或由申请部门、审核部门自己批准的，记录虽有，准入并没有发生。',
      en: 'County departments may not hand their own duties to townships in the name of territorial management. A temporary task outside the list goes through admission: the split of duties, procedure and deadline, funds and staff (money follows the task), and approval. Provinces ask for more (Shandong: an explanation, the townships\' opinion, review by the staffing office and the justice bureau); the profile in resp.yaml decides, and requirements.admission adds local ones. Funds written as "the townships pay" or "none", or an approval by the asking or reviewing department, fill the record without any admission having taken place.',
    },
    bad: 'kind: assignments\nassignments:\n  - id: JB-001\n    name: 秸秆禁烧专项巡查\n    applicant: 县生态环境分局\n    lead: {party: 乡镇（街道）, duties: [组织开展秸秆禁烧巡查，发现火点及时劝阻并报告]}\n    deadline: 2026-10-31\n',
    good: 'kind: assignments\nassignments:\n  - id: JB-001\n    name: 秸秆禁烧专项巡查\n    applicant: 县生态环境分局\n    lead: {party: 乡镇（街道）, duties: [组织开展秸秆禁烧巡查，发现火点及时劝阻并报告]}\n    support:\n      - {party: 县生态环境分局, duties: [制定巡查方案，开展业务培训，依法查处露天焚烧秸秆行为]}\n    explanation: 夏秋两季秸秆焚烧点多面广，需乡镇组织网格员巡查\n    procedure: [县生态环境分局制定方案, 乡镇组织巡查并上报火点, 县生态环境分局核查处置]\n    deadline: 2026-12-31\n    safeguards: {funds: 县财政安排专项经费, staff: 县生态环境分局派员驻镇指导}\n    consulted: {date: 2026-05-10, opinion: 各乡镇同意}\n    review:\n      bianban: {by: 县委编办, date: 2026-05-15}\n      sifa: {by: 县司法局, date: 2026-05-16}\n    approval: {by: 县人民政府, date: 2026-05-20, document: 示政字〔2026〕8号}\n',
    source: '中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》（清单外事项准入）',
  },
  check(ctx) {
    const required = PARTS.filter((p) => ctx.policy.admission.required.includes(p.key));
    const needs = (key: string) => ctx.policy.admission.required.includes(key);
    const all = { zh: required.map((p) => p.zh).join('、'), en: required.map((p) => p.en).join(', ') };
    for (const at of assignments(ctx.project)) {
      const a = at.assignment;
      const missing = required.filter((p) => !p.has(a));
      if (missing.length) {
        ctx.report(at.file, at.path, 'missing', { item: a.id, args: { id: a.id, parts: { zh: missing.map((p) => `${p.zh}（${p.key}）`).join('、'), en: missing.map((p) => `${p.en} (${p.key})`).join(', ') }, required: all, doc: ctx.policy.documents.admission ?? '' } });
      }
      const funds = a.safeguards?.funds;
      if (needs('safeguards.funds') && typeof funds === 'string' && funds && hollowFunds(funds)) {
        ctx.report(at.file, [...at.path, 'safeguards', 'funds'], 'hollowFunds', { item: a.id, args: { id: a.id, funds } });
      }
      // The approval is the county's (本级人民政府, 党委政府): a department, least of all the applicant, cannot admit its own task.
      const by = a.approval?.by;
      const ref = by ? ctx.registry.resolve(by) : undefined;
      if (needs('approval') && by && ref?.kind === 'department') {
        const self = ctx.registry.resolve(a.applicant);
        const own = self?.kind === 'department' && self.department === ref.department;
        ctx.report(at.file, [...at.path, 'approval', 'by'], own ? 'selfApproved' : 'approvedByDepartment', { item: a.id, args: { id: a.id, by, applicant: a.applicant } });
      }
    }
  },
});
