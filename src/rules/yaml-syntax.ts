import { defineRule } from './define-rule.js';

/** Reported by the loader: the file is not valid YAML. */
export default defineRule({
  id: 'yaml-syntax',
  category: 'file',
  severity: 'error',
  title: { zh: 'YAML 语法错误', en: 'YAML syntax error' },
  messages: {
    // What the parser said, explained (load/yaml-problems.ts holds one explanation and one advice per parser error).
    syntax: {
      zh: 'YAML 语法错误：{detail}',
      en: 'YAML syntax error: {detail}',
      hint: { zh: '{advice}', en: '{advice}' },
    },
    tooDeep: {
      zh: 'YAML 嵌套超过 {max} 层，未解析',
      en: 'YAML nested more than {max} levels deep; not parsed',
      hint: {
        zh: '清单只需要十几层；检查这里是否误写了成串的 [、{ 或 - ，或缩进逐行加深',
        en: 'lists need about a dozen levels; look for runs of [, { or - here, or indentation that grows line by line',
      },
    },
  },
  docs: {
    why: {
      zh: '文件无法解析时，其中的事项都无法校验、编译和导出。只报告第一个语法错误，后面的错误通常由它引起。',
      en: 'A file that does not parse cannot be checked, built or exported. Only the first syntax error is shown; later ones usually follow from it.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: "未闭合的引号\n',
    good: 'kind: domain\ndomain: 自然资源\nitems: []\n',
    source: 'YAML 1.2',
  },
});
