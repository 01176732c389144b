import { defineRule } from './define-rule.js';
import { buildProblems } from './util/build-problems.js';

/** An exclusion of a county item needs its reason and the approving document. */
export default defineRule({
  id: 'township-exclusion-record',
  category: 'policy',
  severity: 'error',
  title: { zh: '不适用事项缺少理由或批准文件', en: 'Exclusion without reason or approval' },
  messages: {
    missing: {
      zh: '{township} 排除事项 {item} 缺少{what}',
      en: '{township} excludes item {item} without {what}',
      hint: { zh: '写明 reason（为什么本乡镇不适用）和 approval（批准文件文号）', en: 'state reason (why it does not apply here) and approval (the approving document number)' },
    },
  },
  docs: {
    why: {
      zh: '县级清单的事项对每个乡镇都适用；某个乡镇不适用，属于清单调整，须有理由并经批准，否则就是擅自减少责任。',
      en: 'County items apply to every township; leaving one out is an adjustment of the list that needs a reason and an approval.',
    },
    bad: 'kind: township\ntownship: 东湖镇\nexclude:\n  - item: BASE-001\n',
    good: 'kind: township\ntownship: 东湖镇\nexclude:\n  - item: BASE-001\n    reason: 本镇无耕地\n    approval: 示县编办函〔2026〕1号\n',
    source: '县乡“属地管理”事项责任清单动态调整程序（书面申请、编办和司法局审核、批准）',
  },
  check(ctx) {
    const words = { reason: { zh: '理由（reason）', en: 'a reason' }, approval: { zh: '批准文件（approval）', en: 'an approval' } } as const;
    for (const { problem: p, file } of buildProblems(ctx, 'exclusion-record')) {
      const what = { zh: p.missing.map((k) => words[k].zh).join('和'), en: p.missing.map((k) => words[k].en).join(' and ') };
      ctx.report(file, p.path, 'missing', { item: p.item, args: { township: p.township, item: p.item, what } });
    }
  },
});
