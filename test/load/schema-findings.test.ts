import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

const ITEMS = `kind: domain
domain: 自然资源
items:
  - id: ZR-1
    name: 甲
    power: 行政处理
    lead: {party: 县自然资源局, duties: [依法查处]}
  - id: ZR-2
    name: 乙
    lead: {party: 县自然资源局, duties: [依法查处]}
    suport: []
  - id: ZR-3
    name: 丙
  - id: ZR-4
    name: 丁
    lead:
      party: 县自然资源局
      duties: 依法查处
  - id: ZR-5
    name: ""
    lead: {party: 县自然资源局, duties: [依法查处]}
`;

const ASSIGNMENT = `kind: assignments
assignments:
  - id: JB-1
    name: 入户登记
    applicant: 县自然资源局
    lead: {party: 县自然资源局, duties: [组织登记]}
    deadline: 2027/06/30
`;

async function schemaFindings(lang: 'zh' | 'en') {
  const dir = tempRepo({ ...MINI, 'domains/a.yaml': ITEMS, 'assignments/a.yaml': ASSIGNMENT });
  const r = await runCli(['--lang', lang, 'validate', '-f', 'json'], dir);
  expect(r.code).toBe(1);
  return JSON.parse(r.stdout).findings.filter((f: any) => f.rule === 'schema').map((f: any) => [f.file, f.line, f.column, f.message, f.hint]);
}

describe('schema findings say what is wrong, where, and what to write instead', () => {
  it('in Chinese', async () => {
    expect(await schemaFindings('zh')).toEqual([
      ['assignments/a.yaml', 7, 15, '字段 deadline（完成时限）不是有效的日期：“2027/06/30”', '日期写成 YYYY-MM-DD，例如 2026-01-01'],
      ['domains/a.yaml', 6, 12, '字段 power（权力类型）的值“行政处理”不在允许范围内', '是否想写 行政处罚？'],
      ['domains/a.yaml', 11, 5, '未知字段 suport', '是否想写 support？'],
      ['domains/a.yaml', 12, 5, '缺少必填字段 lead（主体责任）', '在此处补上 lead: …'],
      ['domains/a.yaml', 18, 15, '字段 duties（职责）应为列表，实际是文本', '写成列表：每项一行，以“- ”开头'],
      ['domains/a.yaml', 20, 11, '字段 name（事项名称）不能为空', '填写内容，或删去这个字段'],
    ]);
  });

  it('in English', async () => {
    expect(await schemaFindings('en')).toEqual([
      ['assignments/a.yaml', 7, 15, 'deadline is not a valid date: "2027/06/30"', 'write dates as YYYY-MM-DD, e.g. 2026-01-01'],
      ['domains/a.yaml', 6, 12, 'power: "行政处理" is not an allowed value', 'did you mean 行政处罚?'],
      ['domains/a.yaml', 11, 5, 'unknown field suport', 'did you mean support?'],
      ['domains/a.yaml', 12, 5, 'missing required field lead', 'add lead: … here'],
      ['domains/a.yaml', 18, 15, 'duties must be a list, found text', 'write a list: one entry per line, each starting with "- "'],
      ['domains/a.yaml', 20, 11, 'name must not be empty', 'fill it in, or remove the field'],
    ]);
  });
});

describe('a field that takes a value or a list of values (power)', () => {
  const POWER = (value: string) => `kind: domain
domain: 自然资源
items:
  - id: ZR-1
    name: 甲
    power: ${value}
    lead: {party: 县自然资源局, duties: [依法查处]}
`;
  const findings = async (value: string) => {
    const r = await runCli(['validate', '-f', 'json'], tempRepo({ ...MINI, 'domains/a.yaml': POWER(value) }));
    return JSON.parse(r.stdout).findings.filter((f: any) => f.rule === 'schema').map((f: any) => [f.messageId, f.line, f.column, f.message]);
  };

  it('reports only the wrong entry of a list, not that a list is not text', async () => {
    expect(await findings('[行政处罚, 行政处理]')).toEqual([['enum', 6, 19, '字段 power[2]（权力类型）的值“行政处理”不在允许范围内']]);
    expect(await findings('[3]')).toEqual([['enum', 6, 13, '字段 power[1]（权力类型）的值“3”不在允许范围内']]);
  });

  it('names both kinds it takes when the value is neither', async () => {
    expect(await findings('{a: 1}')).toEqual([['type', 6, 12, '字段 power（权力类型）应为文本或列表，实际是键值对（映射）']]);
  });

  it('reports a wrong single value and an empty list once each', async () => {
    expect(await findings('行政处理')).toEqual([['enum', 6, 12, '字段 power（权力类型）的值“行政处理”不在允许范围内']]);
    expect(await findings('[]')).toEqual([['minItems', 6, 12, '字段 power（权力类型）至少需要 1 项']]);
  });
});
