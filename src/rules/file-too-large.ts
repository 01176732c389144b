import { defineRule } from './define-rule.js';

/** Reported by the loader: the file is over the size limit. */
export default defineRule({
  id: 'file-too-large',
  category: 'file',
  severity: 'error',
  title: { zh: '文件过大', en: 'File too large' },
  messages: {
    tooLarge: {
      zh: '文件过大（{size} MB），超过上限 {limit} MB，未解析',
      en: 'file too large ({size} MB), over the limit of {limit} MB; not parsed',
      hint: {
        zh: '按领域或乡镇拆分文件；确需更大时在 resp.yaml 的 limits.max_file_mb 中调整上限',
        en: 'split the file by domain or township; raise limits.max_file_mb in resp.yaml if you really need to',
      },
    },
  },
  docs: {
    why: {
      zh: '解析 YAML 约需文件大小 30 倍以上的内存。一个领域或一个乡镇的文件远小于 8 MB；更大的文件通常是误放的数据，按领域或乡镇拆分即可。',
      en: 'Parsing YAML takes over 30 times the file size in memory. A domain or township file is far below 8 MB; a larger one is usually misplaced data. Split it by domain or township.',
    },
    bad: '（一个 50 MB 的 YAML 文件）',
    good: '（按领域拆分后的多个小文件）',
    source: 'resp 限制：limits.max_file_mb，默认 8',
  },
});
