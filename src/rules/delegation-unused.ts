import { defineRule } from './define-rule.js';
import { items } from '../load/items.js';
import { isRecallable, yearsText } from '../model/delegation-lifecycle.js';
import { usageRecords } from './util/usage.js';

/**
 * A delegated power no township used in the latest full year after its transition period: a
 * candidate for recall, for the evaluation to weigh. Info, not a warning: the law asks for the
 * evaluation, not for cases; a power may go unused because nobody broke the rule, and only the body
 * that delegated it can take it back.
 */
export default defineRule({
  id: 'delegation-unused',
  category: 'policy',
  reads: ['asOf'],
  severity: 'info',
  title: { zh: '赋权事项没有办件', en: 'Delegated power not used' },
  messages: {
    unused: {
      zh: '{after}，{years} 年各乡镇（街道）均没有该事项的办件记录',
      en: '{after}, no township recorded a case of it in {years}',
      hint: {
        zh: '评估时研究没有办件的原因（无执法对象、承接能力不足、实际仍由部门办理）；不适宜下放的，报原决定机关调整收回，并在调整记录（changes.yaml）写明理由',
        en: 'have the evaluation find out why (nothing to enforce, no capacity, the department still does the work); if the power should not stay with the townships, ask the deciding body to take it back and record the reason in the change log (changes.yaml)',
      },
    },
  },
  docs: {
    why: {
      zh: '赋权要“放得下、接得住、管得好”。过渡期满后整年没有一件办件的事项，或是没有行权对象（如无渔港水域却下放渔港水域作业处罚），或是乡镇接不住、实际仍由部门办理，都应在评估中研究原因，不适宜下放的及时调整收回（象山县 2025 年收回 13 项处罚事项）。办件量取自 usage 文件（delegations/usage-2025.yaml），只判断已经结束、且有统计的年度；各乡镇都为 0（或没有登记）才报告，个别乡镇的办件情况见导出的赋权事项台账。级别为提示：办件少不等于违法，收回要由原决定机关决定。',
      en: 'Delegation should reach townships that can and do use it. A power nobody used in a whole year after its transition period either has nothing to act on (a fishing-port penalty where there is no port) or is not carried by the townships (the department still does the work); the evaluation should find out why and have it taken back where it does not belong. Use comes from the usage files (delegations/usage-2025.yaml); only finished years with statistics count, and only when every township recorded none (or is not listed). Each township\'s use is in the ledger of the export. Info only: few cases are not unlawful, and only the deciding body can take a power back.',
    },
    bad: 'kind: domain\ndomain: 综合执法\nlist: 赋权事项\nitems:\n  - id: FQ-001\n    name: 占道经营的行政处罚\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [依法查处占道经营]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 交由\n      in_name_of: 乡镇\n      decided_by: 山东省人民政府\n      document: 鲁政字〔2024〕35号\n      date: 2024-03-01\n      published: {date: 2024-03-05, where: 山东省人民政府公报}\n      transition: {from: 2024-04-01, to: 2024-12-31}\n      evaluated: 2025-03-20\n---\nkind: usage\nyear: 2025\nusage:\n  - {township: 东湖镇, item: FQ-001, count: 0}\n',
    good: 'kind: domain\ndomain: 综合执法\nlist: 赋权事项\nitems:\n  - id: FQ-001\n    name: 占道经营的行政处罚\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [依法查处占道经营]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 交由\n      in_name_of: 乡镇\n      decided_by: 山东省人民政府\n      document: 鲁政字〔2024〕35号\n      date: 2024-03-01\n      published: {date: 2024-03-05, where: 山东省人民政府公报}\n      transition: {from: 2024-04-01, to: 2024-12-31}\n      evaluated: 2025-03-20\n---\nkind: usage\nyear: 2025\nusage:\n  - {township: 东湖镇, item: FQ-001, count: 3}\n',
    source: '行政处罚法第二十四条第一款（定期组织评估）；赋权事项评估和动态调整',
  },
  check(ctx) {
    if (!ctx.project.usage?.length) return;
    const usage = usageRecords(ctx.project, ctx.registry);
    if (!usage.years.size) return;
    for (const at of items(ctx.project)) {
      const d = at.item.delegation;
      if (!isRecallable(d)) continue;
      const years = usage.unusedYears(at.item.id, d, ctx.asOf);
      if (!years.length) continue;
      const after = d.transition?.to
        ? { zh: `过渡期（至 ${d.transition.to}）届满后`, en: `after the transition period (to ${d.transition.to})` }
        : { zh: `赋权决定（${d.date}）后`, en: `after the decision (${d.date})` };
      ctx.report(at.file, at.path, 'unused', { item: at.item.id, keyOf: 'delegation', args: { years: yearsText(years), after } });
    }
  },
});
