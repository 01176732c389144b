import { describeLoaderCode, PLAIN } from './loader-code.js';

describeLoaderCode({
  rule: 'schema',
  what: 'a value outside the allowed ones, at the value, with the keyword as messageId',
  broken: PLAIN.replace('    name: 甲\n', '    name: 甲\n    power: 行政处理\n'),
  at: [6, 12],
  messageId: 'enum',
  message: '字段 power（权力类型）的值“行政处理”不在允许范围内',
});
