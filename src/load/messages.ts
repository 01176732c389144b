import type { Msg } from '../i18n.js';

/** Messages of the loading stage: reading, decoding and parsing files. */
export const LOAD_MESSAGES = {
  tooLarge: {
    zh: '文件过大（{size} MB），超过上限 {limit} MB，未解析',
    en: 'file too large ({size} MB), over the limit of {limit} MB; not parsed',
  },
  tooLargeHint: {
    zh: '按领域或乡镇拆分文件；确需更大时在 resp.yaml 的 limits.max_file_mb 中调整上限',
    en: 'split the file by domain or township; raise limits.max_file_mb in resp.yaml if you really need to',
  },
  empty: { zh: '文件为空', en: 'the file is empty' },
  emptyHint: {
    zh: '写入内容（例如 kind: domain）或删除该文件',
    en: 'add content (e.g. kind: domain) or delete the file',
  },
  encoding: {
    zh: '文件不是 UTF-8 编码（第 {line} 行附近，字节偏移 {offset}），可能是 GBK/GB18030',
    en: 'the file is not UTF-8 (near line {line}, byte offset {offset}); it may be GBK/GB18030',
  },
  control: {
    zh: '第 {line} 行有控制字符 {code}（看不见的字符，多来自复制粘贴），请删除',
    en: 'line {line} holds the control character {code} (invisible, usually pasted in); remove it',
  },
  controlHint: { zh: '在编辑器中删除该位置的不可见字符后保存', en: 'delete the invisible character at this place in your editor and save' },
  wideEncoding: {
    zh: '文件是 {encoding} 编码，清单文件须为 UTF-8',
    en: 'the file is {encoding}; list files must be UTF-8',
  },
  wideEncodingHint: {
    zh: '用编辑器“另存为 UTF-8”，或运行 iconv -f {encoding} -t UTF-8 原文件 > 新文件',
    en: 'save the file as UTF-8 in your editor, or run iconv -f {encoding} -t UTF-8 old > new',
  },
  encodingHint: {
    zh: '用编辑器“另存为 UTF-8”，或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件',
    en: 'save the file as UTF-8 in your editor, or run iconv -f GB18030 -t UTF-8 old > new',
  },
  syntax: { zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
  duplicateKey: { zh: '重复的键“{key}”：同一层级中一个键只能出现一次', en: 'duplicate key "{key}": a key may appear once per mapping' },
  duplicateKeyHint: { zh: '删除或合并重复的键', en: 'remove or merge the duplicate key' },
  aliasLimit: {
    zh: '别名（*引用）展开次数过多，疑似“别名炸弹”，已拒绝解析',
    en: 'too many alias expansions (a possible alias bomb); parsing refused',
  },
  tooDeep: { zh: 'YAML 嵌套超过 {max} 层，未解析', en: 'YAML nested more than {max} levels deep; not parsed' },
  tooDeepHint: {
    zh: '清单只需要十几层；检查这里是否误写了成串的 [、{ 或 - ，或缩进逐行加深',
    en: 'lists need about a dozen levels; look for runs of [, { or - here, or indentation that grows line by line',
  },
  moreSchema: {
    zh: '还有 {n} 个结构问题未列出（每个文件最多列出 {max} 个）',
    en: '{n} more schema problems not listed (at most {max} are listed per file)',
  },
  moreSchemaHint: { zh: '先改正上面列出的问题，再运行一次', en: 'fix the problems listed above, then run again' },
  aliasLimitHint: { zh: '不要用锚点和别名（& 和 *）批量复制内容', en: 'do not use anchors and aliases (& and *) to copy content in bulk' },
  notMapping: { zh: '文件顶层应为键值对（映射），实际是{actual}', en: 'the top level of the file must be a mapping, found {actual}' },
  unknownKind: { zh: '无法识别文件类型：kind 为“{kind}”', en: 'unknown file kind "{kind}"' },
  missingKind: { zh: '无法识别文件类型：缺少 kind 字段', en: 'unknown file kind: the kind field is missing' },
  kindGuess: { zh: '是否想写 kind: {guess}？', en: 'did you mean kind: {guess}?' },
  kindHint: {
    zh: '在文件开头写 kind: 以及 {kinds} 之一',
    en: 'start the file with kind: and one of {kinds}',
  },
} satisfies Record<string, Msg>;
