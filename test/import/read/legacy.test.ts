import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { readSource } from '../../../src/import/read/index.js';
import { findSoffice } from '../../../src/import/read/legacy.js';
import { cfb, docx, p, tc, tempDir } from './fixtures.js';

const soffice = findSoffice();
const hasSoffice = soffice !== null;

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.done());

/** A shell script standing in for soffice. */
function fakeSoffice(name: string, body: string): string {
  const f = t.file(name, `#!/bin/sh\n${body}\n`);
  chmodSync(f, 0o755);
  return f;
}

/** Convert `file` with LibreOffice itself (to make an old-format fixture), into `outDir`. */
function sofficeConvert(file: string, to: string, outDir: string): string {
  const profile = mkdtempSync(join(t.dir, 'profile-'));
  execFileSync(
    soffice!,
    ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', to, '--outdir', outDir, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  return join(outDir, file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, `.${to}`));
}

describe('old formats without LibreOffice', () => {
  const posix = process.platform !== 'win32';
  it('says how to save the file as xlsx/docx when soffice is not given', async () => {
    const f = t.file('清单.xls', cfb(['Workbook']));
    await expect(readSource(f, { sofficePath: null })).rejects.toMatchObject({
      code: 'legacy-no-soffice',
      args: expect.objectContaining({ kind: '.xls', targetZh: 'Excel 工作簿（.xlsx）' }),
    });
    const d = t.file('清单.wps', cfb(['WordDocument']));
    await expect(readSource(d, { sofficePath: null })).rejects.toMatchObject({ code: 'legacy-no-soffice', args: expect.objectContaining({ kind: '.wps' }) });
  });

  it('finds no soffice on a PATH without one', async () => {
    const saved = { PATH: process.env.PATH, RESP_SOFFICE: process.env.RESP_SOFFICE };
    const empty = join(t.dir, 'empty-bin');
    mkdirSync(empty, { recursive: true });
    try {
      process.env.PATH = empty;
      delete process.env.RESP_SOFFICE;
      expect(findSoffice()).toBeNull();
      await expect(readSource(t.file('path.doc', cfb(['WordDocument'])))).rejects.toMatchObject({ code: 'legacy-no-soffice' });
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.RESP_SOFFICE !== undefined) process.env.RESP_SOFFICE = saved.RESP_SOFFICE;
    }
  });

  it.skipIf(!posix)('reports a conversion that produces nothing', async () => {
    const fake = fakeSoffice('soffice-nothing', 'echo "Error: source file could not be loaded" >&2; exit 0');
    const f = t.file('nothing.xls', cfb(['Workbook']));
    await expect(readSource(f, { sofficePath: fake })).rejects.toMatchObject({
      code: 'legacy-convert-failed',
      args: expect.objectContaining({ detail: 'Error: source file could not be loaded' }),
    });
  });

  it.skipIf(!posix)('kills a conversion that hangs, with everything it started', async () => {
    const pidFile = join(t.dir, 'child.pid');
    const fake = fakeSoffice('soffice-hang', `sleep 30 & echo $! > '${pidFile}'; wait`);
    const f = t.file('hang.doc', cfb(['WordDocument']));
    const start = Date.now();
    await expect(readSource(f, { sofficePath: fake, timeoutMs: 500 })).rejects.toMatchObject({ code: 'legacy-convert-failed' });
    expect(Date.now() - start).toBeLessThan(5000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // Gone, or a zombie waiting for init to reap it.
    const alive = () => existsSync(`/proc/${pid}`) && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    for (let i = 0; i < 20 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  });
});

// CI installs LibreOffice (.ci/run), so there these tests must run, not skip.
describe.skipIf(!hasSoffice && !process.env.CI)('old formats through LibreOffice', () => {
  it('reads an .xls, writing nothing next to it', { timeout: 180_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('属地管理');
    ws.getCell('A1').value = '青禾县清单';
    ws.mergeCells('A1:C1');
    ws.addRow(['序号', '事项名称', '主体责任']);
    ws.addRow([1, '违法建设治理', '县住建局']);
    const src = join(t.dir, 'src');
    const dst = join(t.dir, 'user');
    mkdirSync(src);
    mkdirSync(dst);
    await wb.xlsx.writeFile(join(src, '清单.xlsx'));
    const xls = sofficeConvert(join(src, '清单.xlsx'), 'xls', dst);
    const book = await readSource(xls);
    expect(book.format).toBe('xlsx');
    expect(book.convertedFrom).toBe('xls');
    expect(book.grids[0].name).toBe('属地管理');
    expect(book.grids[0].rows).toEqual([
      ['青禾县清单', '', ''],
      ['序号', '事项名称', '主体责任'],
      ['1', '违法建设治理', '县住建局'],
    ]);
    expect(book.grids[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(readdirSync(dst)).toEqual(['清单.xls']);
  });

  it('reads a .doc', { timeout: 180_000 }, async () => {
    const src = join(t.dir, 'docsrc');
    mkdirSync(src);
    const file = t.file('docsrc/清单.docx', docx(p('标题') + `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr>${tc(p('序号'))}${tc(p('事项'))}</w:tr><w:tr>${tc(p('1'))}${tc(p('治理'))}</w:tr></w:tbl>` + p('注')));
    const doc = sofficeConvert(file, 'doc', src);
    const book = await readSource(doc);
    expect(book.format).toBe('docx');
    expect(book.convertedFrom).toBe('doc');
    expect(book.grids[0].rows).toEqual([
      ['序号', '事项'],
      ['1', '治理'],
    ]);
    expect(book.grids[0].before).toEqual(['标题']);
    expect(book.grids[0].after).toEqual(['注']);
  });
});
