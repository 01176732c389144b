/** A 赋权事项 item led by 东湖镇 whose delegation is the given block (lines indented under `delegation:`). */
export const delegatedItem = (...delegation: string[]) =>
  [
    'kind: domain',
    'domain: 综合执法',
    'list: 赋权事项',
    'items:',
    '  - id: FQ-101',
    '    name: 占道经营的行政处罚',
    '    power: 行政处罚',
    '    lead: {party: 东湖镇, duties: [依法查处占道经营]}',
    '    basis: [《城市市容和环境卫生管理条例》第三十六条]',
    '    delegation:',
    ...delegation.map((l) => `      ${l}`),
    '',
  ].join('\n');
