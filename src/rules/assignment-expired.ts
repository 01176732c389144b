import { defineRule } from './define-rule.js';
import { assignments } from './util/assignments.js';

/** An assignment whose deadline has passed. */
export default defineRule({
  id: 'assignment-expired',
  category: 'policy',
  reads: ['asOf'],
  severity: 'warning',
  title: { zh: '交办事项已过完成时限', en: 'Assignment past its deadline' },
  messages: {
    expired: {
      zh: '交办事项 {id} 的完成时限 {deadline} 已过（{asOf}）',
      en: 'assignment {id} was due on {deadline} ({asOf})',
      hint: {
        zh: '临时性任务到期即应结束：删去该交办事项；确需延续的，按准入程序（{doc}）重新审批并更新完成时限',
        en: 'a temporary task ends at its deadline: remove it; if it must go on, have it approved again through admission ({doc}) and update the deadline',
      },
      source: { doc: 'admission' },
    },
  },
  docs: {
    why: {
      zh: '交办给乡镇的是阶段性、临时性任务，完成时限是准入时批准的内容。过期仍挂在清单上，等于把临时任务变成了乡镇的长期职责而未经批准。',
      en: 'Tasks handed to townships are temporary; the deadline is part of what was approved. Keeping an expired task turns it into a standing duty of the township without approval.',
    },
    bad: 'kind: assignments\nassignments:\n  - id: JB-001\n    name: 秸秆禁烧专项巡查\n    applicant: 县生态环境分局\n    lead: {party: 乡镇（街道）, duties: [组织开展秸秆禁烧巡查，发现火点及时劝阻并报告]}\n    support:\n      - {party: 县生态环境分局, duties: [制定巡查方案，开展业务培训，依法查处露天焚烧秸秆行为]}\n    explanation: 夏秋两季秸秆焚烧点多面广，需乡镇组织网格员巡查\n    procedure: [县生态环境分局制定方案, 乡镇组织巡查并上报火点, 县生态环境分局核查处置]\n    deadline: 2020-10-31\n    safeguards: {funds: 县财政安排专项经费, staff: 县生态环境分局派员驻镇指导}\n    consulted: {date: 2020-05-10, opinion: 各乡镇同意}\n    review:\n      bianban: {by: 县委编办, date: 2020-05-15}\n      sifa: {by: 县司法局, date: 2020-05-16}\n    approval: {by: 县人民政府, date: 2020-05-20, document: 示政字〔2020〕8号}\n',
    good: 'kind: assignments\nassignments: []\n',
    source: '中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》（清单外事项准入）',
  },
  check(ctx) {
    for (const at of assignments(ctx.project)) {
      const { deadline, id } = at.assignment;
      if (deadline && deadline < ctx.asOf) ctx.report(at.file, [...at.path, 'deadline'], 'expired', { item: id, args: { id, deadline, asOf: ctx.asOf, doc: ctx.policy.documents.admission ?? '' } });
    }
  },
});
