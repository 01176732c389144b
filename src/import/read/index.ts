import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Grid, SourceBook } from '../grid.js';
import { readCsv } from './csv.js';
import { readDocxXml } from './docx.js';
import { ImportReadError, formatBytes, readError } from './errors.js';
import { TARGET_OF, convertLegacy, legacyArgs, type LegacyKind } from './legacy.js';
import { sniff } from './sniff.js';
import { checkNoDoctype, openZip, type ZipArchive } from './zip.js';
import { readXlsx } from './xlsx.js';

export { ImportReadError, READ_MESSAGES, type ImportReadCode } from './errors.js';

export interface ReadOptions {
  /** Time limit for parsing a workbook, and for a LibreOffice conversion (each); default 120 s. */
  timeoutMs?: number;
  /** Most cells over all grids (rows × columns of each); default 2,000,000. */
  maxCells?: number;
  /** Largest file read, in bytes; default 100 MB. */
  maxBytes?: number;
  /** LibreOffice's `soffice`: a path, or null for none; default RESP_SOFFICE, then PATH. */
  sofficePath?: string | null;
}

export const DEFAULT_MAX_CELLS = 2_000_000;
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Read a source file into grids. The format is told from the bytes; failures are thrown as
 * ImportReadError (never anything else), each naming `file` as given.
 */
export async function readSource(file: string, opts: ReadOptions = {}): Promise<SourceBook> {
  try {
    return await readChecked(file, opts);
  } catch (e) {
    if (e instanceof ImportReadError) throw e.withFile(file);
    const detail = ((e as Error)?.message ?? String(e)).split('\n')[0].slice(0, 200);
    throw readError('corrupt', { file, detail });
  }
}

async function readChecked(file: string, opts: ReadOptions): Promise<SourceBook> {
  const maxCells = opts.maxCells ?? DEFAULT_MAX_CELLS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw readError('unreadable-dir');
    if (!st.isFile()) throw readError('unreadable', { detail: 'not a regular file' });
    size = st.size;
  } catch (e) {
    throw fsError(e);
  }
  if (size > maxBytes) throw readError('too-large', { size: formatBytes(size), limit: formatBytes(maxBytes) });
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    throw fsError(e);
  }
  if (buf.length > maxBytes) throw readError('too-large', { size: formatBytes(buf.length), limit: formatBytes(maxBytes) });

  const s = sniff(buf, extname(file).toLowerCase());
  switch (s.kind) {
    case 'xlsx':
    case 'docx':
      return book(file, s.kind, await readOoxml(s.kind, s.zip, maxCells, timeoutMs));
    case 'csv':
      return book(file, 'csv', [readCsv(s.text, file, maxCells)]);
    case 'legacy': {
      const converted = await convertLegacy(buf, s.legacy, { sofficePath: opts.sofficePath, timeoutMs });
      return book(file, TARGET_OF[s.legacy], await readConverted(converted, s.legacy, maxCells, timeoutMs), s.legacy);
    }
    case 'encrypted':
      throw readError('encrypted');
    case 'pdf':
      throw readError('pdf');
    case 'markup':
      throw readError('markup-format');
    case 'empty':
      throw readError('empty');
    case 'unknown':
      throw readError('unknown-format');
  }
}

async function readOoxml(kind: 'xlsx' | 'docx', zip: ZipArchive, maxCells: number, timeoutMs: number): Promise<Grid[]> {
  if (kind === 'xlsx') return readXlsx(zip, { maxCells, timeoutMs });
  const part = zip.find('word/document.xml');
  if (!part) throw readError('corrupt', { detail: 'missing word/document.xml' });
  const xml = zip.text(part);
  checkNoDoctype('word/document.xml', xml);
  // One synchronous pass over at most the 200 MB the zip checks allow: bounded without a timer.
  return readDocxXml(xml, maxCells);
}

async function readConverted(bytes: Buffer, legacy: LegacyKind, maxCells: number, timeoutMs: number): Promise<Grid[]> {
  const s = sniff(bytes);
  if (s.kind !== TARGET_OF[legacy]) {
    throw readError('legacy-convert-failed', { ...legacyArgs(legacy), detail: `LibreOffice produced ${s.kind}` });
  }
  return readOoxml(s.kind as 'xlsx' | 'docx', (s as { zip: ZipArchive }).zip, maxCells, timeoutMs);
}

function book(file: string, format: SourceBook['format'], grids: Grid[], convertedFrom?: LegacyKind): SourceBook {
  if (grids.length === 0) throw readError('empty');
  return convertedFrom ? { file, format, convertedFrom, grids } : { file, format, grids };
}

function fsError(e: unknown): ImportReadError {
  if (e instanceof ImportReadError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return readError('not-found');
  if (code === 'EISDIR') return readError('unreadable-dir');
  if (code === 'EACCES' || code === 'EPERM') return readError('unreadable-denied');
  return readError('unreadable', { detail: code ?? (e as Error)?.message ?? String(e) });
}
