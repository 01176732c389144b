import { defineRule } from './define-rule.js';

/** Reported by the loader: the file does not match its JSON Schema. */
export default defineRule({
  id: 'schema',
  category: 'schema',
  severity: 'error',
  title: { zh: '不符合文件结构', en: 'Does not match the file structure' },
  // One message per JSON Schema keyword; {field} is the key, {title} its Chinese title (in Chinese only).
  messages: {
    required: {
      zh: '缺少必填字段 {field}{title}',
      en: 'missing required field {field}{title}',
      hint: { zh: '在此处补上 {field}: …', en: 'add {field}: … here' },
    },
    additionalProperties: {
      zh: '未知字段 {field}',
      en: 'unknown field {field}',
      hint: { zh: '允许的字段：{allowed}', en: 'allowed fields: {allowed}' },
      hints: { didYouMean: { zh: '是否想写 {suggestion}？', en: 'did you mean {suggestion}?' } },
    },
    type: {
      zh: '字段 {field}{title}应为{expected}，实际是{actual}',
      en: '{field}{title} must be {expected}, found {actual}',
      hints: { how: { zh: '写成{expected}：{how}', en: 'write {expected}: {how}' } },
    },
    enum: {
      zh: '字段 {field}{title}的值“{value}”不在允许范围内',
      en: '{field}{title}: "{value}" is not an allowed value',
      hint: { zh: '可选值：{allowed}', en: 'allowed values: {allowed}' },
      hints: { didYouMean: { zh: '是否想写 {suggestion}？', en: 'did you mean {suggestion}?' } },
    },
    const: { zh: '字段 {field} 应为 {expected}', en: '{field} must be {expected}' },
    pattern: {
      zh: '字段 {field}{title}的格式不对：“{value}”',
      en: '{field}{title} is malformed: "{value}"',
      // The schema's own advice for the field (its x-hint, written in Chinese only, so empty in English).
      hints: { schema: { zh: '{advice}', en: '{advice}' } },
    },
    minLength: {
      zh: '字段 {field}{title}不能为空',
      en: '{field}{title} must not be empty',
      hint: { zh: '填写内容，或删去这个字段', en: 'fill it in, or remove the field' },
    },
    minItems: { zh: '字段 {field}{title}至少需要 {limit} 项', en: '{field}{title} needs at least {limit} entries' },
    uniqueItems: { zh: '字段 {field}{title}中第 {i} 项与第 {j} 项重复', en: '{field}{title}: entries {i} and {j} are the same' },
    format: {
      zh: '字段 {field}{title}不是有效的日期：“{value}”',
      en: '{field}{title} is not a valid date: "{value}"',
      hint: { zh: '日期写成 YYYY-MM-DD，例如 2026-01-01', en: 'write dates as YYYY-MM-DD, e.g. 2026-01-01' },
    },
    range: { zh: '字段 {field}{title}的值 {value} 超出范围（{limit}）', en: '{field}{title}: {value} is out of range ({limit})' },
    other: { zh: '字段 {field}{title}：{detail}', en: '{field}{title}: {detail}' },
    moreSchema: {
      zh: '还有 {n} 个结构问题未列出（每个文件最多列出 {max} 个）',
      en: '{n} more schema problems not listed (at most {max} are listed per file)',
      hint: { zh: '先改正上面列出的问题，再运行一次', en: 'fix the problems listed above, then run again' },
    },
  },
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
