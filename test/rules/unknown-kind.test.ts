import { describeLoaderCode, PLAIN } from './loader-code.js';

describeLoaderCode({
  rule: 'unknown-kind',
  what: 'a misspelt kind, at its value',
  broken: PLAIN.replace('kind: domain', 'kind: domian'),
  at: [1, 7],
  messageId: 'unknownKind',
  message: '无法识别文件类型：kind 为“domian”',
});
