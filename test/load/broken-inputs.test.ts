import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

/** A stack trace line, which must never reach the user. */
const STACK = /\n\s+at .+:\d+:\d+/;

async function validateJson(files: Record<string, string | Buffer>, lang = 'zh') {
  const dir = tempRepo({ ...MINI, ...files });
  const r = await runCli(['--lang', lang, 'validate', '-f', 'json'], dir);
  expect(r.stderr).toBe('');
  expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  const out = JSON.parse(r.stdout);
  return { code: r.code, findings: out.findings as Record<string, unknown>[] };
}

const at = (f: Record<string, unknown>) => [f.rule, f.file, f.line, f.column];

describe('broken inputs are findings with a place, never crashes', () => {
  it('a YAML syntax error: missing space after a colon', async () => {
    const text = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name:违法占地的查处\n      lead: x\n';
    const { code, findings } = await validateJson({ 'domains/a.yaml': text });
    expect(code).toBe(1);
    expect(findings.map(at)).toEqual([['yaml-syntax', 'domains/a.yaml', 5, 5]]);
    expect(findings[0].message).toBe('YAML 语法错误：键和冒号不在同一行：可能是冒号后缺少空格，或下一行的缩进不对');
    expect(findings[0].hint).toBe('在“键:”的冒号后加一个空格，并检查下一行的缩进');
  });

  it('an unclosed quote is reported at the quote that was opened; in English with the parser\'s words', async () => {
    const { findings } = await validateJson({ 'domains/a.yaml': 'kind: domain\ndomain: "自然资源\n' }, 'en');
    expect(findings.map(at)).toEqual([['yaml-syntax', 'domains/a.yaml', 2, 9]]);
    expect(findings[0].message).toBe('YAML syntax error: Missing closing "quote');
    expect(findings[0].hint).toBe('close the quote at the end of the value, or remove the opening one');
  });

  it('a tab used for indentation', async () => {
    const { findings } = await validateJson({ 'domains/a.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n\t- id: ZR-1\n' });
    expect(findings.map(at)).toEqual([['yaml-syntax', 'domains/a.yaml', 4, 1]]);
    expect(findings[0].message).toBe('YAML 语法错误：缩进中有制表符（Tab），YAML 只能用空格缩进');
  });

  it('a duplicate key, at the second occurrence', async () => {
    const text = 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    name: 乙\n    lead:\n      party: 县自然资源局\n      duties: [巡查]\n';
    const { code, findings } = await validateJson({ 'domains/a.yaml': text });
    expect(code).toBe(1);
    expect(findings.map(at)).toEqual([['duplicate-key', 'domains/a.yaml', 6, 5]]);
    expect(findings[0].message).toBe('重复的键“name”：同一层级中一个键只能出现一次');
  });

  it('a GBK file, at the line of its first non-UTF-8 byte', async () => {
    // 县局 in GBK (CF D8 BE D6); 0xD8 cannot follow 0xCF in UTF-8. The first three lines are plain ASCII.
    const gbk = Buffer.concat([Buffer.from('kind: domain\ndomain: x\nitems:\n  - name: '), Buffer.from([0xcf, 0xd8, 0xbe, 0xd6]), Buffer.from('\n')]);
    const { code, findings } = await validateJson({ 'domains/gbk.yaml': gbk });
    expect(code).toBe(1);
    expect(findings.map(at)).toEqual([['encoding', 'domains/gbk.yaml', 4, 1]]);
    expect(findings[0].message).toBe('文件不是 UTF-8 编码（第 4 行附近，字节偏移 40），可能是 GBK/GB18030');
    expect(findings[0].hint).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('an alias bomb is refused in well under a second', async () => {
    const levels = 'abcdefghi'.split('');
    const lines = levels.map((l, i) => `${l}: &${l} [${Array(9).fill(i ? `*${levels[i - 1]}` : 'x').join(', ')}]`);
    const started = performance.now();
    const { code, findings } = await validateJson({ 'domains/bomb.yaml': `${lines.join('\n')}\nkind: domain\n` });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(code).toBe(1);
    expect(findings.map(at)).toEqual([['alias-limit', 'domains/bomb.yaml', 2, 8]]);
    expect(findings[0].message).toBe('别名（*引用）展开次数过多，疑似“别名炸弹”，已拒绝解析');
  });

  it('a 50 MB file is refused by its size, fast, without being parsed', async () => {
    const dir = tempRepo(MINI);
    // Valid YAML all the way: only the size may stop it.
    const row = `  - {id: X, name: ${'长'.repeat(40)}, lead: {party: 县自然资源局, duties: [巡查]}}\n`;
    const body = row.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(row)));
    writeFileSync(join(dir, 'domains', 'big.yaml'), `kind: domain\ndomain: 自然资源\nitems:\n${body}`);
    const started = performance.now();
    const r = await runCli(['validate', '-f', 'json', 'domains/big.yaml'], dir).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(r.code).toBe(1);
    const [f, ...rest] = JSON.parse(r.stdout).findings;
    expect(rest).toEqual([]);
    expect(at(f)).toEqual(['file-too-large', 'domains/big.yaml', 1, 1]);
    expect(f.message).toBe('文件过大（50.0 MB），超过上限 8 MB，未解析');
  });

  it('an empty file, and a file of comments only', async () => {
    const { code, findings } = await validateJson({ 'domains/empty.yaml': '', 'domains/notes.yaml': '# 待补充\n\n# 第二段注释\n' });
    expect(code).toBe(1);
    expect(findings.map(at)).toEqual([
      ['empty-file', 'domains/empty.yaml', 1, 1],
      ['empty-file', 'domains/notes.yaml', 1, 1],
    ]);
    expect(findings[0].message).toBe('文件为空');
  });

  it('a file that is a list, not a mapping, and a misspelt kind', async () => {
    const { findings } = await validateJson({ 'domains/a.yaml': '- kind: domain\n', 'domains/b.yaml': '# 领域\nkind: Domain\n' });
    expect(findings.map((f) => [...at(f), f.message, f.hint])).toEqual([
      ['unknown-kind', 'domains/a.yaml', 1, 1, '文件顶层应为键值对（映射），实际是列表', '在文件开头写 kind: 以及 config, departments, townships, laws, domain, township, assignments, changes, usage 之一'],
      ['unknown-kind', 'domains/b.yaml', 2, 7, '无法识别文件类型：kind 为“Domain”', '是否想写 kind: domain？'],
    ]);
  });

  it('a UTF-8 BOM is accepted and does not shift columns', async () => {
    const plain = '# 领域\nkind: domian\n';
    const { findings } = await validateJson({ 'domains/bom.yaml': `\uFEFF${plain}`, 'domains/plain.yaml': plain, 'domains/first.yaml': '\uFEFFkind: domian\n' });
    expect(findings.map(at)).toEqual([
      ['unknown-kind', 'domains/bom.yaml', 2, 7],
      ['unknown-kind', 'domains/first.yaml', 1, 7],
      ['unknown-kind', 'domains/plain.yaml', 2, 7],
    ]);
  });
});
