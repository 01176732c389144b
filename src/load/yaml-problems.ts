import type { Msg } from '../i18n.js';

/** A YAML parse problem explained for list editors: what is wrong and what to do. */
export interface YamlExplanation {
  /** What is wrong, in both languages (the English keeps the parser's own wording). */
  what: Msg;
  hint: Msg;
}

interface Entry {
  /** Matches the `yaml` library's message (its wording is stable within a major version). */
  re: RegExp;
  what: string;
  hint: Msg;
}

// Most specific first; the parser's codes are too coarse on their own (MISSING_CHAR covers six cases).
const ENTRIES: Entry[] = [
  {
    re: /^Tabs are not allowed as indentation/,
    what: '缩进中有制表符（Tab），YAML 只能用空格缩进',
    hint: { zh: '把行首的制表符换成空格（每级缩进两个空格）', en: 'replace the tab at the start of the line with spaces (two per level)' },
  },
  {
    re: /^Missing closing ("|')quote/,
    what: '引号没有配对，缺少结尾的引号',
    hint: { zh: '在值的末尾补上引号，或者去掉开头的引号', en: 'close the quote at the end of the value, or remove the opening one' },
  },
  {
    re: /^Implicit keys (of flow sequence pairs )?need to be on a single line/,
    what: '键和冒号不在同一行：可能是冒号后缺少空格，或下一行的缩进不对',
    hint: { zh: '在“键:”的冒号后加一个空格，并检查下一行的缩进', en: 'put a space after the colon of "key:" and check the indentation of the next line' },
  },
  {
    re: /^Implicit map keys need to be followed by map values/,
    what: '这一行缺少“键: 值”中的冒号',
    hint: { zh: '写成“键: 值”（冒号后加空格）；如果这是列表的一项，在前面加“- ”', en: 'write "key: value" with a space after the colon; if it is a list entry, start it with "- "' },
  },
  {
    re: /^Nested mappings are not allowed in compact mappings/,
    what: '同一行里出现了第二个“键: 值”，通常是值中含有“: ”',
    hint: { zh: '给整个值加引号，或把嵌套内容换到下一行并缩进', en: 'quote the whole value, or move the nested content to the next line and indent it' },
  },
  {
    re: /^All sequence items must start at the same column/,
    what: '列表各项（以“- ”开头）没有对齐',
    hint: { zh: '让同一列表的每个“- ”从同一列开始', en: 'start every "- " of one list at the same column' },
  },
  {
    re: /^Sequence item without - indicator/,
    what: '列表项缺少开头的“- ”',
    hint: { zh: '在列表的每一项前写“- ”', en: 'start every list entry with "- "' },
  },
  {
    re: /^Comments must be separated from other tokens by white space/,
    what: '注释符号“#”前缺少空格',
    hint: { zh: '在“#”前加一个空格；如果“#”是值的一部分，给整个值加引号', en: 'put a space before "#"; if "#" belongs to the value, quote the whole value' },
  },
  {
    re: /^Missing space after : in/,
    what: '花括号或方括号内的冒号后缺少空格',
    hint: { zh: '写成 {键: 值}，冒号后加空格', en: 'write {key: value} with a space after the colon' },
  },
  {
    re: /^Missing ,( or :)? between/,
    what: '花括号或方括号内的各项之间缺少逗号',
    hint: { zh: '用逗号分隔各项，或改用每项一行的写法', en: 'separate the entries with commas, or write one entry per line' },
  },
  {
    re: /^Plain value cannot start with/,
    what: '值以 YAML 的保留符号开头',
    hint: { zh: '给整个值加引号，例如 "@县自然资源局"', en: 'quote the whole value, e.g. "@value"' },
  },
  {
    re: /multiple documents/,
    what: '一个文件中有多个 YAML 文档（用 --- 分隔）',
    hint: { zh: '每个文件只写一个文档：删去 ---，或把内容拆成多个文件', en: 'write one document per file: remove ---, or split the content into several files' },
  },
  {
    re: /^Unclosed [[{]/,
    what: '方括号 [ 或花括号 { 没有闭合',
    hint: { zh: '在这一项的末尾补上对应的 ] 或 }，或改用每项一行的写法', en: 'add the matching ] or } at the end of this entry, or write one entry per line' },
  },
  {
    re: /^Unresolved tag/,
    what: '使用了无法识别的 YAML 标签（以“!”开头）',
    hint: { zh: '删去“!”标签，直接写值', en: 'remove the "!" tag and write the value itself' },
  },
];

const BY_CODE: Record<string, string> = {
  BAD_INDENT: '缩进不正确',
  UNCLOSED_FLOW: '方括号 [ 或花括号 { 没有闭合',
  MISSING_CHAR: '缺少必要的符号（冒号、引号、逗号或“- ”）',
  UNEXPECTED_TOKEN: '出现了不应出现在这里的符号',
  BLOCK_AS_IMPLICIT_KEY: '列表或多行内容不能用作键',
  BAD_DQ_ESCAPE: '双引号中的转义写法不对（“\\”后只能跟规定的字符）',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  TAG_RESOLVE_FAILED: '未知的 YAML 标签（以 ! 开头）：清单文件不使用标签，值会被当作普通文字',
  BAD_ALIAS: '锚点或别名（& 或 *）的名称不对',
};

const GENERIC_HINT: Msg = {
  zh: '检查缩进（只能用空格）、冒号后的空格和引号是否配对',
  en: 'check indentation (spaces only), the space after each colon, and matching quotes',
};

/** Explain a parse problem of the `yaml` library in terms a list editor can act on. */
export function explainYamlProblem(code: string, message: string): YamlExplanation {
  const hit = ENTRIES.find((e) => e.re.test(message));
  const zh = hit?.what ?? BY_CODE[code] ?? '无法解析这一处内容';
  // The parser's message is exact and English; it is kept as the English text.
  const en = message.split('\n')[0].replace(/\s*at line \d+, column \d+:?$/, '');
  return { what: { zh, en }, hint: hit?.hint ?? GENERIC_HINT };
}
