import { defineRule } from './define-rule.js';
import { buildProblems } from './util/build-problems.js';

/** A township file excludes or adjusts a county item that does not exist or does not concern it. */
export default defineRule({
  id: 'township-unknown-item',
  category: 'consistency',
  severity: 'error',
  title: { zh: '乡镇文件引用了不存在的县级事项', en: 'Township file refers to an unknown county item' },
  messages: {
    unknown: {
      zh: '{township} 引用的事项 {item} 不在县级清单中，或与本乡镇无关（已排除的事项不能再调整）',
      en: '{township} refers to item {item}, which is not in the county list or does not concern this township (an excluded item cannot be adjusted)',
      hint: { zh: '核对事项编号；县级事项改号或删除后，同步修改乡镇文件', en: 'check the item id; when a county item is renumbered or removed, update the township file too' },
    },
  },
  docs: {
    why: {
      zh: '乡镇文件按编号引用县级事项。编号写错或县级事项已删除时，这条排除或调整不会生效，而编制人员以为它生效了。',
      en: 'Township files refer to county items by id. A wrong or stale id means the exclusion or adjustment silently does nothing.',
    },
    bad: 'kind: township\ntownship: 东湖镇\nexclude:\n  - item: ZR-999\n    reason: 本镇无此情形\n    approval: 示县编办函〔2026〕1号\n',
    good: 'kind: township\ntownship: 东湖镇\nexclude: []\n',
    source: 'resp 编译规则：乡镇文件只能引用本乡镇适用的县级事项',
  },
  check(ctx) {
    for (const { problem: p, file } of buildProblems(ctx, 'unknown-item')) {
      ctx.report(file, p.path, 'unknown', { item: p.item, args: { township: p.township, item: p.item } });
    }
  },
});
