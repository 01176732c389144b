import { defineRule } from './define-rule.js';

/** Reported by the loader: the file has no content. */
export default defineRule({
  id: 'empty-file',
  category: 'file',
  severity: 'error',
  title: { zh: '空文件', en: 'Empty file' },
  messages: {
    empty: {
      zh: '文件为空',
      en: 'the file is empty',
      hint: { zh: '写入内容（例如 kind: domain）或删除该文件', en: 'add content (e.g. kind: domain) or delete the file' },
    },
  },
  docs: {
    why: {
      zh: '空文件通常是未写完或误删内容的文件，发布前应补全或删除。',
      en: 'An empty file is usually unfinished or had its content deleted by mistake; complete or remove it before release.',
    },
    bad: '# 只有注释\n',
    good: 'kind: domain\ndomain: 自然资源\nitems: []\n',
    source: 'resp',
  },
});
