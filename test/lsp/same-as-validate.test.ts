/**
 * The server's check of a file equals what `resp validate` reports for it: every file of the example
 * county, and a repository with findings of every stage (schema, file rules, township files with county
 * items, rules across files, waivers).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listYaml } from '../../src/load/discover.js';
import { Workspaces } from '../../src/lsp/workspace.js';
import { validateRepository } from '../../src/validate/repository.js';
import { today } from '../../src/validate/validate.js';
import type { Finding } from '../../src/findings/types.js';
import { MINI, tempRepo } from '../helpers.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/county', import.meta.url));

const key = (f: Finding) => `${f.rule} ${f.line}:${f.column}-${f.endLine ?? ''}:${f.endColumn ?? ''} ${f.severity} ${f.message}`;

async function compare(root: string): Promise<number> {
  const expected = await validateRepository([root], { lang: 'zh', asOf: today(), cwd: root, jobs: 0 });
  const ws = new Workspaces('zh');
  let n = 0;
  for (const abs of listYaml(root)) {
    const r = ws.check(abs, readFileSync(abs, 'utf8'), () => undefined);
    const want = expected.findings.filter((f) => f.file === r.display).map(key);
    expect(r.findings.map(key).sort(), r.display).toEqual(want.sort());
    n += want.length;
  }
  return n;
}

describe('resp lsp checks a file as resp validate does', () => {
  it('every file of the example county', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resp-lsp-county-'));
    cpSync(EXAMPLE, dir, { recursive: true });
    await compare(dir);
  });

  it('a repository with findings of every stage', async () => {
    const dir = tempRepo({
      ...MINI,
      'resp.yaml': MINI['resp.yaml'] + 'waivers:\n  - {rule: basis-required, item: B-002, reason: 待法制审核, approver: 县司法局, document: 示司函〔2026〕3号, expires: 2999-01-01}\n  - {rule: unique-id, item: NONE, reason: 无, approver: 县司法局, document: 示司函〔2026〕4号, expires: 2999-01-01}\n',
      'domains/b.yaml': [
        'kind: domain', 'domain: 城乡建设', 'items:',
        '  - id: BASE-001', '    name: 与基础事项编号重复', '    power: 行政检查', '    lead: {party: 县自然资原局, duties: [依法检查]}', '    basis: [《中华人民共和国土地管理法》第六十七条]',
        '  - id: B-002', '    name: 没有依据的事项', '    power: 行政检查', '    lead: {party: 县国土资源局, duties: [依法检查]}',
        '  - id: B-003', '    power: 不存在的类型', '    lead: {party: 县自然资源局, duties: [依法检查]}', '',
      ].join('\n'),
      'townships/东湖镇.yaml': [
        'kind: township', 'township: 东湖镇',
        'exclude:', '  - {item: BASE-001, reason: 本镇无此情形, approval: 青编发〔2026〕6号}', '  - {item: NO-SUCH, reason: x, approval: y}',
        'adjust:', '  - item: BASE-001', '    reason: 调整', '    set: {duties: [依法立案查处]}',
        'items:', '  - id: DH-101', '    name: 违法占地行为的处置', '    list: 基本履职', '    lead: {party: 东湖镇, duties: [对违法占地依法立案查处]}', '',
      ].join('\n'),
    });
    expect(await compare(dir)).toBeGreaterThan(4);
  });
});
