import { describeLoaderCode } from './loader-code.js';

describeLoaderCode({
  rule: 'empty-file',
  what: 'a file with nothing but comments',
  broken: '# 只有注释\n',
  at: [1, 1],
  messageId: 'empty',
  message: '文件为空',
});
