import { defineRule } from './define-rule.js';

/** Reported by the loader: the file does not match its JSON Schema. */
export default defineRule({
  id: 'schema',
  category: 'schema',
  severity: 'error',
  title: { zh: '不符合文件结构', en: 'Does not match the file structure' },
  messages: {},
  docs: {
    why: {
      zh: '字段缺失、拼错或取值不在范围内时，清单无法可靠地编译和导出。每个问题报告一次，指出字段和期望的写法。',
      en: 'Missing, misspelt or out-of-range fields make a list impossible to build and export reliably. Each problem is reported once, naming the field and what was expected.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处理\n    lead:\n      party: 县自然资源局\n      duties: [依法查处]\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead:\n      party: 县自然资源局\n      duties: [依法查处]\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    source: 'schemas/*.schema.json',
  },
});
