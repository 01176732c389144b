import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { compareFindings, type Finding } from '../findings/types.js';
import type { Lang } from '../i18n.js';
import { discover, type FoundFile, type Selection } from '../load/discover.js';
import { loadFile, type LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { DomainFile } from '../model/types.js';
import { applyConfig } from './apply-config.js';
import { dependencies } from './cache-deps.js';
import { cacheKey, ResultCache } from './cache-store.js';
import { checkFile, checkLoaded, type CountyItems, type FileResult, type FileTask } from './check-file.js';
import { summarize, summaryFile } from './file-summary.js';
import { CONTEXT_KINDS, declaredKind } from './prescan.js';
import { readText } from './read-text.js';
import { runRules } from './run-rules.js';
import { makeContext, type RunContext } from './run-context.js';
import { validatePaths } from './validate.js';
import { WorkerPool, workersAvailable } from './worker-pool.js';

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
  /** Worker threads; 0 checks every file on the main thread. Default: one per core from 50 files on. */
  jobs?: number;
}

/** The findings of a repository, and what the renderers need besides. */
export interface RepositoryResult {
  findings: Finding[];
  /** Files the findings speak for (the user's selection). */
  files: number;
  /** Items in the selection. */
  items: number;
  /** Lines of a file named in a finding, for code frames (read when asked). */
  sourceOf(file: string): string[] | undefined;
  /** Files found in the cache and files checked, when the cache is used. */
  cache?: { hits: number; misses: number };
}

/** Below this many files, starting workers costs more than it saves (measured: 7 files 0.7x, 67 files 1.34x). */
const MIN_FILES_FOR_WORKERS = 50;

type Result = Omit<FileResult, 'hash'> & { hash?: string };

/**
 * Validate the repository files under `paths` one file at a time (in worker threads when it pays),
 * keeping only small summaries of each file for the rules that look across files. Findings equal those
 * of validatePaths, which loads the whole project at once.
 */
export async function validateRepository(paths: string[], opts: RepositoryOptions): Promise<RepositoryResult> {
  const sel = discover(paths, opts.cwd);
  const declared = new Map(sel.files.map((f) => [f.abs, declaredKind(f.abs)]));
  const kindOf = (f: FoundFile) => declared.get(f.abs);
  // Files whose kind is not written plainly at the top are loaded with the context, to be sure.
  const contextFiles = sel.files.filter((f) => kindOf(f) === undefined || (CONTEXT_KINDS as readonly string[]).includes(kindOf(f)!));
  const townshipFiles = sel.files.filter((f) => kindOf(f) === 'township');
  const others = sel.files.filter((f) => !contextFiles.includes(f) && kindOf(f) !== 'township');
  // Workers start first: they load the context themselves while this thread does the same.
  const jobs = opts.jobs ?? (others.length + townshipFiles.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 0);
  const pool = jobs > 0 && workersAvailable() ? new WorkerPool(jobs, { root: sel.root, context: contextFiles, lang: opts.lang, asOf: opts.asOf }) : undefined;
  try {
    return await validateWith(paths, sel, contextFiles, townshipFiles, others, pool, opts);
  } finally {
    await pool?.close();
  }
}

async function validateWith(paths: string[], sel: Selection, contextFiles: FoundFile[], townshipFiles: FoundFile[], others: FoundFile[], pool: WorkerPool | undefined, opts: RepositoryOptions): Promise<RepositoryResult> {
  const { ctx, loaded } = makeContext(sel.root, contextFiles, opts);
  const results = new Map<FoundFile, Result>();
  const held: [FoundFile, LoadedFile][] = [];
  contextFiles.forEach((f, i) => {
    const file = loaded[i];
    if (!file.kind || CONTEXT_KINDS.includes(file.kind)) results.set(f, checkLoaded(ctx, file));
    else held.push([f, file]);
  });
  const cache = opts.cache ? ResultCache.open(opts.cacheLocation ?? join(sel.root, '.resp-cache')) : undefined;
  const deps = cache ? dependencies(opts.lang, contextFiles) : '';
  const hashes = new Map<FoundFile, string>();
  const hashOf = (f: FoundFile) => hashes.get(f) ?? (hashes.set(f, cache!.hash(f.abs)), hashes.get(f)!);

  // The county items township files name: their data goes with the township files' checks.
  const refsOf = new Map<FoundFile, string[]>();
  for (const f of townshipFiles) {
    const key = cache && cacheKey('refs', f.display, hashOf(f), deps);
    let refs = key ? cache!.get(key, opts.asOf)?.summary.refs : undefined;
    if (!refs) {
      const file = loadFile(f.display, f.abs, { lang: opts.lang, maxFileMb: ctx.maxFileMb });
      refs = summarize(file).refs ?? [];
      if (key) cache!.put(key, { findings: [], summary: { items: 0, refs } });
    }
    refsOf.set(f, refs);
    for (const id of refs) ctx.refs.add(id);
  }
  for (const [f, file] of held) results.set(f, checkLoaded(ctx, file));
  pool?.refs([...ctx.refs]);
  const check = (task: FileTask): Promise<FileResult> => (pool ? pool.run(task) : Promise.resolve(checkFile(ctx, task)));
  let mismatch = false;
  const store = (f: FoundFile, key: string | undefined, r: FileResult) => {
    if (r.isContext) mismatch = true;
    results.set(f, r);
    hashes.set(f, r.hash);
    if (cache && key) cache.put(key, { findings: r.findings, summary: r.summary, asOf: r.usesAsOf ? opts.asOf : undefined });
  };

  {
    // Domain and assignment files.
    await Promise.all(
      others.map(async (f) => {
        const key = cache && cacheKey('file', f.display, hashOf(f), deps);
        const hit = key ? cache!.get(key, opts.asOf) : undefined;
        if (hit) return void results.set(f, { display: f.display, findings: hit.findings, summary: hit.summary, usesAsOf: hit.asOf !== undefined });
        const r = await check({ display: f.display, abs: f.abs, hash: !!cache });
        store(f, cache && cacheKey('file', f.display, r.hash, deps), r);
      }),
    );
    // Township files, each with the county items it names.
    const county = new CountyIndex(sel.files, results, ctx);
    await Promise.all(
      townshipFiles.map(async (f) => {
        const refs = refsOf.get(f)!;
        const key = cache && cacheKey('township', f.display, hashOf(f), deps, county.holdersKey(refs, hashOf));
        const hit = key ? cache!.get(key, opts.asOf) : undefined;
        if (hit) return void results.set(f, { display: f.display, findings: hit.findings, summary: hit.summary, usesAsOf: hit.asOf !== undefined });
        const r = await check({ display: f.display, abs: f.abs, county: county.itemsFor(refs), hash: !!cache });
        store(f, cache && cacheKey('township', f.display, r.hash, deps, county.holdersKey(refs, hashOf)), r);
      }),
    );
  }
  if (mismatch) return fromProject(paths, opts);

  // Rules across files, on the summaries.
  const summaries = sel.files.map((f) => [f, results.get(f)!] as const);
  const as = (kind: string) => summaries.filter(([, r]) => r.summary.kind === kind).map(([f, r]) => summaryFile(r.summary, f.display, f.abs));
  const project: Project = { ...ctx.project, files: [], domains: as('domain') as Project['domains'], townshipFiles: as('township') as Project['townshipFiles'], findings: [] };
  const across = runRules(project, { lang: opts.lang, asOf: opts.asOf, scope: 'project', registry: ctx.registry, laws: ctx.laws });
  const raw = [...summaries.flatMap(([, r]) => r.findings), ...across];
  const findings = applyConfig(raw, project, opts).sort(compareFindings).filter((f) => sel.scope.has(f.file));
  cache?.save();

  const abs = new Map(sel.files.map((f) => [f.display, f.abs]));
  return {
    findings,
    files: sel.scope.size,
    items: summaries.reduce((n, [f, r]) => n + (sel.scope.has(f.display) ? r.summary.items : 0), 0),
    sourceOf: (file) => (abs.has(file) ? readText(abs.get(file)!).split(/\r?\n/) : undefined),
    cache: cache && { hits: cache.hits, misses: cache.misses },
  };
}

/** The whole-project validation, when the files could not be checked one by one (a registry hidden among them). */
function fromProject(paths: string[], opts: RepositoryOptions): RepositoryResult {
  const r = validatePaths(paths, opts);
  const byPath = new Map(r.project.files.map((f) => [f.source.path, f.source]));
  return { findings: r.findings, files: r.files, items: r.items, sourceOf: (file) => byPath.get(file)?.lines() };
}

/** Which domain files hold the county items that township files name, and those items. */
class CountyIndex {
  private readonly holders = new Map<string, FoundFile[]>();
  private readonly named = new Map<FoundFile, CountyItems | undefined>();

  constructor(
    private readonly files: FoundFile[],
    private readonly results: Map<FoundFile, Result>,
    private readonly ctx: RunContext,
  ) {
    for (const f of files) {
      const s = results.get(f)?.summary;
      if (s?.kind !== 'domain' || !s.schemaOk || !s.ids) continue;
      const bad = new Set(s.bad ?? []);
      s.ids.forEach((id, i) => {
        if (!bad.has(i) && ctx.refs.has(id) && !this.holders.get(id)?.includes(f)) this.holders.set(id, [...(this.holders.get(id) ?? []), f]);
      });
    }
  }

  /** The named ids with the files (and contents) that hold them: part of a township file's cache key. */
  holdersKey(refs: string[], hashOf: (f: FoundFile) => string): string {
    return refs.map((id) => `${id}\0${(this.holders.get(id) ?? []).map((f) => `${f.display}:${hashOf(f)}`).join(',')}`).join('\n');
  }

  /** The county items among `refs`, file by file in repository order. */
  itemsFor(refs: string[]): CountyItems[] {
    const want = new Set(refs);
    const files = this.files.filter((f) => refs.some((id) => this.holders.get(id)?.includes(f)));
    return files.flatMap((f) => {
      const all = this.namedIn(f);
      const items = all?.items.filter((x) => want.has(x.item.id)) ?? [];
      return all && items.length ? [{ ...all, items }] : [];
    });
  }

  private namedIn(f: FoundFile): CountyItems | undefined {
    if (this.named.has(f)) return this.named.get(f);
    // A file checked in this run brought its named items along; a file taken from the cache is read again.
    let c = this.results.get(f)?.named;
    if (!c) {
      const file = loadFile(f.display, f.abs, { lang: this.ctx.lang, maxFileMb: this.ctx.maxFileMb }) as LoadedFile<DomainFile>;
      const items = file.schemaOk && file.data ? file.data.items.flatMap((item, index) => (!file.badEntries?.has(index) && this.ctx.refs.has(item.id) ? [{ index, item }] : [])) : [];
      c = items.length ? { display: f.display, abs: f.abs, domain: file.data!.domain, list: file.data!.list, items } : undefined;
    }
    this.named.set(f, c);
    return c;
  }
}
