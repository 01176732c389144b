import { defineRule } from './define-rule.js';

/** Reported by the loader: the file does not say which kind it is. */
export default defineRule({
  id: 'unknown-kind',
  category: 'file',
  severity: 'error',
  title: { zh: '无法识别的文件类型', en: 'Unknown file kind' },
  messages: {
    notMapping: {
      zh: '文件顶层应为键值对（映射），实际是{actual}',
      en: 'the top level of the file must be a mapping, found {actual}',
      hint: { zh: '在文件开头写 kind: 以及 {kinds} 之一', en: 'start the file with kind: and one of {kinds}' },
    },
    unknownKind: {
      zh: '无法识别文件类型：kind 为“{kind}”',
      en: 'unknown file kind "{kind}"',
      hint: { zh: '在文件开头写 kind: 以及 {kinds} 之一', en: 'start the file with kind: and one of {kinds}' },
      hints: { guess: { zh: '是否想写 kind: {guess}？', en: 'did you mean kind: {guess}?' } },
    },
    missingKind: {
      zh: '无法识别文件类型：缺少 kind 字段',
      en: 'unknown file kind: the kind field is missing',
      hint: { zh: '在文件开头写 kind: 以及 {kinds} 之一', en: 'start the file with kind: and one of {kinds}' },
    },
  },
  docs: {
    why: {
      zh: '每个文件用 kind 说明自己是配置、登记册、领域事项、乡镇文件还是交办事项，才能按对应的结构校验。',
      en: 'Each file names its kind (config, registry, domain, township, assignments) so that it is checked against the right structure.',
    },
    bad: 'domain: 自然资源\nitems: []\n',
    good: 'kind: domain\ndomain: 自然资源\nitems: []\n',
    source: 'resp 文件格式（schemas/）',
  },
});
