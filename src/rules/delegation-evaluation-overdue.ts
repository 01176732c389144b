import { defineRule } from './define-rule.js';
import { items } from '../load/items.js';
import { evaluationMissing, evaluationStale, isRecallable, transitionUnevaluated } from '../model/delegation-lifecycle.js';

const SOURCE = { law: '行政处罚法第二十四条第一款（省、自治区、直辖市决定交由乡镇、街道行使，决定应当公布，定期组织评估）', doc: 'delegation' } as const;

/** The transition period of a delegated power has ended and no evaluation is recorded since. */
export default defineRule({
  id: 'delegation-evaluation-overdue',
  category: 'legal',
  reads: ['asOf'],
  severity: 'warning',
  title: { zh: '过渡期满未评估', en: 'Transition period over, no evaluation' },
  messages: {
    notEvaluated: {
      zh: '过渡期已于 {end} 届满，赋权记录中没有评估日期',
      en: 'the transition period ended on {end} and no evaluation is recorded',
      hint: {
        zh: '过渡期届满应组织评估乡镇能否有效承接（行政处罚法第二十四条：定期组织评估），在 evaluated 记录评估日期；接不住或没有实际办件的，按程序调整收回',
        en: 'evaluate whether the township carries the power now that the transition is over (行政处罚法 Art. 24: periodic evaluation) and record the date in evaluated; take back what it cannot carry or never uses',
      },
      source: SOURCE,
    },
    evaluatedBeforeEnd: {
      zh: '最近一次评估在 {evaluated}，早于过渡期届满（{end}），届满后没有再评估',
      en: 'the last evaluation, on {evaluated}, came before the transition period ended ({end}); none is recorded since',
      hint: {
        zh: '过渡期内由部门负责（“工作在镇街、责任在部门”），届满后乡镇独立行使：组织评估并更新 evaluated',
        en: 'during the transition the department answers for the work; after it the township acts alone: evaluate again and update evaluated',
      },
      source: SOURCE,
    },
  },
  docs: {
    why: {
      zh: '赋权设过渡期的，过渡期内仍由县级部门负责，届满后乡镇独立行使。届满之时正是评估乡镇是否“接得住、管得好”的时候（行政处罚法第二十四条要求定期组织评估）：过渡期结束而没有评估记录，说明评估没有做或没有记下。评估日期缺失已由 delegation-record 报告的（交由决定已满三年）、最近一次评估已超过三年的，由 delegation-record 报告，本规则不再重复。',
      en: 'A delegation with a transition period leaves the county department responsible until it ends; after that the township acts alone. Its end is when to evaluate whether the township carries the power (行政处罚法 Art. 24 asks for periodic evaluation): a transition over without an evaluation recorded means none was done or none was written down. A missing date that delegation-record already reports (a hand-over over three years old), or a last evaluation over three years old, is left to delegation-record.',
    },
    bad: 'kind: domain\ndomain: 综合执法\nlist: 赋权事项\nitems:\n  - id: FQ-001\n    name: 占道经营的行政处罚\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [依法查处占道经营]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 交由\n      in_name_of: 乡镇\n      decided_by: 山东省人民政府\n      document: 鲁政字〔2024〕35号\n      date: 2024-03-01\n      published: {date: 2024-03-05, where: 山东省人民政府公报}\n      transition: {from: 2024-04-01, to: 2024-12-31}\n',
    good: 'kind: domain\ndomain: 综合执法\nlist: 赋权事项\nitems:\n  - id: FQ-001\n    name: 占道经营的行政处罚\n    power: 行政处罚\n    lead: {party: 东湖镇, duties: [依法查处占道经营]}\n    basis: [《城市市容和环境卫生管理条例》第三十六条]\n    delegation:\n      route: 交由\n      in_name_of: 乡镇\n      decided_by: 山东省人民政府\n      document: 鲁政字〔2024〕35号\n      date: 2024-03-01\n      published: {date: 2024-03-05, where: 山东省人民政府公报}\n      transition: {from: 2024-04-01, to: 2024-12-31}\n      evaluated: 2025-03-20\n',
    source: '行政处罚法第二十四条第一款（定期组织评估）',
  },
  check(ctx) {
    for (const at of items(ctx.project)) {
      const d = at.item.delegation;
      if (!isRecallable(d) || !transitionUnevaluated(d, ctx.asOf)) continue;
      // One finding per problem: what delegation-record already says about the evaluation is not said again.
      if (evaluationMissing(d, ctx.asOf) || evaluationStale(d, ctx.asOf)) continue;
      const base = [...at.path, 'delegation'];
      const end = d.transition!.to!;
      if (d.evaluated) ctx.report(at.file, [...base, 'evaluated'], 'evaluatedBeforeEnd', { item: at.item.id, args: { evaluated: d.evaluated, end } });
      else ctx.report(at.file, [...base, 'transition', 'to'], 'notEvaluated', { item: at.item.id, args: { end } });
    }
  },
});
