import { describeLoaderCode, PLAIN } from './loader-code.js';

describeLoaderCode({
  rule: 'control-character',
  what: 'a control character pasted into a value, where it stands',
  broken: PLAIN.replace('巡查', '巡\u0007查'),
  at: [6, 37],
  messageId: 'control',
  message: '第 6 行有控制字符 U+0007（看不见的字符，多来自复制粘贴），请删除',
});
