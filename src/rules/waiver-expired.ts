import { defineRule } from './define-rule.js';

/** Reported when the project configuration is applied: a waiver past its expiry date. */
export default defineRule({
  id: 'waiver-expired',
  category: 'policy',
  severity: 'warning',
  title: { zh: '豁免已过期', en: 'Waiver expired' },
  messages: {
    expired: {
      zh: '对事项 {item} 的 {rule} 豁免已于 {expires} 到期，不再生效',
      en: 'the waiver of {rule} for item {item} expired on {expires} and no longer applies',
      hint: {
        zh: '整改该事项后删去这条豁免；确需继续豁免的，重新报批并更新 expires 和批准文号',
        en: 'fix the item and remove the waiver; if it must continue, have it approved again and update expires and document',
      },
    },
  },
  docs: {
    why: {
      zh: '豁免是经批准的临时例外，有明确的有效期。过期后豁免不再压制该规则的问题，过期的豁免本身也要报告，以便整改或重新报批。',
      en: 'A waiver is an approved, temporary exception with an expiry date. Once expired it no longer suppresses the rule\'s findings and is reported itself, so the item is fixed or the waiver approved again.',
    },
    bad: 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\nwaivers:\n  - rule: township-enforcement\n    item: BASE-001\n    reason: 待省级交由决定公布\n    approver: 县司法局\n    document: 示司函〔2024〕3号\n    expires: 2025-06-30\n',
    good: 'kind: config\njurisdiction: {name: 示例县, level: 县}\nprofile: national\n',
    source: 'resp 豁免登记：规则、事项、理由、批准人、文号、有效期',
  },
});
