import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import { runCli, tempRepo } from '../helpers.js';

const cwd = tempRepo({});

describe('resp rules', () => {
  it('lists every rule by category, in Chinese by default and in English with --lang en', async () => {
    const zh = await runCli(['rules'], cwd);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe('');
    for (const r of ALL_RULES) expect(zh.stdout).toContain(r.id);
    expect(zh.stdout).toMatch(/^ {2}township-enforcement +错误 {2}乡镇承担无依据的执法行为$/m);
    expect(zh.stdout).toMatch(/^ {2}waiver-unused +警告 {2}豁免未使用$/m);
    expect(zh.stdout).toContain('法律依据与执法主体\n');
    expect(zh.stdout).toContain(`共 ${ALL_RULES.length} 条。`);

    const en = await runCli(['rules', '--lang', 'en'], cwd);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^ {2}township-enforcement +error {4}Township given an enforcement act without a legal footing$/m);
    expect(en.stdout).toContain('Legal basis and enforcement subjects\n');
    expect(en.stdout).not.toMatch(/[错警]/);
  });

  it('lists rules as JSON and as a Markdown table', async () => {
    const json = await runCli(['rules', '-f', 'json'], cwd);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as { id: string; severity: string; title: string }[];
    expect(list.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    expect(list.find((r) => r.id === 'assignment-expired')).toEqual({ id: 'assignment-expired', category: 'policy', severity: 'warning', title: '交办事项已过完成时限' });
    const md = await runCli(['rules', '-f', 'md', '--lang', 'en'], cwd);
    expect(md.stdout.split('\n').slice(0, 2)).toEqual(['| id | default | category | title |', '|---|---|---|---|']);
    expect(md.stdout).toContain('| `single-lead` | error | Policy | More than one lead |');
  });

  it('prints one rule\'s documentation in either language', async () => {
    const zh = await runCli(['rules', 'delegation-record'], cwd);
    expect(zh.code).toBe(0);
    expect(zh.stdout.split('\n')[0]).toBe('# delegation-record: 赋权记录不完整或不一致');
    expect(zh.stdout).toContain('默认级别: 错误    类别: 法律依据与执法主体');
    expect(zh.stdout).toContain('## 依据\n行政处罚法第十八条第二款、第二十条、第二十四条\n');
    expect(zh.stdout).toContain('## 错误示例\n```yaml\nkind: domain\n');
    expect(zh.stdout).toContain('- `stale` (警告): 最近一次评估在 {evaluated}，已超过 {years} 年\n  → 组织评估并记录评估日期');
    expect(zh.stdout).toContain('rules: {delegation-record: off}');

    const en = await runCli(['--lang', 'en', 'rules', 'delegation-record'], cwd);
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n')[0]).toBe('# delegation-record: Delegation record incomplete or inconsistent');
    expect(en.stdout).toContain('## Why\nA township exercising a county department\'s penalty power');
    expect(en.stdout).toContain('## Good\n```yaml\n');
  });

  it('prints a loader code with its own messages, as a rule', async () => {
    const r = await runCli(['rules', 'encoding'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# encoding: 文件不是 UTF-8 编码');
    expect(r.stdout).toContain('## 提示信息\n- `encoding`: 文件不是 UTF-8 编码（第 {line} 行附近');
    expect(r.stdout).toContain('- `wideEncoding`: 文件是 {encoding} 编码，清单文件须为 UTF-8');
  });

  it('refuses an unknown id with exit 2 and a did-you-mean on stderr', async () => {
    const typo = await runCli(['rules', 'townsip-enforcement'], cwd);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('resp: 没有规则 townsip-enforcement，是否指 township-enforcement？\n');
    const word = await runCli(['rules', 'waiver', '--lang', 'en'], cwd);
    expect(word.code).toBe(2);
    expect(word.stderr).toBe('resp: no rule waiver; did you mean waiver-expired, waiver-unused?\n');
    const none = await runCli(['rules', 'zzz', '--lang', 'en'], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('resp: no rule zzz. resp rules lists every rule\n');
  });
});
