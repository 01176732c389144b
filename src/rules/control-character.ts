import { defineRule } from './define-rule.js';

/** Reported by the loader: a control character (NUL, ESC …) written into the text of a list file. */
export default defineRule({
  id: 'control-character',
  category: 'file',
  severity: 'error',
  title: { zh: '文件中有控制字符', en: 'Control character in the file' },
  messages: {
    control: {
      zh: '第 {line} 行有控制字符 {code}（看不见的字符，多来自复制粘贴），请删除',
      en: 'line {line} holds the control character {code} (invisible, usually pasted in); remove it',
      hint: { zh: '在编辑器中删除该位置的不可见字符后保存', en: 'delete the invisible character at this place in your editor and save' },
    },
  },
  docs: {
    why: {
      zh: '控制字符（空字符、ESC 等）看不见，却会进入名称和职责：正式文本无法生成，终端显示会被篡改（ESC 序列可清屏、改标题）。它们多来自从网页或其他系统复制的内容。',
      en: 'Control characters (NUL, ESC …) are invisible yet end up in names and duties: documents cannot be written, and escape sequences can rewrite a reviewer\'s terminal. They come from text copied out of web pages or other systems.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: "违法占地\u0000的查处"\n    lead: {party: 县自然资源局, duties: [依法查处]}\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占地的查处\n    lead: {party: 县自然资源局, duties: [依法查处]}\n',
    source: 'YAML 1.2 §5.1（可打印字符集）',
  },
});
