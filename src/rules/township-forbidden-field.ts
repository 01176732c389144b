import { defineRule } from './define-rule.js';
import { buildProblems } from './util/build-problems.js';

/** A township may not change the legal basis, the lead, the name, the power type or others' duties of a county item. */
export default defineRule({
  id: 'township-forbidden-field',
  category: 'policy',
  severity: 'error',
  title: { zh: '乡镇调整了不允许调整的字段', en: 'Township changes a field it may not change' },
  messages: {
    forbidden: {
      zh: '{township} 不能调整事项 {item} 的 {field}：事项名称、法律依据、权力类型、主责单位和其他单位的职责由县级清单确定',
      en: '{township} may not change {field} of item {item}: name, legal basis, power type, lead and other parties\' duties are set by the county list',
      hint: { zh: '乡镇只能调整 office（承办机构）、duties（本乡镇职责）、manual、notes；其他内容请按动态调整程序向编办申请修改县级清单', en: 'a township may set office, duties (its own), manual and notes only; request other changes to the county list through the adjustment procedure' },
    },
  },
  docs: {
    why: {
      zh: '主责单位和法律依据是司法局合法性审查的对象，只能在县级清单中按程序调整。乡镇文件改动它们，会让同一事项在各乡镇的执法主体不一致。',
      en: 'The lead and the legal basis are what the legal review approved; they change only in the county list, through the procedure. A township changing them would give one item different enforcement subjects in different places.',
    },
    bad: 'kind: township\ntownship: 东湖镇\nadjust:\n  - item: BASE-001\n    set:\n      basis: [《中华人民共和国土地管理法》第七十七条]\n',
    good: 'kind: township\ntownship: 东湖镇\nadjust:\n  - item: BASE-001\n    set:\n      office: 综合执法中心\n',
    source: '县乡“属地管理”事项责任清单动态调整程序；行政处罚法第十七条（实施主体）',
  },
  check(ctx) {
    for (const { problem: p, file } of buildProblems(ctx, 'forbidden-field')) {
      ctx.report(file, p.path, 'forbidden', { item: p.item, args: { township: p.township, item: p.item, field: p.field } });
    }
  },
});
