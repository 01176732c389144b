import { defineRule } from './define-rule.js';

/** Reported by the loader: the bytes are not UTF-8 (often GBK). */
export default defineRule({
  id: 'encoding',
  category: 'file',
  severity: 'error',
  title: { zh: '文件不是 UTF-8 编码', en: 'File is not UTF-8' },
  messages: {
    encoding: {
      zh: '文件不是 UTF-8 编码（第 {line} 行附近，字节偏移 {offset}），可能是 GBK/GB18030',
      en: 'the file is not UTF-8 (near line {line}, byte offset {offset}); it may be GBK/GB18030',
      hint: {
        zh: '用编辑器“另存为 UTF-8”，或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件',
        en: 'save the file as UTF-8 in your editor, or run iconv -f GB18030 -t UTF-8 old > new',
      },
    },
    wideEncoding: {
      zh: '文件是 {encoding} 编码，清单文件须为 UTF-8',
      en: 'the file is {encoding}; list files must be UTF-8',
      hint: {
        zh: '用编辑器“另存为 UTF-8”，或运行 iconv -f {encoding} -t UTF-8 原文件 > 新文件',
        en: 'save the file as UTF-8 in your editor, or run iconv -f {encoding} -t UTF-8 old > new',
      },
    },
  },
  docs: {
    why: {
      zh: '按 GBK 保存的文件按 UTF-8 读取会变成乱码，后续的名称比对和法律依据检查都会出错，所以直接拒绝并指出位置。',
      en: 'A GBK file read as UTF-8 turns into garbage that breaks every later check, so it is refused with its position.',
    },
    bad: '（以 GBK 编码保存的文件）',
    good: '（同一文件以 UTF-8 编码保存）',
    source: 'YAML 1.2 §5.2（字符编码）',
  },
});
