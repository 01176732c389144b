import type { Finding } from '../../src/findings/types.js';
import type { RenderContext } from '../../src/findings/render/index.js';

/** Source lines of the fixture files, for code frames. */
export const SOURCES: Record<string, string[]> = {
  'domains/自然资源.yaml': [
    'kind: domain',
    'domain: 自然资源',
    'items:',
    '  - id: ZR-001',
    '    name: 非法占用土地行为的查处',
    '    power: 行政处理',
    '    lead:',
    '      duties: [依法查处]',
    '      party: 县自然资源和规划厅',
    '    support: []',
  ],
  'townships/a,b:c.yaml': ['kind: township', 'township: 东湖镇', 'items:', '  - id: DH-1', '    lead: {party: 县安监局, duties: [巡查]}'],
};

/**
 * One shared set of findings for every renderer: wide characters, an item id, hints, a file name with a
 * comma and a colon, a message with %, a line break and XML's special characters, all three severities.
 */
export const FINDINGS: Finding[] = [
  {
    rule: 'schema', severity: 'error', message: '字段 power（权力类型）的值“行政处理”不在允许范围内',
    file: 'domains/自然资源.yaml', line: 6, column: 12, endLine: 6, endColumn: 16,
    path: ['items', 0, 'power'], hint: '是否想写 行政处罚？', source: 'schemas/*.schema.json',
  },
  {
    rule: 'unknown-party', messageId: 'unknownSuggest', severity: 'error', message: '单位“县自然资源和规划厅”不在登记册中',
    file: 'domains/自然资源.yaml', line: 9, column: 14, endLine: 9, endColumn: 23,
    path: ['items', 0, 'lead', 'party'], item: 'ZR-001', hint: '改用登记册中的名称', source: '行政处罚法第十七条',
  },
  {
    rule: 'outdated-department-name', severity: 'warning', message: '“县安监局”是机构改革前的名称\n覆盖率 100%',
    file: 'townships/a,b:c.yaml', line: 5, column: 20, item: 'DH-1',
  },
  {
    rule: 'duplicate-name', severity: 'info', message: '名称含 <特殊> & "引号" \'单引号\'',
    file: 'townships/a,b:c.yaml', line: 4, column: 5, endLine: 4, endColumn: 7, item: 'DH-1',
  },
];

/** A render context over the fixture sources. */
export function context(over: Partial<RenderContext> = {}): RenderContext {
  return { lang: 'zh', color: false, sourceOf: (f) => SOURCES[f], files: 2, items: 2, version: '0.1.0', ...over };
}
