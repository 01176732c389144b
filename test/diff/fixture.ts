import { MINI } from '../helpers.js';

/** A county domain file: land items concerning every township, and one between two departments. */
export const LAND = `kind: domain
domain: 自然资源
items:
  - id: ZR-001
    name: 非法占用土地的查处
    power: 行政处罚
    lead:
      party: 县自然资源局
      duties: [依法立案查处非法占用土地行为]
    support:
      - party: 乡镇（街道）
        duties: [日常巡查，发现后及时劝阻并报告]
    basis: [《中华人民共和国土地管理法》第七十七条]
  - id: ZR-002
    name: 违法采矿的查处
    power: 行政处罚
    lead:
      party: 县自然资源局
      duties: [依法查处违法采矿行为]
    support:
      - party: 乡镇（街道）
        duties: [发现违法采矿行为及时报告]
      - party: 县应急局
        duties: [配合开展安全检查]
    basis: [《中华人民共和国矿产资源法》第三十九条]
  - id: ZR-003
    name: 地质灾害隐患点巡查
    power: 其他
    lead:
      party: 县自然资源局
      duties: [组织地质灾害隐患排查]
    support:
      - party: 乡镇（街道）
        duties: [落实群测群防，汛期加密巡查]
    basis: [《地质灾害防治条例》第十七条]
  - id: ZR-004
    name: 违法建设的查处
    power: 行政处罚
    lead:
      party: 县自然资源局
      duties: [依法查处违法建设]
    support:
      - party: 乡镇（街道）
        duties: [巡查发现违法建设并报告]
    basis: [《中华人民共和国城乡规划法》第六十四条]
  - id: ZR-005
    name: 矿山安全生产执法检查
    power: 行政检查
    lead:
      party: 县自然资源局
      duties: [开展矿山执法检查]
    support:
      - party: 县应急局
        duties: [提供安全生产专业支持]
    basis: [《中华人民共和国安全生产法》第六十五条]
`;

/** 东湖镇's own file: one own item. */
export const DONGHU = `kind: township
township: 东湖镇
items:
  - id: DH-001
    name: 农村人居环境整治
    list: 基本履职
    lead:
      party: 东湖镇
      duties: [组织开展村庄清洁行动]
`;

/** The first revision of the test repository. */
export const V1: Record<string, string> = { ...MINI, 'domains/base.yaml': LAND, 'townships/东湖镇.yaml': DONGHU };

/** Replace text that must be there: a fixture edit that misses its target fails the test. */
export function edit(text: string, ...pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`fixture edit: text not found: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}
