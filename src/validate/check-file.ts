import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Finding } from '../findings/types.js';
import { type LoadedFile } from '../load/load-file.js';
import { SourceFile } from '../load/source-file.js';
import type { DomainFile, Item } from '../model/types.js';
import { summarize, type FileSummary } from './file-summary.js';
import { CONTEXT_KINDS } from './prescan.js';
import { readText } from './read-text.js';
import { runRules } from './run-rules.js';
import { viewOf, type RunContext } from './run-context.js';
import { loadBuffer, loadFile } from './load.js';
import type { PackedLists, StreamCompiler } from '../compile/stream.js';

/** County items of one domain file that township files name, as plain data (they travel between threads). */
export interface CountyItems {
  display: string;
  abs: string;
  domain: string;
  list?: string;
  /** Index in the file's items, and the item. */
  items: { index: number; item: Item }[];
}

/** One file to check; a township file comes with the county items it names. */
export interface FileTask {
  display: string;
  abs: string;
  county?: CountyItems[];
  /** Hash the bytes (for the cache). */
  hash?: boolean;
  /** Also turn a domain file into its lists' text (resp build): the file is read and parsed once. */
  lists?: boolean;
}

/** The outcome of checking one file: located findings (before the configuration applies) and its summary. */
export interface FileResult {
  display: string;
  /** SHA-1 of the bytes read, when asked for. */
  hash: string;
  findings: Finding[];
  summary: FileSummary;
  /** True when a rule read --as-of: the result holds for that day only. */
  usesAsOf: boolean;
  /** For a domain file: its items that township files name. */
  named?: CountyItems;
  /** The file turned out to be a configuration or registry file, which must be loaded with the context. */
  isContext?: boolean;
  /** The file's size, mtime and inode taken before it was read, when hashed (the cache remembers them with the hash). */
  stat?: FileStat;
  /** What the file adds to each list, when the task asked for it and the thread has a compiler. */
  lists?: PackedLists;
}

/** What the cache compares to tell that a file did not change. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** SHA-1 of bytes (a string as UTF-8), hex. One call, without a Hash object: a run takes one for every file's key. */
export const sha1 = (b: Buffer | string) => hash('sha1', b, 'hex');

/**
 * Load one file and run the file-scope rules on it; with a compiler and a task that asks for lists,
 * compile a domain file too. Never throws on bad content.
 */
export function checkFile(ctx: RunContext, task: FileTask, compiler?: StreamCompiler): FileResult {
  // Taken before reading: if the file changes in between, the next run sees another stat and hashes again.
  const st = task.hash ? statSync(task.abs) : undefined;
  const bytes = readFileSync(task.abs);
  const hash = task.hash ? sha1(bytes) : '';
  const stat = st && { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
  const lists = task.lists && compiler;
  // The lists say where each item was written: its entry's line.
  const opts = { lang: ctx.lang, maxFileMb: ctx.maxFileMb, entryLines: !!lists };
  // Over the limit: loadFile reports it from the size alone.
  const file = bytes.length > ctx.maxFileMb * 1048576 ? loadFile(task.display, task.abs, opts) : loadBuffer(task.display, task.abs, bytes, opts);
  if (file.kind && CONTEXT_KINDS.includes(file.kind)) return { display: task.display, hash, stat, findings: [], summary: summarize(file), usesAsOf: false, isContext: true };
  const result: FileResult = { ...checkLoaded(ctx, file, task.county), hash, stat };
  if (lists) result.lists = compiler.pack(compiler.loaded(file));
  return result;
}

/** Run the file-scope rules on a loaded file. */
export function checkLoaded(ctx: RunContext, file: LoadedFile, county?: CountyItems[]): Omit<FileResult, 'hash'> {
  let usesAsOf = false;
  const findings = [
    ...file.findings,
    ...runRules(viewOf(ctx, file, (county ?? []).map(countyFile)), {
      lang: ctx.lang,
      asOf: ctx.asOf,
      scope: 'file',
      registry: ctx.registry,
      laws: ctx.laws,
      reportOn: file,
      onAsOf: () => (usesAsOf = true),
    }),
  ];
  const summary = summarize(file);
  const named = file.kind === 'domain' && ctx.refs.size ? namedItems(ctx, file as LoadedFile<DomainFile>) : undefined;
  file.source.release();
  return { display: file.source.path, findings, summary, usesAsOf, named };
}

function namedItems(ctx: RunContext, f: LoadedFile<DomainFile>): CountyItems | undefined {
  if (!f.schemaOk || !f.data) return undefined;
  const items: CountyItems['items'] = [];
  f.data.items.forEach((item, index) => {
    if (!f.badEntries?.has(index) && ctx.refs.has(item.id)) items.push({ index, item });
  });
  return items.length ? { display: f.source.path, abs: f.source.abs, domain: f.data.domain, list: f.data.list, items } : undefined;
}

/** A domain file holding only the named county items: context for a township file's check. */
function countyFile(c: CountyItems): LoadedFile {
  return {
    source: new SourceFile(c.display, c.abs, () => readText(c.abs)),
    kind: 'domain',
    data: { kind: 'domain', domain: c.domain, list: c.list as DomainFile['list'], items: c.items.map((x) => x.item) },
    schemaOk: true,
    badEntries: new Set(),
    findings: [],
  };
}
