import { defineRule } from './define-rule.js';

/** Reported by the loader: the bytes are not UTF-8 (often GBK). */
export default defineRule({
  id: 'encoding',
  category: 'file',
  severity: 'error',
  title: { zh: '文件不是 UTF-8 编码', en: 'File is not UTF-8' },
  messages: {},
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
