import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { compareFindings, type Finding } from '../findings/types.js';
import type { Lang } from '../i18n.js';
import { discover, type FoundFile, type Selection } from '../load/discover.js';
import { type LoadedFile } from '../load/load-file.js';
import { applyConfig } from './apply-config.js';
import { buildStamp, dependencies } from './cache-deps.js';
import { cacheKey, ResultCache } from './cache-store.js';
import { checkFile, checkLoaded, sha1, type CountyItems, type FileResult, type FileTask } from './check-file.js';
import { cachedLoader } from './context-files.js';
import { CountyIndex, type KeptNamed } from './county-index.js';
import { summarize } from './file-summary.js';
import { fromEntry, summaryOf, type Known } from './known.js';
import { CONTEXT_KINDS, declaredKind } from './prescan.js';
import { acrossFiles } from './project-phase.js';
import { readText } from './read-text.js';
import { makeContext } from './run-context.js';
import { validatePaths } from './validate.js';
import { bytesOf, MIN_BYTES_FOR_WORKERS, WorkerPool, workersAvailable } from '../util/worker-pool.js';
import type { WorkerSetup } from './worker.js';
import type { PackedLists, StreamSetup } from '../compile/stream.js';
import { loadFile as loadFileSync } from './load.js';

/** How to validate a repository. */
export interface RepositoryOptions {
  lang: Lang;
  /** YYYY-MM-DD; deadlines and expiries are judged against it. */
  asOf: string;
  cwd: string;
  /** Reuse the results of unchanged files from an earlier run, and store this run's. */
  cache?: boolean;
  /** Folder of the cache (default: .resp-cache in the repository's root). */
  cacheLocation?: string;
  /** Worker threads; 0 checks every file on the main thread. Default: one per core when there are MIN_BYTES_FOR_WORKERS to check. */
  jobs?: number;
  /** The files `paths` select, when the caller has discovered them already (discovery walks the whole tree). */
  selection?: Selection;
  /**
   * resp build: worker threads also compile each domain file they check, so it is read and parsed once,
   * and hand its lists to `take` (by absolute path) as they come. Files checked on this thread are not
   * compiled: the caller compiles what it was not given.
   */
  lists?: { setup: StreamSetup; take(abs: string, lists: PackedLists): void };
}

/** The findings of a repository, and what the renderers need besides. */
export interface RepositoryResult {
  findings: Finding[];
  /** Files the findings speak for (the user's selection). */
  files: number;
  /** Their names as findings give them, sorted (for reports that list every file checked). */
  checked: string[];
  /** Items in the selection. */
  items: number;
  /** Lines of a file named in a finding, for code frames (read when asked). */
  sourceOf(file: string): string[] | undefined;
  /** Files found in the cache and files checked, when the cache is used. */
  cache?: { hits: number; misses: number };
}

/** The script of the worker threads. */
const WORKER = new URL('./worker.js', import.meta.url);

/**
 * Validate the repository files under `paths` one file at a time (in worker threads when it pays),
 * keeping only small summaries of each file for the rules that look across files. Findings equal those
 * of validatePaths, which loads the whole project at once.
 */
export async function validateRepository(paths: string[], opts: RepositoryOptions): Promise<RepositoryResult> {
  const sel = opts.selection ?? discover(paths, opts.cwd);
  const cache = opts.cache ? ResultCache.open(opts.cacheLocation ?? join(sel.root, '.resp-cache')) : undefined;
  const declared = new Map(sel.files.map((f) => [f.abs, cache ? cache.declaredKind(f.abs, declaredKind) : declaredKind(f.abs)]));
  const kindOf = (f: FoundFile) => declared.get(f.abs);
  // Files whose kind is not written plainly at the top are loaded with the context, to be sure.
  const contextFiles = sel.files.filter((f) => kindOf(f) === undefined || (CONTEXT_KINDS as readonly string[]).includes(kindOf(f)!));
  const townshipFiles = sel.files.filter((f) => kindOf(f) === 'township');
  const others = sel.files.filter((f) => !contextFiles.includes(f) && kindOf(f) !== 'township');
  const workers = new Workers(sel, contextFiles, opts);
  // Files sure to be checked (every file without the cache; with it, files the last run never saw): when
  // they are enough, workers start now and load the context while this thread does.
  const sure = [...others, ...townshipFiles];
  workers.start(cache ? sure.filter((f) => cache.unseen(f.abs)) : sure);
  try {
    return await new Run(paths, sel, contextFiles, townshipFiles, others, workers, opts, cache).go();
  } finally {
    await workers.close();
  }
}

/** Worker threads, started when enough files need checking. */
class Workers {
  pool: WorkerPool<FileTask, FileResult> | undefined;
  /** The workers were told the named ids. */
  told = false;
  private readonly jobs: number;

  constructor(
    private readonly sel: Selection,
    private readonly context: FoundFile[],
    private readonly opts: RepositoryOptions,
  ) {
    this.jobs = opts.jobs ?? availableParallelism();
  }

  /** Start the workers if `files` are to be checked and that pays (or --jobs asked for them). */
  start(files: FoundFile[]): WorkerPool<FileTask, FileResult> | undefined {
    if (this.pool || !files.length) return this.pool;
    const enough = this.opts.jobs !== undefined || bytesOf(files) >= MIN_BYTES_FOR_WORKERS;
    if (!this.pool && enough && this.jobs > 0 && workersAvailable(WORKER)) {
      const setup: WorkerSetup = { root: this.sel.root, context: this.context, lang: this.opts.lang, asOf: this.opts.asOf, lists: this.opts.lists?.setup };
      this.pool = new WorkerPool(WORKER, this.jobs, setup);
    }
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** One run of validateRepository. */
class Run {
  private readonly hashes = new Map<FoundFile, string>();
  private readonly known = new Map<FoundFile, Known>();
  private mismatch = false;

  constructor(
    private readonly paths: string[],
    private readonly sel: Selection,
    private readonly contextFiles: FoundFile[],
    private readonly townshipFiles: FoundFile[],
    private readonly others: FoundFile[],
    private readonly workers: Workers,
    private readonly opts: RepositoryOptions,
    private readonly cache: ResultCache | undefined,
  ) {}

  private hashOf = (f: FoundFile): string => {
    let h = this.hashes.get(f);
    if (h === undefined) this.hashes.set(f, (h = this.cache!.hash(f.abs)));
    return h;
  };

  async go(): Promise<RepositoryResult> {
    const { cache, opts, sel } = this;
    const { ctx, loaded } = makeContext(sel.root, this.contextFiles, opts, cache && cachedLoader(cache, opts.lang, buildStamp(), this.hashOf, opts.asOf));
    const deps = cache ? dependencies(opts.lang, this.contextFiles, this.hashOf) : '';
    const key = (kind: string, f: FoundFile, hash: string, ...more: string[]) => cacheKey(kind, f.display, hash, deps, ...more);
    const hit = (k: string): Known | undefined => {
      const e = cache!.get(k, opts.asOf);
      return e && fromEntry(e);
    };

    // The configuration and registry files, checked by the file-scope rules too.
    const held: [FoundFile, LoadedFile][] = [];
    this.contextFiles.forEach((f, i) => {
      const file = loaded[i];
      if (file.kind && !CONTEXT_KINDS.includes(file.kind)) return void held.push([f, file]);
      const k = cache && key('file', f, this.hashOf(f));
      const h = k ? hit(k) : undefined;
      this.store(f, k, h ?? { ...checkLoaded(ctx, file), hash: cache ? this.hashOf(f) : '' });
    });
    const townshipFiles = [...this.townshipFiles, ...held.filter(([, file]) => file.kind === 'township').map(([f]) => f)];

    // The county items township files name: their data goes with the township files' checks.
    const refsOf = new Map<FoundFile, string[]>();
    for (const f of townshipFiles) {
      const k = cache && key('refs', f, this.hashOf(f));
      let refs = k ? (cache!.get(k, opts.asOf)?.extra as string[] | undefined) : undefined;
      if (!refs) {
        const file = held.find(([x]) => x === f)?.[1] ?? loadFileFor(f, ctx.lang, ctx.maxFileMb);
        refs = summarize(file).refs ?? [];
        if (k) cache!.put(k, { findings: [], items: 0, extra: refs }, { items: 0 });
      }
      refsOf.set(f, refs);
      for (const id of refs) ctx.refs.add(id);
    }
    for (const [f, file] of held) if (file.kind !== 'township') this.store(f, undefined, { ...checkLoaded(ctx, file), hash: cache ? this.hashOf(f) : '' });

    // Domain and assignment files.
    const misses = this.others.filter((f) => {
      // A file the last run never saw cannot be in the cache: its check hashes it (in a worker), not this thread.
      if (cache?.unseen(f.abs)) {
        cache.missed();
        return true;
      }
      const h = cache && hit(key('file', f, this.hashOf(f)));
      if (h) this.known.set(f, h);
      return !h;
    });
    const check = (task: FileTask): Promise<FileResult> => {
      const pool = this.workers.pool;
      return pool ? pool.run(task) : Promise.resolve(checkFile(ctx, task));
    };
    this.startWorkers(misses, ctx.refs);
    await Promise.all(
      misses.map(async (f) => {
        const r = await check({ display: f.display, abs: f.abs, hash: !!cache, lists: !!opts.lists });
        if (r.lists) opts.lists!.take(f.abs, r.lists);
        this.store(f, cache && key('file', f, r.hash), r);
      }),
    );

    // Township files, each with the county items it names.
    const holders = this.holders(deps, ctx.refs);
    const county = new CountyIndex(sel.files, holders, (f) => this.known.get(f)?.named, ctx, cache && keptNamed(cache, deps, ctx.refs, ctx.maxFileMb, this.hashOf, opts.asOf));
    const holdersKey = (f: FoundFile) => county.holdersKey(refsOf.get(f)!, this.hashOf);
    const townMisses = townshipFiles.filter((f) => {
      const h = cache && hit(key('township', f, this.hashOf(f), holdersKey(f)));
      if (h) this.known.set(f, h);
      return !h;
    });
    this.startWorkers(townMisses, ctx.refs);
    await Promise.all(
      townMisses.map(async (f) => {
        const r = await check({ display: f.display, abs: f.abs, county: county.itemsFor(refsOf.get(f)!), hash: !!cache });
        this.store(f, cache && key('township', f, r.hash, holdersKey(f)), r);
      }),
    );
    if (this.mismatch) return fromProject(this.paths, opts);

    // Rules across files, on the summaries; then the configuration (levels, waivers).
    const across = acrossFiles(sel.files, this.known, ctx, opts, cache && { cache, deps, hashOf: this.hashOf });
    const raw = [...sel.files.flatMap((f) => this.known.get(f)!.findings), ...across];
    const findings = applyConfig(raw, ctx.project, opts).sort(compareFindings).filter((f) => sel.scope.has(f.file));
    cache?.save();

    const abs = new Map(sel.files.map((f) => [f.display, f.abs]));
    // Reports ask for the lines of each finding's file, finding after finding (sorted by file): the last
    // file's lines are kept, not read again for its next finding.
    let last: { file: string; lines: string[] } | undefined;
    const sourceOf = (file: string): string[] | undefined => {
      if (!abs.has(file)) return undefined;
      if (last?.file !== file) last = { file, lines: readText(abs.get(file)!).split(/\r?\n/) };
      return last.lines;
    };
    return {
      findings,
      files: sel.scope.size,
      checked: [...sel.scope].sort(),
      items: sel.files.reduce((n, f) => n + (sel.scope.has(f.display) ? this.known.get(f)!.items : 0), 0),
      sourceOf,
      cache: cache && { hits: cache.hits, misses: cache.misses },
    };
  }

  /** Start the workers if `files` are to be checked and they are not running yet; they learn the named ids first. */
  private startWorkers(files: FoundFile[], refs: Set<string>): void {
    const pool = this.workers.start(files);
    if (pool && !this.workers.told) {
      pool.broadcast({ refs: [...refs] });
      this.workers.told = true;
    }
  }

  /** Record a file's result (and cache it under `k`). */
  private store(f: FoundFile, k: string | undefined, r: (Omit<FileResult, 'hash'> & { hash: string }) | Known): void {
    if ('isContext' in r && r.isContext) this.mismatch = true;
    if (!('display' in r)) return void this.known.set(f, r);
    const known: Known = { findings: r.findings, items: r.summary.items, kind: r.summary.kind, summary: r.summary, named: r.named };
    if (this.cache) {
      this.hashes.set(f, r.hash);
      if ('stat' in r && r.stat) this.cache.noteHash(f.abs, r.stat, r.hash);
      if (k) known.sum = this.cache.put(k, { findings: r.findings, items: r.summary.items, kind: r.summary.kind, asOf: r.usesAsOf ? this.opts.asOf : undefined }, r.summary);
    }
    this.known.set(f, known);
  }

  /** Which domain files hold each named id: from the cache while no file's ids changed, else from the summaries. */
  private holders(deps: string, refs: Set<string>): Map<string, FoundFile[]> {
    const byDisplay = new Map(this.sel.files.map((f) => [f.display, f]));
    const k = this.cache && cacheKey('holders', deps, [...refs].sort().join(','), ...this.others.map((f) => `${f.display}:${this.known.get(f)!.sum}`));
    const stored = k ? (this.cache!.derivedValue('holders', k, () => undefined) as Record<string, string[]> | undefined) : undefined;
    if (stored) return new Map(Object.entries(stored).map(([id, files]) => [id, files.map((d) => byDisplay.get(d)!)]));
    const idsOf = (f: FoundFile) => {
      const s = summaryOf(this.known.get(f)!, this.cache);
      return s?.kind === 'domain' && s.schemaOk ? s.ids : undefined;
    };
    const holders = CountyIndex.holdersOf(this.others, idsOf, refs);
    if (k) this.cache!.putDerived('holders', { key: k, value: Object.fromEntries([...holders].map(([id, fs]) => [id, fs.map((f) => f.display)])) });
    return holders;
  }
}

/**
 * The named items of domain files, kept in the cache when a township file's check had to read them
 * from a file the run took from the cache (the next such check, after an edit of another file it
 * names items of, finds them there). Kept only when they come back from JSON as they are.
 */
function keptNamed(cache: ResultCache, deps: string, refs: Set<string>, maxFileMb: number, hashOf: (f: FoundFile) => string, asOf: string): KeptNamed {
  let named: string | undefined;
  const key = (f: FoundFile) => cacheKey('named', f.display, hashOf(f), deps, (named ??= sha1([...refs].sort().join('\n'))), String(maxFileMb));
  type Kept = Omit<CountyItems, 'display' | 'abs'> | null;
  return {
    get(f) {
      const e = cache.get(key(f), asOf);
      if (!e) return undefined;
      const kept = e.extra as Kept;
      return kept && { display: f.display, abs: f.abs, ...kept };
    },
    put(f, c) {
      const kept: Kept = c ? { domain: c.domain, ...(c.list !== undefined ? { list: c.list } : {}), items: c.items } : null;
      // A copy as they are now, before any check of a township file sees them.
      if (plainJson(kept)) cache.put(key(f), { findings: [], items: 0, extra: JSON.parse(JSON.stringify(kept)) as Kept }, { items: 0 });
    },
  };
}

/** True for a value JSON gives back equal: null, text, finite numbers, booleans, arrays and plain objects of them. */
function plainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plainJson);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v as object).every((x) => x !== undefined && plainJson(x));
}

function loadFileFor(f: FoundFile, lang: Lang, maxFileMb: number): LoadedFile {
  return loadFileSync(f.display, f.abs, { lang, maxFileMb, entryLines: false });
}

/** The whole-project validation, when the files could not be checked one by one (a registry hidden among them). */
function fromProject(paths: string[], opts: RepositoryOptions): RepositoryResult {
  const r = validatePaths(paths, opts);
  const byPath = new Map(r.project.files.map((f) => [f.source.path, f.source]));
  return { findings: r.findings, files: r.files, checked: r.checked, items: r.items, sourceOf: (file) => byPath.get(file)?.lines() };
}
