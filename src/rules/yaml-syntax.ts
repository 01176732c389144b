import { defineRule } from './define-rule.js';

/** Reported by the loader: the file is not valid YAML. */
export default defineRule({
  id: 'yaml-syntax',
  category: 'file',
  severity: 'error',
  title: { zh: 'YAML 语法错误', en: 'YAML syntax error' },
  messages: {},
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
