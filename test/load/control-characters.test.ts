/**
 * Control characters in a list file are findings at their place, and no output lets them reach the
 * terminal raw: an escape sequence in a value is shown as ␛, never run.
 */
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

const file = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: "违法占地\u0000的查处\u001b[2J\u001b]0;owned\u0007"\n    lead: {party: 县自然资源局, duties: [依法查处。]}\n';

describe('control characters', () => {
  it('are findings at their line and column', async () => {
    const dir = tempRepo({ ...MINI, 'domains/自然资源.yaml': file });
    const r = await runCli(['validate', '-f', 'json'], dir);
    const found = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'control-character');
    expect(found.map((f: { line: number; column: number; message: string }) => [f.line, f.column, f.message])).toEqual([
      [5, 16, '第 5 行有控制字符 U+0000（看不见的字符，多来自复制粘贴），请删除'],
      [5, 20, '第 5 行有控制字符 U+001B（看不见的字符，多来自复制粘贴），请删除'],
      [5, 24, '第 5 行有控制字符 U+001B（看不见的字符，多来自复制粘贴），请删除'],
      [5, 33, '第 5 行有控制字符 U+0007（看不见的字符，多来自复制粘贴），请删除'],
    ]);
    expect(r.code).toBe(1);
  });

  it('never reach the terminal raw in the human or GitHub formats', async () => {
    const dir = tempRepo({ ...MINI, 'domains/自然资源.yaml': file });
    for (const format of ['human', 'github']) {
      const r = await runCli(['validate', '-f', format, '--no-color'], dir);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    }
    const human = (await runCli(['validate', '--no-color'], dir)).stdout;
    expect(human).toContain('违法占地␀的查处␛[2J␛]0;owned␇');
  });
});
