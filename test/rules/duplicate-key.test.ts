import { describeLoaderCode, PLAIN } from './loader-code.js';

describeLoaderCode({
  rule: 'duplicate-key',
  what: 'a key written twice in one mapping, at its second place',
  broken: PLAIN.replace('    name: 甲\n', '    name: 甲\n    name: 乙\n'),
  at: [6, 5],
  messageId: 'duplicateKey',
  message: '重复的键“name”：同一层级中一个键只能出现一次',
});
