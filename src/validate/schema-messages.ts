import type { Msg } from '../i18n.js';

/** Messages for JSON Schema findings, one per ajv keyword we use. `{field}` is the key, `{title}` its Chinese title. */
export const SCHEMA_MESSAGES = {
  required: { zh: '缺少必填字段 {field}{title}', en: 'missing required field {field}{title}' },
  requiredHint: { zh: '在此处补上 {field}: …', en: 'add {field}: … here' },
  additionalProperties: { zh: '未知字段 {field}', en: 'unknown field {field}' },
  additionalHint: { zh: '允许的字段：{allowed}', en: 'allowed fields: {allowed}' },
  didYouMean: { zh: '是否想写 {suggestion}？', en: 'did you mean {suggestion}?' },
  type: { zh: '字段 {field}{title}应为{expected}，实际是{actual}', en: '{field}{title} must be {expected}, found {actual}' },
  typeHint: {
    zh: '写成{expected}：{how}',
    en: 'write {expected}: {how}',
  },
  enum: { zh: '字段 {field}{title}的值“{value}”不在允许范围内', en: '{field}{title}: "{value}" is not an allowed value' },
  enumHint: { zh: '可选值：{allowed}', en: 'allowed values: {allowed}' },
  const: { zh: '字段 {field} 应为 {expected}', en: '{field} must be {expected}' },
  pattern: { zh: '字段 {field}{title}的格式不对：“{value}”', en: '{field}{title} is malformed: "{value}"' },
  minLength: { zh: '字段 {field}{title}不能为空', en: '{field}{title} must not be empty' },
  minLengthHint: { zh: '填写内容，或删去这个字段', en: 'fill it in, or remove the field' },
  minItems: { zh: '字段 {field}{title}至少需要 {limit} 项', en: '{field}{title} needs at least {limit} entries' },
  uniqueItems: { zh: '字段 {field}{title}中第 {i} 项与第 {j} 项重复', en: '{field}{title}: entries {i} and {j} are the same' },
  format: { zh: '字段 {field}{title}不是有效的日期：“{value}”', en: '{field}{title} is not a valid date: "{value}"' },
  formatHint: { zh: '日期写成 YYYY-MM-DD，例如 2026-01-01', en: 'write dates as YYYY-MM-DD, e.g. 2026-01-01' },
  range: { zh: '字段 {field}{title}的值 {value} 超出范围（{limit}）', en: '{field}{title}: {value} is out of range ({limit})' },
  other: { zh: '字段 {field}{title}：{detail}', en: '{field}{title}: {detail}' },
} satisfies Record<string, Msg>;

/** How to write a value of each JSON type in YAML, for type hints. */
export const TYPE_HOW: Record<string, Msg> = {
  array: { zh: '每项一行，以“- ”开头', en: 'one entry per line, each starting with "- "' },
  object: { zh: '下一行缩进两个空格，逐行写“键: 值”', en: 'indent the next lines by two spaces and write "key: value" on each' },
  string: { zh: '直接写文字；以符号开头或含“: ”时加引号', en: 'write the text; quote it if it starts with a symbol or contains ": "' },
  integer: { zh: '只写阿拉伯数字，例如 30', en: 'digits only, e.g. 30' },
  number: { zh: '只写数字，例如 8', en: 'a number, e.g. 8' },
};

/** Names of JSON types in both languages. */
export const TYPE_NAMES: Record<string, Msg> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  object: { zh: '键值对（映射）', en: 'a mapping' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'empty' },
};
