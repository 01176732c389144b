import { describeLoaderCode, PLAIN } from './loader-code.js';

describeLoaderCode({
  rule: 'yaml-syntax',
  what: 'a bracket left open, where the parser stopped',
  broken: PLAIN.replace('duties: [巡查]}', 'duties: [巡查}'),
  at: [6, 35],
  messageId: 'syntax',
  message: 'YAML 语法错误：方括号 [ 或花括号 { 没有闭合',
});
