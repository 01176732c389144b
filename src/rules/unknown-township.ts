import { defineRule } from './define-rule.js';
import { buildProblems } from './util/build-problems.js';

/** A township file names a township that is not in the township registry. */
export default defineRule({
  id: 'unknown-township',
  category: 'consistency',
  severity: 'error',
  title: { zh: '乡镇未登记', en: 'Township not in the registry' },
  messages: {
    unknown: {
      zh: '乡镇（街道）“{township}”不在乡镇登记册中，本文件不会编入任何乡镇的清单',
      en: 'township "{township}" is not in the township registry; this file is not compiled into any list',
      hint: { zh: '改用 registry/townships.yaml 中的名称，或先登记该乡镇', en: 'use a name from registry/townships.yaml, or register the township first' },
    },
  },
  docs: {
    why: {
      zh: '乡镇文件按名称对应到登记的乡镇。名称不符时文件被忽略，该乡镇的个性事项和调整都不会出现在发布的清单里。',
      en: 'Township files are matched to registered townships by name; an unmatched file is ignored and its items never reach the published list.',
    },
    bad: 'kind: township\ntownship: 东胡镇\n',
    good: 'kind: township\ntownship: 东湖镇\n',
    source: 'resp 编译规则',
  },
  check(ctx) {
    for (const { problem: p, file } of buildProblems(ctx, 'unknown-township')) {
      ctx.report(file, p.path, 'unknown', { args: { township: p.township } });
    }
  },
});
