import { MINI } from '../helpers.js';

/** An item whose township duty is an enforcement act: one township-enforcement error on ZR-101. */
export const DEFECT = {
  'domains/a.yaml': [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: ZR-101',
    '    name: 违法占用耕地的查处',
    '    power: 行政处罚',
    '    lead: {party: 县自然资源局, duties: [依法立案查处]}',
    '    support:',
    '      - {party: 乡镇（街道）, duties: [依法查处违法占地行为]}',
    '    basis: [《中华人民共和国土地管理法》第七十七条]',
    '',
  ].join('\n'),
};

/** MINI with one waiver in resp.yaml. */
export function withWaiver(rule: string, item: string, expires: string): Record<string, string> {
  const waiver = `waivers:\n  - rule: ${rule}\n    item: ${item}\n    reason: 待省级交由决定公布\n    approver: 县司法局\n    document: 示司函〔2026〕3号\n    expires: ${expires}\n`;
  return { ...MINI, 'resp.yaml': MINI['resp.yaml'] + waiver };
}
