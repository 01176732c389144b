import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip file as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** MS-DOS time and date words of the entry. */
  dosTime: number;
  dosDate: number;
  /** The same words as the entry's local header holds them. */
  localDosTime: number;
  localDosDate: number;
  text: () => string;
}

/** Read a zip file's entries (stored or deflated), enough to look inside an .xlsx in tests. */
export function unzip(file: string): ZipEntry[] {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    out.push({
      name,
      dosTime: buf.readUInt16LE(p + 12),
      dosDate: buf.readUInt16LE(p + 14),
      localDosTime: buf.readUInt16LE(local + 10),
      localDosDate: buf.readUInt16LE(local + 12),
      text: () => (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}
