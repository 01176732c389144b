import { defineRule } from './define-rule.js';

/** Reported by the loader: too many alias expansions (billion laughs). */
export default defineRule({
  id: 'alias-limit',
  category: 'file',
  severity: 'error',
  title: { zh: '别名展开过多', en: 'Too many aliases' },
  messages: {
    aliasLimit: {
      zh: '别名（*引用）展开次数过多，疑似“别名炸弹”，已拒绝解析',
      en: 'too many alias expansions (a possible alias bomb); parsing refused',
      hint: { zh: '不要用锚点和别名（& 和 *）批量复制内容', en: 'do not use anchors and aliases (& and *) to copy content in bulk' },
    },
  },
  docs: {
    why: {
      zh: '层层嵌套的别名几百字节就能展开成数十亿个值，耗尽内存。清单不需要别名批量复制，超过 100 次展开即拒绝。',
      en: 'Nested aliases can expand a few hundred bytes into billions of values and exhaust memory. Lists do not need them; more than 100 expansions are refused.',
    },
    bad: 'kind: domain\ndomain: 自然资源\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nitems: []\n',
    good: 'kind: domain\ndomain: 自然资源\nitems: []\n',
    source: 'YAML 1.2 §3.2.2.2（锚点和别名）',
  },
});
