import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const item = (id: string, name: string) => `  - id: ${id}\n    name: ${name}\n    lead: {party: 县自然资源局, duties: [依法查处]}\n`;

describe('unique-id', () => {
  it('reports the second use of an id, across files, pointing at the first', () => {
    const f = check('unique-id', {
      'domains/a.yaml': `kind: domain\ndomain: 自然资源\nitems:\n${item('ZR-001', '甲')}`,
      'domains/b.yaml': `kind: domain\ndomain: 生态环境\nitems:\n${item('ZR-001', '乙')}`,
    });
    expect(where(f)).toEqual([['unique-id', 'domains/b.yaml', 4, 9]]);
    expect(f[0].message).toBe('事项编号 ZR-001 已在 domains/a.yaml:4 使用');
    expect(f[0].item).toBe('ZR-001');
    expect(f[0].messageId).toBe('duplicate');
    expect(f[0].related).toEqual([{ file: 'domains/a.yaml', line: 4, column: 9 }]);
  });

  it('accepts distinct ids', () => {
    expect(check('unique-id', { 'domains/a.yaml': `kind: domain\ndomain: 自然资源\nitems:\n${item('ZR-001', '甲')}${item('ZR-002', '乙')}` })).toEqual([]);
  });
});

describe('unique-id with the cache', () => {
  it('locates the first use anew when only the file holding it changed', async () => {
    const a = `kind: domain\ndomain: 自然资源\nitems:\n${item('ZR-001', '甲')}`;
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': a, 'domains/b.yaml': `kind: domain\ndomain: 生态环境\nitems:\n${item('ZR-001', '乙')}` });
    const run = async () => JSON.parse((await runCli(['validate', '--cache', '-f', 'json'], dir)).stdout).findings.filter((f: { rule: string }) => f.rule === 'unique-id');
    expect((await run())[0].related).toEqual([{ file: 'domains/a.yaml', line: 4, column: 9 }]);
    writeFileSync(join(dir, 'domains', 'a.yaml'), `# 注释\n# 注释\n${a}`);
    const again = await run();
    expect(again[0].related).toEqual([{ file: 'domains/a.yaml', line: 6, column: 9 }]);
    expect(again[0].message).toBe('事项编号 ZR-001 已在 domains/a.yaml:6 使用');
  });
});
