/**
 * The domain files of two revisions, compared file by file before anything is compiled: only the
 * items that may show in the change set are kept. At province scale both revisions do not fit in
 * memory as parsed data, and most items are the same on both sides.
 */
import { readFileSync } from 'node:fs';
import type { Finding } from '../findings/types.js';
import type { Lang } from '../i18n.js';
import { plainText, type LoadedFile } from '../load/load-file.js';
import { SourceFile } from '../load/source-file.js';
import type { AnyFile, DomainFile, FileKind, Item } from '../model/types.js';
import { deepEqual } from './canonical.js';
import { tooLarge } from './too-large.js';
import { loadBuffer, loadDecoded } from '../validate/load.js';
import { loadBeside } from './load-beside.js';

/** One side of a pair: a file on disk (read by whoever scans), or bytes. */
export interface ScanSide {
  rel: string;
  abs: string;
  size: number;
  /** Absent for a file on disk: the scanner reads `abs`. */
  bytes?: Uint8Array;
  maxFileMb: number;
}

/** The same path in both revisions (either may be missing). */
export interface ScanTask {
  a?: ScanSide;
  b?: ScanSide;
  /** The two sides are known to hold the same bytes (equal git object names): only `a` is read. */
  same?: boolean;
  /** Keep every item: the revisions differ in what every item is checked against. */
  keepAll: boolean;
}

/** A loaded file without its source, as plain data (it travels between threads). */
export interface ScannedFile {
  kind?: FileKind;
  data?: AnyFile;
  schemaOk?: boolean;
  badEntries?: number[];
  entryLines?: number[];
  findings: Finding[];
}

export interface ScanResult {
  a?: ScannedFile;
  b?: ScannedFile;
}

/** What a scanner needs besides the task: the language of messages and the ids township files name. */
export interface ScanContext {
  lang: Lang;
  refs: Set<string>;
}

/**
 * Load both sides of a pair and keep, of a domain file, the items the comparison can need: those
 * without an equal item of the same id in the other side, those township files name, and the file's
 * first item (it places the domain in the order of the lists). Other files are kept whole.
 */
export function scanPair(ctx: ScanContext, task: ScanTask): ScanResult {
  const ba = task.a && bytesOf(task.a);
  const bb = task.same ? ba : task.b && bytesOf(task.b);
  const ta = ba && plainText(ba);
  const a = task.a && load(ctx, task.a, ba, ta);
  const keep = (f: LoadedFile | undefined, other: LoadedFile | undefined) =>
    f && (task.keepAll || !isDomain(f) ? plain(f) : reduce(f, other, ctx.refs));
  // Files on disk are compared by their bytes: an unchanged file is parsed and reduced once, for both sides.
  if (task.same || (ba !== undefined && bb !== undefined && ba.equals(bb))) {
    const both = keep(a, a);
    return { a: both, b: both };
  }
  // An edited file: the entries written as in the other side are not parsed again (see load-beside.ts).
  const tb = bb && plainText(bb);
  const beside = (side: ScanSide) => a && ta !== undefined && tb !== undefined && loadBeside(side.rel, side.abs, tb, a, ta, { lang: ctx.lang, maxFileMb: side.maxFileMb });
  const b = task.b && (beside(task.b) || load(ctx, task.b, bb, tb));
  return { a: keep(a, b), b: keep(b, a) };
}

/** The bytes of a side; undefined when over its size limit (not read). */
function bytesOf(side: ScanSide): Buffer | undefined {
  if (side.size > side.maxFileMb * 1048576) return undefined;
  return side.bytes ? Buffer.from(side.bytes.buffer, side.bytes.byteOffset, side.bytes.byteLength) : readFileSync(side.abs);
}

/** A side loaded from its bytes, or from their text when plainText decoded them already (the same result). */
function load(ctx: ScanContext, side: ScanSide, bytes: Buffer | undefined, text: string | undefined): LoadedFile {
  if (bytes === undefined) return tooLarge(side.rel, side.abs, side.size, side.maxFileMb, ctx.lang);
  const opts = { lang: ctx.lang, maxFileMb: side.maxFileMb };
  return text === undefined ? loadBuffer(side.rel, side.abs, bytes, opts) : loadDecoded(side.rel, side.abs, text, opts);
}

const isDomain = (f: LoadedFile): boolean => f.kind === 'domain' && !!f.data && !!f.schemaOk;

function plain(f: LoadedFile): ScannedFile {
  return { kind: f.kind, data: f.data, schemaOk: f.schemaOk, badEntries: f.badEntries && [...f.badEntries], entryLines: f.entryLines, findings: f.findings };
}

function reduce(f: LoadedFile, other: LoadedFile | undefined, refs: Set<string>): ScannedFile {
  const d = f.data as DomainFile;
  const o = other && isDomain(other) ? (other.data as DomainFile) : undefined;
  // A file whose domain or default list changed changes every item it holds.
  const whole = !o || o.domain !== d.domain || o.list !== d.list;
  const mine = byId(d.items, f.badEntries);
  const theirs = whole ? undefined : other === f ? mine : byId(o!.items, other!.badEntries);
  // The first item of either side is kept on both, so that both sides place the domain alike.
  const firsts = new Set([firstId(d.items, f.badEntries), o && firstId(o.items, other!.badEntries)]);
  const items: Item[] = [];
  const lines: number[] = [];
  d.items.forEach((it, i) => {
    if (f.badEntries?.has(i)) return;
    const twin = theirs?.get(it.id);
    const needed = whole || firsts.has(it.id) || refs.has(it.id) || twin === undefined || twin === null || mine.get(it.id) === null || (f !== other && !deepEqual(it, twin));
    if (!needed) return;
    items.push(it);
    lines.push(f.entryLines?.[i] || f.source.locate(['items', i]).line);
  });
  return { kind: 'domain', data: { ...d, items }, schemaOk: true, entryLines: lines, findings: f.findings };
}

/** The id of the first valid item. */
function firstId(items: Item[], bad: Set<number> | undefined): string | undefined {
  const i = items.findIndex((_, k) => !bad?.has(k));
  return i < 0 ? undefined : items[i].id;
}

/** Valid items by id; null for an id held twice (such items are always kept). */
function byId(items: Item[], bad: Set<number> | undefined): Map<string, Item | null> {
  const m = new Map<string, Item | null>();
  items.forEach((it, i) => {
    if (bad?.has(i)) return;
    m.set(it.id, m.has(it.id) ? null : it);
  });
  return m;
}

/** A scanned file as a loaded one; its text is read again only if a position must be found in it. */
export function asLoaded(rel: string, abs: string, f: ScannedFile, text: () => string): LoadedFile {
  return {
    source: new SourceFile(rel, abs, text),
    kind: f.kind,
    data: f.data,
    schemaOk: f.schemaOk,
    badEntries: f.badEntries && new Set(f.badEntries),
    entryLines: f.entryLines,
    findings: f.findings,
  };
}
