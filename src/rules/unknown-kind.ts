import { defineRule } from './define-rule.js';

/** Reported by the loader: the file does not say which kind it is. */
export default defineRule({
  id: 'unknown-kind',
  category: 'file',
  severity: 'error',
  title: { zh: '无法识别的文件类型', en: 'Unknown file kind' },
  messages: {},
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
