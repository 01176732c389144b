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

/** A complete 交由 record (lines under `delegation:`): decided and published by the province, with a transition and an evaluation. */
export const handOver = ({ to = '2024-12-31', evaluated = '2026-03-01' } = {}) => [
  'route: 交由',
  'in_name_of: 乡镇',
  'decided_by: 山东省人民政府',
  'document: 鲁政字〔2024〕35号',
  'date: 2024-03-01',
  'published: {date: 2024-03-05, where: 山东省人民政府公报}',
  `transition: {from: 2024-04-01, to: ${to}}`,
  `evaluated: ${evaluated}`,
];
