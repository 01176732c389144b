/** An unclosed [ or { is reported where it opens, not where the parser gave up. */
import { expect, it } from 'vitest';
import { unclosedBracket } from '../../src/load/parse-yaml.js';
import { MINI, runCli, tempRepo } from '../helpers.js';

it('finds the bracket left open, outside quotes and comments', () => {
  expect(unclosedBracket('a: [1, 2]\nb: {c: "[", d: \'{\'}  # [\n')).toBe(-1);
  expect(unclosedBracket('a: [1, 2\nb: 3\n')).toBe(3);
  expect(unclosedBracket('items: [\n  {id: A, name: "x}"\n')).toBe(11);
});

it('reports it at its line and column with what to do', async () => {
  const dir = tempRepo({ ...MINI, 'domains/自然资源.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占地的查处\n    lead: {party: 县自然资源局, duties: [依法查处。}\n    basis: []\n' });
  const r = await runCli(['validate', '-f', 'json'], dir);
  const f = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'yaml-syntax');
  expect(f).toEqual([expect.objectContaining({ line: 6, column: 35, message: 'YAML 语法错误：方括号 [ 或花括号 { 没有闭合', hint: '在这一项的末尾补上对应的 ] 或 }，或改用每项一行的写法' })]);
});
