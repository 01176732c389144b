import { availableParallelism } from 'node:os';
import type { Lang } from '../i18n.js';
import { CONFIG_NAME } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, type LoadedFile } from '../load/load-file.js';
import { assemble } from '../load/project.js';
import type { ConfigFile, TownshipFile } from '../model/types.js';
import { MIN_BYTES_FOR_WORKERS, WorkerPool, workersAvailable } from '../util/worker-pool.js';
import { CONTEXT_KINDS, declaredKindOf } from '../validate/prescan.js';
import { readText } from '../validate/read-text.js';
import type { Listing, RevFile } from './listing.js';
import { blobName, ParseCache } from './parse-cache.js';
import type { Revision } from './revision.js';
import { asLoaded, scanPair, type ScanContext, type ScanResult, type ScanSide, type ScanTask } from './scan-domain.js';
import { tooLarge } from './too-large.js';

const WORKER = new URL('./scan-worker.js', import.meta.url);

/** The size limit a configuration file sets (MB), or the default. */
export function limitOf(config: LoadedFile | undefined): number {
  const lim = (config?.data as ConfigFile | undefined)?.limits?.max_file_mb;
  return config?.schemaOk && typeof lim === 'number' ? lim : DEFAULT_MAX_FILE_MB;
}

/** One revision while it loads: the files read on this thread, and the domain files to scan. */
interface Side {
  listing: Listing;
  maxFileMb: number;
  config?: LoadedFile<ConfigFile>;
  /** Loaded files by path (everything but domain files, which come from the scan). */
  loaded: Map<string, LoadedFile>;
  /** Object names of the files loaded here, by path: configuration and registries are compared by them. */
  blobs: Map<string, string>;
  domains: Map<string, RevFile>;
}

/**
 * Load two revisions for a comparison. Configuration, registries, township and assignment files are
 * loaded whole (a file equal in both is parsed once). Domain files are compared pair by pair, in
 * worker threads when there are many, keeping only the items the change set can need (see
 * scan-domain.ts); when the configuration or the registries differ (or `keepAll`), every item is kept.
 */
export async function loadRevisions(from: Listing, to: Listing, lang: Lang, opts: { keepAll?: boolean } = {}): Promise<[Revision, Revision]> {
  const cache = new ParseCache(lang);
  const A = prepare(from, cache, lang);
  const B = prepare(to, cache, lang);
  const lean = !opts.keepAll && sameContext(A, B);

  const refs = new Set<string>();
  for (const side of [A, B]) {
    for (const f of side.loaded.values()) {
      if (f.kind !== 'township' || !f.schemaOk) continue;
      const t = f.data as TownshipFile;
      for (const e of [...(t.exclude ?? []), ...(t.adjust ?? [])]) refs.add(e.item);
    }
  }

  const rels = [...new Set([...A.domains.keys(), ...B.domains.keys()])].sort();
  const side = (f: RevFile | undefined, s: Side): ScanSide | undefined => {
    if (!f) return undefined;
    const bytes = f.onDisk || f.size > s.maxFileMb * 1048576 ? undefined : f.bytes();
    return { rel: f.rel, abs: f.abs, size: f.size, maxFileMb: s.maxFileMb, bytes };
  };
  const tasks = rels.map((rel): ScanTask => {
    const a = A.domains.get(rel);
    const b = B.domains.get(rel);
    const same = !!a?.blob && a.blob === b?.blob;
    return { a: side(a, A), b: same ? undefined : side(b, B), same, keepAll: !lean };
  });
  const results = await scanAll(tasks, { lang, refs });

  const finish = (s: Side, pick: (r: ScanResult) => ScanResult['a']): Revision => {
    rels.forEach((rel, i) => {
      const f = s.domains.get(rel);
      const scanned = pick(results[i]);
      if (f && scanned) s.loaded.set(rel, asLoaded(rel, f.abs, scanned, () => textOf(f)));
    });
    const files = s.listing.files.map((f) => s.loaded.get(f.rel)!);
    return { info: s.listing.info, project: assemble(s.listing.root, files, s.config) };
  };
  return [finish(A, (r) => r.a), finish(B, (r) => r.b)];
}

/** Load a revision's configuration and every file but the domain files. */
function prepare(listing: Listing, cache: ParseCache, lang: Lang): Side {
  const s: Side = { listing, maxFileMb: DEFAULT_MAX_FILE_MB, loaded: new Map(), blobs: new Map(), domains: new Map() };
  const load = (f: RevFile, limitMb: number): LoadedFile => {
    if (f.size > limitMb * 1048576) return tooLarge(f.rel, f.abs, f.size, limitMb, lang);
    const bytes = f.bytes()!;
    const blob = f.blob ?? blobName(bytes);
    s.blobs.set(f.rel, blob);
    return cache.get(f.rel, f.abs, blob, limitMb, () => bytes);
  };
  const cfg = listing.files.find((f) => f.rel === CONFIG_NAME);
  if (cfg) {
    s.config = load(cfg, DEFAULT_MAX_FILE_MB) as LoadedFile<ConfigFile>;
    s.maxFileMb = limitOf(s.config);
    s.loaded.set(cfg.rel, s.config);
  }
  for (const f of listing.files) {
    if (f === cfg) continue;
    if (kindOf(f, s.maxFileMb) === 'domain') s.domains.set(f.rel, f);
    else s.loaded.set(f.rel, load(f, s.maxFileMb));
  }
  return s;
}

/** The kind a file declares at its top, read without parsing (undefined when over the limit or not found). */
function kindOf(f: RevFile, limitMb: number): string | undefined {
  if (f.size > limitMb * 1048576) return undefined;
  return declaredKindOf(f.onDisk ? f.abs : f.bytes()!);
}

/** True when the configuration and registries of both revisions are the same files with the same bytes. */
function sameContext(a: Side, b: Side): boolean {
  const context = (s: Side) =>
    [...s.loaded]
      .filter(([, f]) => f.kind !== undefined && CONTEXT_KINDS.includes(f.kind))
      .map(([rel]) => `${rel}\0${s.blobs.get(rel)}`)
      .sort()
      .join('\n');
  return context(a) === context(b);
}

/** Scan every pair: in worker threads when there are enough, else on this thread. Results in task order. */
async function scanAll(tasks: ScanTask[], ctx: ScanContext): Promise<ScanResult[]> {
  const jobs = availableParallelism();
  const bytes = tasks.reduce((n, t) => n + (t.a?.size ?? 0) + (t.b?.size ?? 0), 0);
  if (bytes < MIN_BYTES_FOR_WORKERS || jobs < 2 || !workersAvailable(WORKER)) return tasks.map((t) => scanPair(ctx, t));
  const pool = new WorkerPool<ScanTask, ScanResult>(WORKER, jobs, { lang: ctx.lang });
  try {
    pool.broadcast({ refs: [...ctx.refs] });
    return await Promise.all(tasks.map((t) => pool.run(t)));
  } finally {
    await pool.close();
  }
}

/** A file's text as the loader decodes it. */
function textOf(f: RevFile): string {
  if (f.onDisk) return readText(f.abs);
  const b = f.bytes() ?? Buffer.alloc(0);
  return b.subarray(b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0).toString('utf8');
}
