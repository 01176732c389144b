import { defineRule } from './define-rule.js';
import { buildProblems } from './util/build-problems.js';

/** A township adjustment that sets every field to the value it already has. */
export default defineRule({
  id: 'township-noop-adjustment',
  category: 'consistency',
  severity: 'warning',
  title: { zh: '调整没有改变任何内容', en: 'Adjustment changes nothing' },
  messages: {
    noop: {
      zh: '{township} 对事项 {item} 的调整与县级清单相同，没有改变任何内容',
      en: '{township}\'s adjustment of item {item} equals the county list and changes nothing',
      hint: { zh: '删除这条调整；县级事项改动后，检查乡镇调整是否还需要', en: 'remove the adjustment; after county items change, check whether township adjustments are still needed' },
    },
  },
  docs: {
    why: {
      zh: '与县级清单相同的调整是多余的，往往说明县级事项已改、乡镇文件没有跟着改，审核时会误以为本乡镇有差异。',
      en: 'An adjustment equal to the county list is redundant and often means the county item changed while the township file did not.',
    },
    bad: 'kind: township\ntownship: 东湖镇\nadjust:\n  - item: BASE-001\n    set:\n      duties: [日常巡查，发现后及时劝阻并报告]\n',
    good: 'kind: township\ntownship: 东湖镇\nadjust:\n  - item: BASE-001\n    set:\n      office: 综合执法中心\n',
    source: 'resp 编译规则',
  },
  check(ctx) {
    for (const { problem: p, file } of buildProblems(ctx, 'noop-adjustment')) {
      ctx.report(file, p.path, 'noop', { item: p.item, args: { township: p.township, item: p.item } });
    }
  },
});
