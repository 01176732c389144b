/** A YAML tag resp does not use (!foo, !!js/function) is a finding at the tag, not text read silently. */
import { expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

it('reports an unknown tag where it is written', async () => {
  const dir = tempRepo({ ...MINI, 'domains/自然资源.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: !foo 违法占地的查处\n    lead: {party: 县自然资源局, duties: [依法查处。]}\n' });
  const r = await runCli(['validate', '-f', 'json'], dir);
  const f = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'yaml-syntax');
  expect(f).toEqual([expect.objectContaining({ file: 'domains/自然资源.yaml', line: 5, column: 11, message: 'YAML 语法错误：使用了无法识别的 YAML 标签（以“!”开头）' })]);
  expect(r.code).toBe(1);
});
