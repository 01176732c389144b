/**
 * Inputs that were already handled, run end to end as a user would: each gives its finding at its place
 * (or is read correctly), no stack trace, no hang, and the sources are left as they were.
 */
import { readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample as copy, resp, snapshot, STACK } from './process.js';

const made: string[] = [];
const copyExample = () => {
  const d = copy();
  made.push(d);
  return d;
};
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface F { file: string; rule: string; line: number; column: number; message: string }

/** A copy of the example with these files added; validate it as JSON. */
function validate(files: Record<string, string | Buffer>) {
  const dir = copyExample();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const before = snapshot(dir);
  const r = resp(['validate', '-f', 'json'], dir);
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(STACK);
  expect(snapshot(dir)).toEqual(before);
  const found = (JSON.parse(r.stdout).findings as F[]).filter((f) => f.file in files).map(({ file, rule, line, column }) => `${file}:${line}:${column} ${rule}`);
  return { code: r.code, found, dir };
}

const laughs = () => {
  let a = 'a0: &a0 [x,x,x,x,x,x,x,x,x,x]\n';
  for (let i = 1; i < 12; i++) a += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
  return `kind: domain\ndomain: 甲\n${a}items: []\n`;
};

describe('hostile and careless inputs, end to end', () => {
  it.each<[string, Record<string, string | Buffer>, string[]]>([
    ['an alias bomb', { 'domains/bomb.yaml': laughs() }, ['domains/bomb.yaml:4:10 alias-limit']],
    ['a 50 MB file', { 'domains/big.yaml': `kind: domain\ndomain: 甲\nitems: []\n# ${'x'.repeat(50 << 20)}\n` }, ['domains/big.yaml:1:1 file-too-large']],
    ['binary bytes', { 'domains/bin.yaml': Buffer.from([0x6b, 0x69, 0xff, 0xfe, 0x80, 0x00, 0x81, 0x0a]) }, ['domains/bin.yaml:1:1 encoding']],
    ['tabs for indentation', { 'domains/tabs.yaml': 'kind: domain\ndomain: 丙\nitems:\n\t- id: A\n' }, ['domains/tabs.yaml:4:1 yaml-syntax']],
    ['a __proto__ key', { 'domains/proto.yaml': 'kind: domain\ndomain: 丁\nitems:\n  - id: D-1\n    name: 甲\n    __proto__: {polluted: 1}\n    lead: {party: 县水利局, duties: [查处。]}\n' }, ['domains/proto.yaml:6:5 schema']],
    ['a merge key', { 'domains/merge.yaml': 'kind: domain\ndomain: 戊\nitems:\n  - id: E-1\n    name: 乙\n    lead: {<<: {party: 县水利局}, duties: [查处。]}\n' }, ['domains/merge.yaml:6:11 schema', 'domains/merge.yaml:6:12 schema']],
  ])('%s: its finding at its place', (_what, files, expected) => {
    const r = validate(files);
    expect(r.found).toEqual(expected);
    expect(r.code).toBe(1);
  });

  it('CRLF line ends read as any other file', () => {
    const r = validate({ 'domains/crlf.yaml': 'kind: domain\r\ndomain: 乙\r\nitems:\r\n  - id: C-1\r\n    name: 甲\r\n    lead: {party: 县水利局, duties: [依法查处。]}\r\n' });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a symlink loop is passed over, not followed', () => {
    const dir = copyExample();
    symlinkSync('loop.yaml', join(dir, 'domains', 'loop.yaml'));
    symlinkSync('.', join(dir, 'domains', 'self'));
    const r = resp(['validate'], dir, { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  });

  it('a value that reads as a formula is written as text in CSV', () => {
    const dir = copyExample();
    const f = join(dir, 'domains', '专项工作.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('name: 森林防火', 'name: "=HYPERLINK(\\"http://x\\",\\"点我\\")"'));
    const r = resp(['export', '--csv', '--out', 'out'], dir);
    expect(r.code).toBe(0);
    const csv = readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.csv')).map((n) => readFileSync(join(dir, 'out', n), 'utf8')).join('');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).not.toMatch(/,"?=HYPERLINK/);
  });

  it('.. in a revision or path is a clear message, never a stack trace', () => {
    const dir = copyExample();
    const r = resp(['diff', 'HEAD:../../etc', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resp: 找不到版本 HEAD:\.\.\/\.\.\/etc/);
    expect(r.stderr).not.toMatch(STACK);
  });
});
