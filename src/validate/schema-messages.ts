import type { Msg } from '../i18n.js';

/* The words the schema rule's messages (src/rules/schema.ts) are filled with. */

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
