import { defineRule } from './define-rule.js';

/** Reported by the loader: the same key twice in one mapping. */
export default defineRule({
  id: 'duplicate-key',
  category: 'file',
  severity: 'error',
  title: { zh: '重复的键', en: 'Duplicate key' },
  messages: {
    duplicateKey: {
      zh: '重复的键“{key}”：同一层级中一个键只能出现一次',
      en: 'duplicate key "{key}": a key may appear once per mapping',
      hint: { zh: '删除或合并重复的键', en: 'remove or merge the duplicate key' },
    },
  },
  docs: {
    why: {
      zh: '同一层级写了两次同一个键时，只有一个值会生效，另一个被悄悄丢掉，审核者看到的和系统使用的就不一致。',
      en: 'When a key appears twice in one mapping only one value takes effect and the other is silently lost, so what a reviewer reads differs from what is used.',
    },
    bad: 'kind: domain\ndomain: 自然资源\ndomain: 生态环境\nitems: []\n',
    good: 'kind: domain\ndomain: 自然资源\nitems: []\n',
    source: 'YAML 1.2 §3.2.1.1（映射的键必须唯一）',
  },
});
