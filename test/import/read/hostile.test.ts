import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportReadError, READ_MESSAGES, readSource } from '../../../src/import/read/index.js';
import { openZip } from '../../../src/import/read/zip.js';
import { sniff } from '../../../src/import/read/sniff.js';
import { cfb, docx, p, tempDir } from './fixtures.js';
import { writeZip, type ZipInput } from './zip-writer.js';

let t: ReturnType<typeof tempDir>;
let xlsx: Buffer;

beforeAll(async () => {
  t = tempDir();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  for (let r = 1; r <= 200; r++) ws.addRow([r, `事项${r}`, '县住建局负责统筹协调，乡镇配合开展日常巡查']);
  xlsx = Buffer.from(await wb.xlsx.writeBuffer());
});
afterAll(() => t.done());

/** The code readSource fails with (and that the failure is an ImportReadError with a filled message). */
async function failure(name: string, data: Buffer | string, opts = {}): Promise<string> {
  const f = t.file(name, data);
  return codeOf(f, opts);
}
async function codeOf(f: string, opts = {}): Promise<string> {
  try {
    await readSource(f, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportReadError);
    const err = e as ImportReadError;
    expect(err.text('zh')).toContain(f);
    expect(err.text('zh')).not.toMatch(/\{\w+\}/);
    expect(err.text('en')).not.toMatch(/\{\w+\}/);
    return err.code;
  }
  throw new Error(`${f} was read`);
}

/** The archive's entries, with `change` applied to the named one. */
function rezip(buf: Buffer, change: Record<string, (text: string) => string>, extra: ZipInput[] = []): Buffer {
  const zip = openZip(buf);
  return writeZip([
    ...zip.names().map((name) => ({ name, data: change[name] ? change[name](zip.text(name)) : zip.bytes(name) })),
    ...extra,
  ]);
}

const zeros = Buffer.alloc(10 * 1024 * 1024);

describe('zip bombs and lying headers', () => {
  it('refuses a declared total size over the cap before inflating anything', async () => {
    const bomb = writeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 3_000_000_000 },
    ]);
    const start = Date.now();
    expect(await failure('declared.xlsx', bomb)).toBe('zip-bomb');
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('refuses an entry that declares a compression ratio over 100:1', async () => {
    const bomb = writeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(await failure('ratio.xlsx', bomb)).toBe('zip-bomb');
  });

  it('stops inflating an entry at the size it declares (xlsx and docx)', async () => {
    const start = Date.now();
    const lying = writeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 },
    ]);
    expect(await failure('lying.xlsx', lying)).toBe('zip-bomb');
    const lyingDoc = writeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]);
    expect(await failure('lying.docx', lyingDoc)).toBe('zip-bomb');
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('refuses an entry shorter than it declares, or failing its checksum', async () => {
    const short = writeZip([{ name: 'word/document.xml', data: '<w:document/>', declaredSize: 5000 }]);
    expect(await failure('short.docx', short)).toBe('corrupt');
    const bad = docx(p('x'));
    const at = bad.indexOf('word/document.xml') + 'word/document.xml'.length;
    bad[at + 3] ^= 0xff; // a byte of the deflated document
    expect(await failure('crc.docx', bad)).toBe('corrupt');
  });

  it('refuses too many entries, encrypted entries and unknown methods', async () => {
    const many = writeZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `e${i}`, data: '', method: 0 as const })));
    expect(await failure('many.xlsx', many)).toBe('zip-bomb');
    const enc = writeZip([{ name: 'word/document.xml', data: '<w:document/>', flags: 1 }]);
    expect(await failure('enc.docx', enc)).toBe('encrypted');
    const bzip = writeZip([{ name: 'word/document.xml', data: '<w:document/>', declaredMethod: 12 }]);
    expect(await failure('bzip.docx', bzip)).toBe('zip-unsupported');
  });
});

describe('damaged and refused files', () => {
  it('a truncated xlsx is corrupt', async () => {
    expect(await failure('half.xlsx', xlsx.subarray(0, xlsx.length >> 1))).toBe('corrupt');
  });

  it('an xlsx whose workbook exceljs cannot parse is corrupt', async () => {
    const broken = rezip(xlsx, { 'xl/workbook.xml': (x) => x.slice(0, x.length >> 1) });
    expect(await failure('broken.xlsx', broken)).toBe('corrupt');
  });

  it('a DOCTYPE or ENTITY in a docx or xlsx part is refused', async () => {
    const laughs = `<!DOCTYPE x [<!ENTITY a "${'a'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
    expect(await failure('doctype.docx', docx(p('&b;'), { prolog: laughs }))).toBe('doctype');
    const sheet = rezip(xlsx, { 'xl/worksheets/sheet1.xml': (x) => x.replace('?>', `?><!doctype worksheet [<!ENTITY e "e">]>`) });
    expect(await failure('doctype.xlsx', sheet)).toBe('doctype');
  });

  it('a PDF is refused with a pointer to the original file', async () => {
    expect(await failure('清单.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n')).toBe('pdf');
  });

  it('random bytes and other zips are of unknown format', async () => {
    const noise = randomBytes(4096);
    noise[100] = 0;
    expect(await failure('noise.xlsx', noise)).toBe('unknown-format');
    expect(await failure('other.zip', writeZip([{ name: 'readme.txt', data: 'hi' }]))).toBe('unknown-format');
  });

  it('a directory is unreadable and a missing path not found', async () => {
    expect(await codeOf(t.dir)).toBe('unreadable');
    expect(await codeOf(join(t.dir, '没有这个文件.xlsx'))).toBe('not-found');
    expect(await codeOf(join(t.dir, 'missing', 'x.xlsx'))).toBe('not-found');
  });

  it('a file over the size cap is too large', async () => {
    expect(await failure('big.xlsx', xlsx, { maxBytes: 1000 })).toBe('too-large');
    expect(await failure('cells.xlsx', xlsx, { maxCells: 100 })).toBe('too-large');
  });
});

describe('OLE compound files', () => {
  it('a password-protected xlsx or docx (EncryptionInfo, EncryptedPackage) is encrypted', async () => {
    expect(await failure('加密.xlsx', cfb(['EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(await failure('加密.docx', cfb(['EncryptedPackage']))).toBe('encrypted');
  });

  it('finds the names by scanning when the directory chain is broken', async () => {
    const broken = cfb(['EncryptionInfo']);
    broken.writeUInt32LE(77, 0x30); // the directory start points past the end
    expect(sniff(broken)).toEqual({ kind: 'encrypted' });
    expect(await failure('scan.xlsx', broken)).toBe('encrypted');
  });

  it('tells xls, doc, et and wps apart', () => {
    expect(sniff(cfb(['Workbook']), '.xls')).toEqual({ kind: 'legacy', legacy: 'xls' });
    expect(sniff(cfb(['Book']), '.xls')).toEqual({ kind: 'legacy', legacy: 'xls' });
    expect(sniff(cfb(['WordDocument', '1Table']), '.doc')).toEqual({ kind: 'legacy', legacy: 'doc' });
    expect(sniff(cfb(['WordDocument']), '.wps')).toEqual({ kind: 'legacy', legacy: 'wps' });
    expect(sniff(cfb(['Workbook']), '.et')).toEqual({ kind: 'legacy', legacy: 'et' });
    expect(sniff(cfb(['Workbook']), '.doc')).toEqual({ kind: 'legacy', legacy: 'xls' });
    expect(sniff(cfb(['PowerPoint Document']), '.ppt')).toEqual({ kind: 'unknown' });
  });
});

describe('messages', () => {
  it('every message has both languages with the same placeholders', () => {
    for (const [key, msg] of Object.entries(READ_MESSAGES)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+?)(?:Zh|En)?\}/g)].map((m) => m[1]).sort();
      expect(names(msg.zh), key).toEqual(names(msg.en));
      expect(names(msg.zh), key).toContain('file');
    }
  });
});
