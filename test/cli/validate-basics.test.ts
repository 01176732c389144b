import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

const good = `kind: domain
domain: 自然资源
items:
  - id: 001
    name: 违法占用耕地的查处
    power: 行政处罚
    lead:
      party: 县自然资源局
      duties: [依法立案查处]
    support:
      - party: 乡镇（街道）
        duties: [日常巡查，发现后及时制止并报告]
    basis: [《中华人民共和国土地管理法》第七十七条]
`;

describe('resp validate basics', () => {
  it('a clean repository gives exit 0 and no findings', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': good });
    const r = await runCli(['validate', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  it('keeps 001 a string id', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': good + good.split('items:\n')[1] });
    const r = await runCli(['validate', '-f', 'json'], dir);
    const f = JSON.parse(r.stdout).findings;
    expect(f.map((x: any) => [x.rule, x.line, x.column, x.message])).toEqual([
      ['unique-id', 14, 9, '事项编号 001 已在 domains/a.yaml:4 使用'],
    ]);
  });

  it('names the field and suggests the allowed value', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': good.replace('行政处罚', '行政处理') });
    const r = await runCli(['validate', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    const [f] = JSON.parse(r.stdout).findings;
    expect(f).toMatchObject({ rule: 'schema', file: 'domains/a.yaml', line: 6, column: 12, hint: '是否想写 行政处罚？' });
    expect(f.message).toBe('字段 power（权力类型）的值“行政处理”不在允许范围内');
  });

  it('suggests a registered party name', async () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': good.replace('party: 县自然资源局', 'party: 县自然资源和规划厅') });
    const r = await runCli(['validate', '-f', 'json', '--lang', 'en'], dir);
    const [f] = JSON.parse(r.stdout).findings;
    expect(f).toMatchObject({ rule: 'unknown-party', line: 8, column: 14 });
    expect(f.message).toContain('did you mean "县自然资源和规划局"');
  });
});
