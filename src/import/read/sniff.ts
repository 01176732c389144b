import { openZip, type ZipArchive } from './zip.js';

/**
 * What a file is, told from its bytes (the extension only names the WPS flavour of an OLE file).
 */
export type Sniffed =
  | { kind: 'xlsx' | 'docx'; zip: ZipArchive }
  | { kind: 'csv'; text: string; encoding: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be' }
  | { kind: 'legacy'; legacy: 'xls' | 'doc' | 'wps' | 'et' }
  | { kind: 'encrypted' | 'pdf' | 'markup' | 'empty' | 'unknown' };

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Tell the format of `buf`; `ext` (lower case, with the dot) only separates .wps/.et from .doc/.xls. */
export function sniff(buf: Buffer, ext = ''): Sniffed {
  if (buf.length === 0) return { kind: 'empty' };
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    const zip = openZip(buf);
    if (zip.has('xl/workbook.xml')) return { kind: 'xlsx', zip };
    if (zip.find('word/document.xml')) return { kind: 'docx', zip };
    return { kind: 'unknown' };
  }
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB_MAGIC)) return sniffCfb(buf, ext);
  if (/^(\xef\xbb\xbf)?\s*%PDF-/.test(buf.toString('latin1', 0, 64))) return { kind: 'pdf' };
  return sniffText(buf);
}

function sniffCfb(buf: Buffer, ext: string): Sniffed {
  const names = new Set(cfbNames(buf) ?? cfbNamesByScan(buf));
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return { kind: 'encrypted' };
  let family: 'sheet' | 'text' | undefined;
  if (names.has('WordDocument')) family = 'text';
  else if (names.has('Workbook') || names.has('Book')) family = 'sheet';
  else if (ext === '.wps') family = 'text';
  else if (ext === '.et') family = 'sheet';
  if (!family) return { kind: 'unknown' };
  if (family === 'sheet') return { kind: 'legacy', legacy: ext === '.et' ? 'et' : 'xls' };
  return { kind: 'legacy', legacy: ext === '.wps' ? 'wps' : 'doc' };
}

const END_OF_CHAIN = 0xfffffffa; // sector numbers at or above this are markers, not sectors

/**
 * The names in an OLE compound file's directory, following the directory's sector chain through the
 * FAT; null when the header or a chain does not hold together (then the caller scans instead).
 */
export function cfbNames(buf: Buffer): string[] | null {
  if (buf.length < 512) return null;
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor((buf.length - size) / size) + 1;
  const at = (s: number) => (s + 1) * size;
  const inFile = (s: number) => s < END_OF_CHAIN && at(s) + size <= buf.length;

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatCount = buf.readUInt32LE(0x2c);
  if (fatCount > sectors) return null;
  const fat: number[] = [];
  for (let i = 0; i < 109 && fat.length < fatCount; i++) fat.push(buf.readUInt32LE(0x4c + 4 * i));
  const perSector = size / 4;
  const seen = new Set<number>();
  for (let d = buf.readUInt32LE(0x44); fat.length < fatCount && d < END_OF_CHAIN; ) {
    if (!inFile(d) || seen.has(d)) return null;
    seen.add(d);
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i++) fat.push(buf.readUInt32LE(at(d) + 4 * i));
    d = buf.readUInt32LE(at(d) + size - 4);
  }
  if (fat.some((s) => !inFile(s))) return null;
  const next = (s: number): number | null => {
    const f = fat[Math.floor(s / perSector)];
    return f === undefined ? null : buf.readUInt32LE(at(f) + 4 * (s % perSector));
  };

  const names: string[] = [];
  seen.clear();
  for (let s: number | null = buf.readUInt32LE(0x30); s !== null && s < END_OF_CHAIN; s = next(s)) {
    if (!inFile(s) || seen.has(s)) return null;
    seen.add(s);
    for (let off = at(s); off < at(s) + size; off += 128) {
      const type = buf[off + 0x42];
      const len = buf.readUInt16LE(off + 0x40);
      if (type === 0 || len < 2 || len > 64) continue;
      names.push(buf.toString('utf16le', off, off + len - 2));
    }
  }
  return names.length > 0 ? names : null;
}

/**
 * The directory names of a compound file whose chains do not hold together: a directory entry is 128
 * bytes on a 128-byte boundary, its UTF-16LE name followed by the name's byte length at 0x40.
 */
export function cfbNamesByScan(buf: Buffer): string[] {
  const found: string[] = [];
  for (const name of ['EncryptionInfo', 'EncryptedPackage', 'WordDocument', 'Workbook', 'Book']) {
    const needle = Buffer.from(name, 'utf16le');
    for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + 1)) {
      if (i % 128 === 0 && i + 0x44 <= buf.length && buf.readUInt16LE(i + 0x40) === needle.length + 2) {
        found.push(name);
        break;
      }
    }
  }
  return found;
}

/** Text (CSV) in UTF-8, UTF-16 with a BOM, or GBK; markup and binary are not. */
function sniffText(buf: Buffer): Sniffed {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decode(encoding, buf.subarray(2));
    if (text === null || text.includes('\0')) return { kind: 'unknown' };
    return classifyText(text, encoding);
  }
  if (buf.includes(0)) return { kind: 'unknown' };
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const utf8 = decode('utf-8', bom ? buf.subarray(3) : buf);
  if (utf8 !== null) return classifyText(utf8, 'utf-8');
  const gbk = decode('gbk', buf);
  if (gbk !== null) return classifyText(gbk, 'gbk');
  return { kind: 'unknown' };
}

function classifyText(text: string, encoding: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be'): Sniffed {
  // Control characters other than tab, LF, FF, CR mean binary that happened to decode.
  if (/[\x01-\x08\x0b\x0e-\x1f]/.test(text.slice(0, 65536))) return { kind: 'unknown' };
  const head = text.trimStart().slice(0, 256).toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<html') || head.startsWith('<!doctype') || head.startsWith('<table')) {
    return { kind: 'markup' };
  }
  if (text.trim() === '') return { kind: 'empty' };
  return { kind: 'csv', text, encoding };
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
