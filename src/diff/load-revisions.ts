import { availableParallelism } from 'node:os';
import type { Lang } from '../i18n.js';
import { CONFIG_NAME } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, type LoadedFile } from '../load/load-file.js';
import { assemble, maxFileMbOf } from '../load/project.js';
import type { ConfigFile, TownshipFile } from '../model/types.js';
import { MIN_BYTES_FOR_WORKERS, WorkerPool, workersAvailable } from '../util/worker-pool.js';
import { CONTEXT_KINDS, declaredKindIn, declaredKindOf } from '../validate/prescan.js';
import { readText } from '../validate/read-text.js';
import type { Listing, RevFile } from './listing.js';
import { blobName, ParseCache } from './parse-cache.js';
import type { Revision } from './revision.js';
import { asLoaded, scanPair, type ScanContext, type ScanResult, type ScanSide, type ScanTask } from './scan-domain.js';
import { tooLarge } from './too-large.js';

const WORKER = new URL('./scan-worker.js', import.meta.url);

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
  const A = await prepare(from, cache, lang);
  const B = await prepare(to, cache, lang);
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
  const pairs: Pair[] = rels.map((rel) => {
    const a = A.domains.get(rel);
    const b = B.domains.get(rel);
    return { a, b, same: !!a?.blob && a.blob === b?.blob };
  });
  const side = (f: RevFile | undefined, s: Side): ScanSide | undefined => {
    if (!f) return undefined;
    const bytes = f.onDisk || f.size > s.maxFileMb * 1048576 ? undefined : f.bytes();
    return { rel: f.rel, abs: f.abs, size: f.size, maxFileMb: s.maxFileMb, bytes };
  };
  // Bytes of git revisions are fetched a batch of pairs at a time, and let go once the batch is sent.
  const tasksOf = async (batch: Pair[]): Promise<ScanTask[]> => {
    const as = batch.flatMap((p) => (p.a ? [p.a] : []));
    const bs = batch.flatMap((p) => (p.b && !p.same ? [p.b] : []));
    await from.fetch?.(as);
    await to.fetch?.(bs);
    const tasks = batch.map((p): ScanTask => ({ a: side(p.a, A), b: p.same ? undefined : side(p.b, B), same: p.same, keepAll: !lean }));
    from.release?.(as);
    to.release?.(bs);
    return tasks;
  };
  const batchSize = from.fetch || to.fetch ? GIT_BATCH : Infinity;
  const results = await scanAll(pairs, tasksOf, batchSize, { lang, refs });

  const finish = (s: Side, pick: (r: ScanResult) => ScanResult['a']): Revision => {
    rels.forEach((rel, i) => {
      const f = s.domains.get(rel);
      const scanned = pick(results[i]);
      // Every item kept has its line, so a domain file's text is not asked for; a git revision's bytes are gone by then.
      if (f && scanned) s.loaded.set(rel, asLoaded(rel, f.abs, scanned, f.onDisk ? () => readText(f.abs) : () => ''));
    });
    const files = s.listing.files.map((f) => s.loaded.get(f.rel)!);
    return { info: s.listing.info, project: assemble(s.listing.root, files, s.config) };
  };
  return [finish(A, (r) => r.a), finish(B, (r) => r.b)];
}

/** The same path in both revisions. */
interface Pair {
  a?: RevFile;
  b?: RevFile;
  /** Equal git object names: the same bytes. */
  same: boolean;
}

/** Pairs of domain files whose bytes are held at once, for git revisions (about 45 MB at province scale). */
const GIT_BATCH = 128;

/** Load a revision's configuration and every file but the domain files. */
async function prepare(listing: Listing, cache: ParseCache, lang: Lang): Promise<Side> {
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
    await listing.fetch?.([cfg]);
    s.config = load(cfg, DEFAULT_MAX_FILE_MB) as LoadedFile<ConfigFile>;
    s.maxFileMb = maxFileMbOf(s.config);
    s.loaded.set(cfg.rel, s.config);
    listing.release?.([cfg]);
  }
  // Domain files wait for the scan; the others are read now (a git revision's in batches).
  const rest: RevFile[] = [];
  for (const f of listing.files) {
    if (f === cfg) continue;
    if (kindOf(f, s.maxFileMb) === 'domain') s.domains.set(f.rel, f);
    else rest.push(f);
  }
  const size = listing.fetch ? GIT_BATCH : rest.length;
  for (let i = 0; i < rest.length; i += size) {
    const batch = rest.slice(i, i + size);
    await listing.fetch?.(batch);
    for (const f of batch) s.loaded.set(f.rel, load(f, s.maxFileMb));
    listing.release?.(batch);
  }
  return s;
}

/** The kind a file declares at its top, read without parsing (undefined when over the limit or not found). */
function kindOf(f: RevFile, limitMb: number): string | undefined {
  if (f.size > limitMb * 1048576) return undefined;
  if (f.kindLine !== undefined) return declaredKindIn(f.kindLine);
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

/**
 * Scan every pair, a batch at a time: in worker threads when there are enough bytes, else on this
 * thread. Results in the order of the pairs.
 */
async function scanAll(pairs: Pair[], tasksOf: (batch: Pair[]) => Promise<ScanTask[]>, batchSize: number, ctx: ScanContext): Promise<ScanResult[]> {
  const jobs = availableParallelism();
  const bytes = pairs.reduce((n, p) => n + (p.a?.size ?? 0) + (p.same ? 0 : (p.b?.size ?? 0)), 0);
  const inline = bytes < MIN_BYTES_FOR_WORKERS || jobs < 2 || !workersAvailable(WORKER);
  const pool = inline ? undefined : new WorkerPool<ScanTask, ScanResult>(WORKER, jobs, { lang: ctx.lang });
  try {
    pool?.broadcast({ refs: [...ctx.refs] });
    const batches: Promise<ScanResult[]>[] = [];
    // While one batch is scanned the next is fetched and queued: at most two batches are held at once.
    for (let i = 0; i < pairs.length; i += batchSize) {
      const tasks = await tasksOf(pairs.slice(i, i + batchSize));
      batches.push(pool ? Promise.all(tasks.map((t) => pool.run(t))) : Promise.resolve(tasks.map((t) => scanPair(ctx, t))));
      if (batches.length > 1) await batches[batches.length - 2];
    }
    return (await Promise.all(batches)).flat();
  } finally {
    await pool?.close();
  }
}
