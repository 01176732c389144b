import { crc32, inflateRawSync } from 'node:zlib';
import { formatBytes, readError } from './errors.js';

/**
 * A small, defensive zip reader for .xlsx and .docx files. Everything a hostile archive could use to
 * make us work or allocate without bound is checked against the central directory before a single
 * byte is inflated; inflating is then capped at the size each entry declares.
 */

export interface ZipLimits {
  /** Largest total of the declared uncompressed sizes. */
  maxTotal: number;
  /** Largest compression ratio of an entry whose declared size exceeds `ratioFrom`. */
  maxRatio: number;
  ratioFrom: number;
  /** Most entries in the archive. */
  maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxTotal: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFrom: 1024 * 1024,
  maxEntries: 10_000,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export interface ZipArchive {
  /** Entry names in central-directory order (directories included, as the archive lists them). */
  names(): string[];
  has(name: string): boolean;
  /** The first entry whose name equals `name` ignoring ASCII case (OPC part names are case-insensitive). */
  find(name: string): string | undefined;
  entry(name: string): ZipEntryInfo | undefined;
  /** The entry's bytes, inflated, checked against its declared size and CRC. */
  bytes(name: string): Buffer;
  /** The entry as UTF-8 text (a BOM is dropped). */
  text(name: string): string;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Read an archive's directory; throws `corrupt`, `zip-bomb`, `zip-unsupported` or `encrypted`. */
export function openZip(buf: Buffer, limits: ZipLimits = ZIP_LIMITS): ZipArchive {
  const eocd = findEocd(buf);
  if (eocd < 0) throw readError('corrupt', { detail: 'no zip end record; the file is probably truncated' });
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const countHere = buf.readUInt16LE(eocd + 8);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (
    count === 0xffff ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff ||
    (eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIG)
  ) {
    throw readError('zip-unsupported', { detail: 'zip64' });
  }
  if (disk !== 0 || cdDisk !== 0 || countHere !== count) {
    throw readError('zip-unsupported', { detail: 'multi-part archive' });
  }
  if (count > limits.maxEntries) {
    throw readError('zip-bomb', { detail: `${count} entries, at most ${limits.maxEntries} allowed` });
  }
  if (cdOffset + cdSize > eocd) throw readError('corrupt', { detail: 'central directory out of range' });

  const entries = new Map<string, ZipEntryInfo>();
  const order: string[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL_SIG) {
      throw readError('corrupt', { detail: `bad central directory entry ${n + 1}` });
    }
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > eocd) throw readError('corrupt', { detail: 'central directory out of range' });
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;

    if (flags & 1) throw readError('encrypted');
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw readError('zip-unsupported', { detail: 'zip64' });
    }
    if (method !== 0 && method !== 8) {
      throw readError('zip-unsupported', { detail: `compression method ${method} in ${name}` });
    }
    if (method === 0 && compressedSize !== size) {
      throw readError('corrupt', { detail: `stored entry ${name} declares two sizes` });
    }
    total += size;
    if (total > limits.maxTotal) {
      throw readError('zip-bomb', {
        detail: `declared uncompressed size over ${formatBytes(limits.maxTotal)}`,
      });
    }
    if (size > limits.ratioFrom && size / Math.max(compressedSize, 1) > limits.maxRatio) {
      throw readError('zip-bomb', {
        detail: `${name} expands ${Math.round(size / Math.max(compressedSize, 1))}:1`,
      });
    }
    if (localOffset + 30 > cdOffset) throw readError('corrupt', { detail: `${name} out of range` });
    if (!entries.has(name)) entries.set(name, { name, method, crc, compressedSize, size, localOffset });
    order.push(name);
  }

  const lower = new Map<string, string>();
  for (const name of order) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), name);

  const bytes = (name: string): Buffer => {
    const e = entries.get(name);
    if (!e) throw readError('corrupt', { detail: `missing part ${name}` });
    return inflateEntry(buf, e, cdOffset);
  };
  return {
    names: () => order.slice(),
    has: (name) => entries.has(name),
    find: (name) => lower.get(name.toLowerCase()),
    entry: (name) => entries.get(name),
    bytes,
    text: (name) => {
      const b = bytes(name);
      const from = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
      return b.toString('utf8', from);
    },
  };
}

/**
 * The end-of-central-directory record's offset, searching back over a comment of up to 64 KB; -1 if
 * none. A record whose comment fits the file exactly is preferred; else the last signature found
 * (some tools append bytes after the archive).
 */
function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  let loose = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf[i] !== 0x50 || buf.readUInt32LE(i) !== EOCD_SIG) continue;
    if (i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
    if (loose < 0) loose = i;
  }
  return loose;
}

function inflateEntry(buf: Buffer, e: ZipEntryInfo, cdOffset: number): Buffer {
  const at = e.localOffset;
  if (buf.readUInt32LE(at) !== LOCAL_SIG) throw readError('corrupt', { detail: `bad local header of ${e.name}` });
  const dataAt = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (dataAt + e.compressedSize > cdOffset) throw readError('corrupt', { detail: `${e.name} is cut off` });
  const raw = buf.subarray(dataAt, dataAt + e.compressedSize);
  let out: Buffer;
  if (e.method === 0) {
    out = raw;
  } else {
    try {
      // maxOutputLength must be at least 1; an empty entry then checks its length below.
      out = inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw readError('zip-bomb', { detail: `${e.name} inflates beyond its declared ${formatBytes(e.size)}` });
      }
      throw readError('corrupt', { detail: `${e.name}: ${(err as Error).message}` });
    }
  }
  if (out.length !== e.size) {
    throw readError(out.length > e.size ? 'zip-bomb' : 'corrupt', {
      detail: `${e.name} holds ${out.length} bytes but declares ${e.size}`,
    });
  }
  if (crc32(out) >>> 0 !== e.crc >>> 0) throw readError('corrupt', { detail: `${e.name} fails its checksum` });
  return out;
}

/** A new archive of the given entries, all stored (not compressed), as tests and tools write parts directly. */
export function storedZip(parts: { name: string; data: Buffer }[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIG, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(CENTRAL_SIG, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, nameBuf, data);
    central.push(cd, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** Refuse an XML part that declares a DOCTYPE or an ENTITY (Office never writes either), in any case. */
export function checkNoDoctype(part: string, xml: Buffer | string): void {
  for (let i = xml.indexOf('<!'); i >= 0; i = xml.indexOf('<!', i + 2)) {
    const word =
      typeof xml === 'string' ? xml.slice(i + 2, i + 9) : xml.toString('latin1', i + 2, i + 9);
    const w = word.toUpperCase();
    if (w.startsWith('DOCTYPE') || w.startsWith('ENTITY')) throw readError('doctype', { part });
  }
}
