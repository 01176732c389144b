/**
 * `resp import` as a person runs it: exit codes 0/1/2, what it prints, where it writes, that it never
 * overwrites without --force, the describe → edit → import loop of --write-map and --map, and hostile
 * files: a clear message, exit 2, no stack trace, nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { SHUDI, SHUDI_MESSY, tempDir, writeDocx, writeXlsx } from './fixtures.js';
import { cfb } from './read/fixtures.js';
import { writeZip } from './read/zip-writer.js';

const BIN = join(__dirname, '..', '..', 'bin', 'resp.js');

/** Run the built CLI as a process, as a user would. */
function resp(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, RESP_LANG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder, relative, sorted. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out.push(`${rel}${e.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

describe('resp import', () => {
  it('writes the repository into --out and exits 0 when nothing is lost', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, '清单.xlsx'), [SHUDI]);
    const r = resp(['import', '清单.xlsx', '--out', 'repo'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('表 属地管理：清单 属地管理，4 个事项');
    expect(r.stdout).toContain('没有损失：每个非空单元格都已导入。');
    expect(r.stdout).toContain('下一步：resp validate repo');
    expect(tree(join(dir, 'repo')).filter((f) => !f.startsWith('.resp/'))).toEqual(['domains/生态环境.yaml', 'domains/自然资源.yaml', 'registry/departments.yaml', 'resp.yaml']);
    expect(r.stdout).toContain('以及 .resp/schemas/ 中供编辑器使用的 10 个 schema 文件');
    // The result validates, and exports.
    expect(resp(['validate', 'repo'], dir).code).toBe(0);
    expect(resp(['export', 'repo', '--md', '--out', 'out'], dir).code).toBe(0);
  });

  it('never overwrites: a second import into the same folder writes nothing and exits 2; --force overwrites', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, '清单.xlsx'), [SHUDI]);
    expect(resp(['import', '清单.xlsx', '--out', 'repo'], dir).code).toBe(0);
    const file = join(dir, 'repo', 'domains', '自然资源.yaml');
    writeFileSync(file, '# edited by hand\n');
    const before = statSync(file).mtimeMs;
    const again = resp(['import', '清单.xlsx', '--out', 'repo'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^resp: repo 中已有文件，未写入任何文件：resp\.yaml、registry\/departments\.yaml、domains\/自然资源\.yaml、domains\/生态环境\.yaml、\.resp\/schemas\/assignments\.schema\.json …。请换一个 --out 文件夹，或用 --force 覆盖\n$/);
    expect(readFileSync(file, 'utf8')).toBe('# edited by hand\n');
    expect(statSync(file).mtimeMs).toBe(before);
    expect(resp(['import', '清单.xlsx', '--out', 'repo', '--force'], dir).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('kind: domain');
    // No temporary files are left behind.
    expect(tree(join(dir, 'repo')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes into the current folder only when it holds no list', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, '清单.xlsx'), [SHUDI]);
    expect(resp(['import', '清单.xlsx'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'resp.yaml'))).toBe(true);
    const other = tempDir();
    writeFileSync(join(other, 'resp.yaml'), 'kind: config\njurisdiction: {name: 甲县}\n');
    await writeXlsx(join(other, '清单.xlsx'), [SHUDI]);
    const r = resp(['import', '清单.xlsx'], other);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resp: 当前文件夹 . 已有清单文件（resp.yaml），未写入任何文件；请用 --out 指定一个新文件夹\n');
    expect(tree(other)).toEqual(['resp.yaml', '清单.xlsx']);
  });

  it('exits 1 with losses, and -f json lists each with its code and cell', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, 'messy.xlsx'), [SHUDI_MESSY]);
    const r = resp(['import', 'messy.xlsx', '--out', 'repo', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.items).toBe(3);
    expect(report.summary).toEqual({ losses: 12, warnings: 11, infos: 1 });
    expect(report.losses.find((l: { code: string }) => l.code === 'unmapped-column')).toMatchObject({ where: 'Sheet1!I4', severity: 'warning', cells: ['Sheet1!I4'], value: '未履行巡查职责的依法追责' });
    expect(report.written).toContain('repo/resp.yaml');
    // The human report names each place, in English with --lang en.
    const en = resp(['--lang', 'en', 'import', 'messy.xlsx', '--dry-run'], dir);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Sheet1!A9  warning  numbering gap: 4 follows 2  [numbering-gap]');
  });

  it('--write-map describes the columns; an edited map imports the column that was lost', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, 'messy.xlsx'), [SHUDI_MESSY]);
    const d = resp(['import', 'messy.xlsx', '--write-map', 'map.yaml'], dir);
    expect(d.code).toBe(1);
    expect(tree(dir)).toEqual(['map.yaml', 'messy.xlsx']);
    const map = readFileSync(join(dir, 'map.yaml'), 'utf8');
    expect(map).toContain('主体责任/单位: lead.party');
    expect(map).toContain('追责情形: null');
    writeFileSync(join(dir, 'map.yaml'), map.replace('追责情形: null', '追责情形: notes'));
    const r = await runCli(['import', 'messy.xlsx', '--map', 'map.yaml', '--out', 'repo', '-f', 'json'], dir);
    const losses = JSON.parse(r.stdout).losses.map((l: { code: string }) => l.code);
    expect(losses).not.toContain('unmapped-column');
    expect(readFileSync(join(dir, 'repo', 'domains', '自然资源.yaml'), 'utf8')).toContain('追责情形：未履行巡查职责的依法追责');
    // A map naming a field that does not exist is a usage error.
    writeFileSync(join(dir, 'bad.yaml'), 'columns:\n  事项名称: title\n');
    const bad = await runCli(['import', 'messy.xlsx', '--map', 'bad.yaml', '--dry-run'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^resp: 列对应表 bad\.yaml 中“事项名称”的字段“title”不存在/);
  });

  it('rejects an unknown --kind', async () => {
    const dir = tempDir();
    const r = await runCli(['import', 'x.xlsx', '--kind', '清单'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('resp: --kind 应为以下之一：属地管理、基本履职、配合履职、上级部门收回、职责边界、赋权事项\n');
  });
});

describe('resp import on hostile and careless input', () => {
  /** Each case: a file the test writes, and the start of the message it must print. */
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a PDF', (d) => (writeFileSync(join(d, 'list.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'list.pdf'), /list\.pdf 是 PDF 文件.*请导入清单的原始 Excel/],
    ['a missing file', () => 'nope.xlsx', /nope\.xlsx/],
    ['a folder', (d) => (mkdirSync(join(d, 'folder.xlsx')), 'folder.xlsx'), /folder\.xlsx/],
    ['random bytes', (d) => (writeFileSync(join(d, 'x.xlsx'), Buffer.from([0, 1, 2, 3, 250, 251, 0, 0, 9])), 'x.xlsx'), /x\.xlsx/],
    ['a truncated workbook', (d) => d, /half\.xlsx 已损坏或不完整/],
    ['a zip bomb', (d) => {
      // 8 MB of zeros deflated to 8 KB, declared honestly: refused for its ratio before anything is inflated.
      writeFileSync(join(d, 'bomb.xlsx'), writeZip([{ name: 'xl/workbook.xml', data: Buffer.alloc(8 << 20) }]));
      return 'bomb.xlsx';
    }, /bomb\.xlsx.*压缩内容异常/],
    ['a password-protected workbook', (d) => (writeFileSync(join(d, 'locked.xlsx'), cfb(['EncryptionInfo', 'EncryptedPackage'])), 'locked.xlsx'), /locked\.xlsx 设有密码（已加密）/],
    ['a .docx with entity expansion', (d) => writeDocx(join(d, 'lol.docx'), '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>').split('/').pop()!, /lol\.docx/],
  ];
  for (const [what, make, message] of cases) {
    it(`${what}: a clear message, exit 2, no stack trace, nothing written`, async () => {
      const dir = tempDir();
      let file = make(dir);
      if (what === 'a truncated workbook') {
        const full = await writeXlsx(join(dir, 'full.xlsx'), [SHUDI]);
        const bytes = readFileSync(full);
        writeFileSync(join(dir, 'half.xlsx'), bytes.subarray(0, bytes.length >> 1));
        file = 'half.xlsx';
      }
      const started = Date.now();
      const r = resp(['import', file, '--out', 'repo'], dir);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^resp: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
      expect(existsSync(join(dir, 'repo'))).toBe(false);
    });
  }
});
