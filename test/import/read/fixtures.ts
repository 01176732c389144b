import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeZip, type ZipInput } from './zip-writer.js';

/** A temporary folder for one test file's fixtures; `done()` removes it. */
export function tempDir(): { dir: string; file: (name: string, data: Buffer | string) => string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'resp-read-test-'));
  return {
    dir,
    file: (name, data) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx whose body is `body` (WordprocessingML inside w:body); `extra` entries are added. */
export function docx(body: string, opts: { prolog?: string; extra?: ZipInput[] } = {}): Buffer {
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${opts.prolog ?? ''}` +
    `<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: document },
    ...(opts.extra ?? []),
  ]);
}

/** A paragraph of one run per text (a string with \n becomes runs split by w:br). */
export function p(...texts: string[]): string {
  const runs = texts
    .map((t) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>${t.split('\n').map((x) => `<w:t xml:space="preserve">${x}</w:t>`).join('<w:br/>')}</w:r>`)
    .join('');
  return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs}</w:p>`;
}

/** A table cell; `props` goes into w:tcPr. */
export function tc(content: string, props = ''): string {
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
}

/**
 * A minimal OLE compound file (version 3, 512-byte sectors) holding only a directory: the header,
 * sector 0 the directory (root entry plus one storage/stream entry per name), sector 1 the FAT. This is
 * all the sniffer reads; the streams themselves hold nothing.
 */
export function cfb(names: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(0, 0x30); // directory starts at sector 0
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(0xffffffff, 0x4c + 4 * i);
  header.writeUInt32LE(1, 0x4c); // the FAT is sector 1
  const dir = Buffer.alloc(512);
  ['Root Entry', ...names].slice(0, 4).forEach((name, k) => {
    const off = k * 128;
    const u = Buffer.from(name, 'utf16le');
    u.copy(dir, off);
    dir.writeUInt16LE(u.length + 2, off + 0x40);
    dir[off + 0x42] = k === 0 ? 5 : 2;
    dir.writeUInt32LE(0xffffffff, off + 0x44);
    dir.writeUInt32LE(0xffffffff, off + 0x48);
    dir.writeUInt32LE(0xffffffff, off + 0x4c);
  });
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffe, 0); // sector 0: end of the directory chain
  fat.writeUInt32LE(0xfffffffd, 4); // sector 1: a FAT sector
  return Buffer.concat([header, dir, fat]);
}
