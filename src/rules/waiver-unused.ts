import { defineRule } from './define-rule.js';

/** Reported when the project configuration is applied: a waiver that suppressed nothing. */
export default defineRule({
  id: 'waiver-unused',
  category: 'policy',
  severity: 'warning',
  title: { zh: '豁免未使用', en: 'Waiver unused' },
  messages: {
    unused: {
      zh: '对事项 {item} 的 {rule} 豁免没有对应的问题',
      en: 'the waiver of {rule} for item {item} matches no finding',
      hint: { zh: '问题已整改的，删去这条豁免；否则核对规则编号和事项编号', en: 'if the item was fixed, remove the waiver; otherwise check the rule id and the item id' },
    },
    unknownRule: {
      zh: '豁免中的规则 {rule} 不存在{guess}',
      en: 'the waiver names rule {rule}, which does not exist{guess}',
      hint: { zh: '规则编号见 resp rules', en: 'see resp rules for rule ids' },
    },
  },
  docs: {
    why: {
      zh: '豁免要与具体问题一一对应。问题已整改、事项编号写错或规则编号写错的豁免什么也不压制，留在登记中会让人误以为还有未整改的例外。',
      en: 'A waiver must answer a real finding. One whose item was fixed, or whose item or rule id is misspelt, suppresses nothing and misleads readers of the register.',
    },
    bad: 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\nwaivers:\n  - rule: township-enforcement\n    item: ZR-999\n    reason: 待省级交由决定公布\n    approver: 县司法局\n    document: 示司函〔2026〕3号\n    expires: 2099-12-31\n',
    good: 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\n',
    source: 'resp 豁免登记：规则、事项、理由、批准人、文号、有效期',
  },
});
