/**
 * What the language server checks an open file against: its list repository (configuration, registries,
 * laws, and a summary of every other file), loaded once per repository and refreshed when those files
 * change. A check runs the same stages as `resp validate` on the editor's text instead of the disk's:
 * loading (YAML, schema), the file-scope rules (a township file with the county items it names), the
 * project-scope rules (ids and names unique across files) and the configuration (levels, waivers).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../findings/types.js';
import { fmt, type Lang } from '../i18n.js';
import { CONFIG_NAME, displayPath, findRoot, listYaml, type FoundFile } from '../load/discover.js';
import { type LoadedFile } from '../load/load-file.js';
import { assemble, type Project } from '../load/project.js';
import type { DomainFile } from '../model/types.js';
import { applyConfig } from '../validate/apply-config.js';
import { checkLoaded, type CountyItems } from '../validate/check-file.js';
import { summarize, type FileSummary } from '../validate/file-summary.js';
import { projectIndex, type IndexSource } from '../validate/project-index.js';
import { CONTEXT_KINDS, declaredKindIn, declaredKindOf } from '../validate/prescan.js';
import { makeContext, type RunContext } from '../validate/run-context.js';
import { runRules } from '../validate/run-rules.js';
import { today, validateProject } from '../validate/validate.js';
import { normalize } from '../util/text.js';
import { loadBuffer, loadFile, loadMemory } from '../validate/load.js';

/** The text of the files open in the editor, which wins over the disk. */
export type Overlay = (abs: string) => { text: string; version: number } | undefined;

/** The outcome of checking one open file. */
export interface CheckResult {
  findings: Finding[];
  /** The file's path as findings name it (relative to the repository's root). */
  display: string;
  /** The repository's root; undefined for a file outside any repository. */
  root?: string;
  /** The loaded file (for code actions: what the registry suggests). */
  repo?: Repo;
}

/** The folder of a list repository for a file: resp.yaml above it, else a folder holding registry/. */
export function repositoryRoot(file: string): { root: string; hasConfig: boolean } | undefined {
  const dir = dirname(file);
  const root = findRoot(dir);
  if (root) return { root, hasConfig: true };
  for (let d = dir; ; ) {
    const reg = join(d, 'registry');
    // Only a folder of registries (departments, townships, laws) counts: any folder named registry/ would
    // make a home directory a repository.
    if (existsSync(reg) && statSync(reg).isDirectory() && listYaml(reg).some((f) => ['departments', 'townships', 'laws'].includes(declaredKindOf(f) ?? ''))) return { root: d, hasConfig: false };
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

const isContextKind = (k: string | undefined) => k === undefined || (CONTEXT_KINDS as readonly string[]).includes(k);

/** One list repository as the server knows it. */
export class Repo {
  readonly files: FoundFile[];
  /** Configuration, registry and law files (and files whose kind is not plain from their head). */
  readonly contextFiles: FoundFile[];
  ctx!: RunContext;
  private readonly contextLoaded = new Map<string, LoadedFile>();
  /** Every non-context file's summary (ids, names, named county items), kept up to date with the editor. */
  private readonly summaries = new Map<string, FileSummary>();
  /** Which files hold each id and each (normalised) name: the files a project rule can pair with the checked one. */
  private readonly byId = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();
  /** Domain files loaded for the county items township files name, by path, with what they were loaded from. */
  private readonly domainCache = new Map<string, { stamp: string; file: LoadedFile }>();

  constructor(
    readonly root: string,
    readonly hasConfig: boolean,
    private readonly lang: Lang,
  ) {
    const abs = listYaml(root);
    this.files = abs.map((a) => ({ abs: a, display: displayPath(a, root) }));
    this.contextFiles = this.files.filter((f) => isContextKind(declaredKindOf(f.abs)));
    this.reload();
  }

  /** Read the configuration and registries again (they changed on disk), and every summary. */
  reload(): void {
    const { ctx, loaded } = makeContext(this.root, this.contextFiles, { lang: this.lang, asOf: today() });
    this.ctx = ctx;
    this.contextLoaded.clear();
    this.contextFiles.forEach((f, i) => this.contextLoaded.set(f.abs, loaded[i]));
    this.summaries.clear();
    this.byId.clear();
    this.byName.clear();
    this.domainCache.clear();
    this.contextFiles.forEach((f, i) => this.setSummary(f.abs, summarize(loaded[i])));
    this.pending = this.files.filter((f) => !this.summaries.has(f.abs));
  }

  /** Files whose summaries are still to be read (a large repository is read in the background). */
  private pending: FoundFile[] = [];

  /** Bytes of the files still to be read. */
  pendingBytes(): number {
    let n = 0;
    for (const f of this.pending) {
      try {
        n += statSync(f.abs).size;
      } catch {
        // gone: nothing to read
      }
    }
    return n;
  }

  /** True once every file's summary has been read. */
  get complete(): boolean {
    return this.pending.length === 0;
  }

  /** Read summaries for about `budgetMs`; true when all are read. */
  loadSome(budgetMs: number): boolean {
    const end = performance.now() + budgetMs;
    while (this.pending.length && performance.now() < end) {
      const f = this.pending.shift()!;
      if (this.summaries.has(f.abs)) continue;
      try {
        this.setSummary(f.abs, summarize(loadFile(f.display, f.abs, { lang: this.lang, maxFileMb: this.ctx.maxFileMb, entryLines: false })));
      } catch {
        // A file that vanished or cannot be read has no summary: the project rules do without it.
      }
    }
    return this.complete;
  }

  /** Record a file's summary, and its ids and names in the index. */
  private setSummary(abs: string, s: FileSummary | undefined): void {
    const old = this.summaries.get(abs);
    for (const id of old?.ids ?? []) this.byId.get(id)?.delete(abs);
    for (const n of old?.names ?? []) this.byName.get(normalize(n))?.delete(abs);
    if (!s) return void this.summaries.delete(abs);
    this.summaries.set(abs, s);
    const add = (m: Map<string, Set<string>>, k: string) => {
      if (!k) return;
      let set = m.get(k);
      if (!set) m.set(k, (set = new Set()));
      set.add(abs);
    };
    for (const id of s.ids ?? []) add(this.byId, id);
    for (const n of s.names ?? []) add(this.byName, normalize(n));
  }

  /** Re-read one file's summary from disk (it changed there and is not open). */
  refreshFromDisk(abs: string): void {
    this.domainCache.delete(abs);
    try {
      this.setSummary(abs, summarize(loadFile(this.displayOf(abs), abs, { lang: this.lang, maxFileMb: this.ctx.maxFileMb, entryLines: false })));
    } catch {
      this.setSummary(abs, undefined);
    }
  }

  has(abs: string): boolean {
    return this.files.some((f) => f.abs === abs);
  }

  isContext(abs: string): boolean {
    return this.contextFiles.some((f) => f.abs === abs);
  }

  displayOf(abs: string): string {
    return displayPath(abs, this.root);
  }

  /** Check a file of this repository with the editor's text. */
  check(abs: string, text: string, overlay: Overlay): Finding[] {
    const display = this.displayOf(abs);
    const asOf = today();
    const ctx = this.ctx;
    ctx.asOf = asOf;
    const file = loadText(display, abs, text, this.lang, ctx.maxFileMb);
    // A configuration or registry file: every file depends on it, so the repository is checked as a
    // whole with this text (what `resp validate` would say once it is saved).
    if (file.kind !== undefined && isContextKind(file.kind)) return this.checkWhole(abs, file, overlay, asOf);
    const summary = summarize(file);
    if (this.has(abs)) this.setSummary(abs, summary);
    const county = file.kind === 'township' ? this.countyItems(summary.refs ?? [], overlay) : [];
    for (const id of summary.refs ?? []) ctx.refs.add(id);
    const own = checkLoaded(ctx, file, county).findings;
    const across = this.across(abs, file, summary, asOf);
    const all = applyConfig([...own, ...across], ctx.project, { lang: this.lang, asOf }).filter((f) => f.file === display);
    // While the other files are still being read, an item a township file names may be in one not read yet.
    return this.complete ? all : all.filter((f) => f.rule !== 'township-unknown-item');
  }

  /**
   * The project-scope rules (ids and names unique across files), with this file as loaded and, as their
   * summaries, the other files that hold one of its ids or names (and the files holding their ids, which
   * decide which of an id's items counts for names): the rest cannot pair with this file. Only this
   * file's findings are kept.
   */
  private across(abs: string, file: LoadedFile, summary: FileSummary, asOf: string): Finding[] {
    if (file.kind !== 'domain' && file.kind !== 'township') return [];
    const related = new Set<string>();
    const holders = (m: Map<string, Set<string>>, k: string) => m.get(k) ?? [];
    for (const id of summary.ids ?? []) for (const a of holders(this.byId, id)) related.add(a);
    for (const n of summary.names ?? []) for (const a of holders(this.byName, normalize(n))) related.add(a);
    for (const a of [...related]) for (const id of this.summaries.get(a)?.ids ?? []) for (const b of holders(this.byId, id)) related.add(b);
    const inRepo = this.has(abs);
    const sources: IndexSource[] = this.files.flatMap((f): IndexSource[] => {
      if (f.abs === abs) return [{ loaded: file }];
      const s = related.has(f.abs) ? this.summaries.get(f.abs) : undefined;
      return s ? [{ summary: s, display: f.display, abs: f.abs }] : [];
    });
    if (!inRepo) sources.push({ loaded: file });
    const index = projectIndex(sources);
    return runRules(this.ctx.project, { lang: this.lang, asOf, scope: 'project', registry: this.ctx.registry, laws: this.ctx.laws, index, reportOn: file });
  }

  /** The county items a township file names, from the domain files that hold them (open ones as edited). */
  private countyItems(refs: string[], overlay: Overlay): CountyItems[] {
    if (!refs.length) return [];
    const want = new Set(refs);
    const out: CountyItems[] = [];
    for (const f of this.files) {
      const s = this.summaries.get(f.abs);
      if (s?.kind !== 'domain' || !s.schemaOk || !s.ids?.some((id) => want.has(id))) continue;
      const file = this.domainFile(f, overlay) as LoadedFile<DomainFile>;
      if (!file.schemaOk || !file.data || file.kind !== 'domain') continue;
      const items = file.data.items.flatMap((item, index) => (!file.badEntries?.has(index) && want.has(item.id) ? [{ index, item }] : []));
      if (items.length) out.push({ display: f.display, abs: f.abs, domain: file.data.domain, list: file.data.list, items });
    }
    return out;
  }

  private domainFile(f: FoundFile, overlay: Overlay): LoadedFile {
    const open = overlay(f.abs);
    let stamp: string;
    try {
      stamp = open ? `v${open.version}` : `${statSync(f.abs).mtimeMs}:${statSync(f.abs).size}`;
    } catch {
      stamp = 'gone';
    }
    const hit = this.domainCache.get(f.abs);
    if (hit && hit.stamp === stamp) return hit.file;
    const file = open ? loadText(f.display, f.abs, open.text, this.lang, this.ctx.maxFileMb) : loadFile(f.display, f.abs, { lang: this.lang, maxFileMb: this.ctx.maxFileMb, entryLines: false });
    file.source.release();
    this.domainCache.set(f.abs, { stamp, file });
    return file;
  }

  /** The whole repository with this file's text (and the other open files' texts): its findings. */
  private checkWhole(abs: string, file: LoadedFile, overlay: Overlay, asOf: string): Finding[] {
    const files = this.has(abs) ? this.files : [...this.files, { abs, display: this.displayOf(abs) }];
    const loaded = files.map((f) => {
      if (f.abs === abs) return file;
      const open = overlay(f.abs);
      if (open) return loadText(f.display, f.abs, open.text, this.lang, this.ctx.maxFileMb);
      try {
        return loadFile(f.display, f.abs, { lang: this.lang, maxFileMb: this.ctx.maxFileMb });
      } catch {
        return undefined;
      }
    }).filter((x): x is LoadedFile => !!x);
    const cfg = loaded.find((f) => f.source.path === CONFIG_NAME);
    const project = assemble(this.root, loaded, cfg?.kind === 'config' ? (cfg as Project['configFile']) : undefined);
    return validateProject(project, { lang: this.lang, asOf }).filter((f) => f.file === file.source.path);
  }
}

/** Load a text as `resp validate` loads a file's bytes: size limit, encoding, YAML, kind, schema. */
export function loadText(display: string, abs: string, text: string, lang: Lang, maxFileMb: number): LoadedFile {
  const bytes = Buffer.from(text, 'utf8');
  return loadMemory(display, abs, { bytes, size: bytes.length }, { lang, maxFileMb, entryLines: false });
}

/** Up to this many bytes of list files, a repository is read before its first check; beyond, in the background. */
export const SYNC_LOAD_BYTES = 24 * 1048576;

/** Repositories by root, built on first use and dropped when their configuration or registries change. */
export class Workspaces {
  private readonly repos = new Map<string, Repo>();

  constructor(
    private readonly lang: Lang,
    private readonly log: (s: string) => void = () => {},
  ) {}

  /** The repository a file belongs to, loaded on first use. */
  repoFor(abs: string): Repo | undefined {
    const found = repositoryRoot(abs);
    if (!found) return undefined;
    let repo = this.repos.get(found.root);
    if (!repo) {
      const t = performance.now();
      repo = new Repo(found.root, found.hasConfig, this.lang);
      this.repos.set(found.root, repo);
      // A county or city is read at once; a larger tree in the background (see Workspaces.loading).
      const bytes = repo.pendingBytes();
      if (bytes <= SYNC_LOAD_BYTES) repo.loadSome(Infinity);
      this.log(`resp: loaded ${found.root} (${repo.files.length} files${repo.complete ? '' : `, ${(bytes / 1048576).toFixed(0)} MB to read in the background`}) in ${Math.round(performance.now() - t)} ms`);
    }
    return repo;
  }

  /** Loaded repositories. */
  loaded(): Repo[] {
    return [...this.repos.values()];
  }

  /** True while `repo` is the one loaded for its root (it was not dropped meanwhile). */
  current(repo: Repo): boolean {
    return this.repos.get(repo.root) === repo;
  }

  /** Forget a repository: it is loaded again on the next check. */
  drop(root: string): void {
    this.repos.delete(root);
  }

  /**
   * A file changed on disk (or was saved). A configuration or registry file, a new or deleted file: its
   * repository is read again. Any other file: its summary is read again unless it is open.
   * Returns the roots whose open files should be checked again.
   */
  changed(abs: string, how: 'created' | 'changed' | 'deleted', isOpen: boolean): string[] {
    const out: string[] = [];
    for (const repo of this.repos.values()) {
      const inside = abs.startsWith(repo.root + '/') || abs.startsWith(repo.root + '\\');
      if (!inside) continue;
      const name = basename(abs);
      let kind: string | undefined;
      try {
        kind = how === 'deleted' ? undefined : declaredKindIn(readFileSync(abs, 'utf8').slice(0, 4096));
      } catch {
        kind = undefined;
      }
      if (how !== 'changed' || name === CONFIG_NAME || repo.isContext(abs) || (kind !== undefined && isContextKind(kind))) {
        this.repos.delete(repo.root);
      } else if (!isOpen) repo.refreshFromDisk(abs);
      // A saved list file that is open: its summary is already the editor's text, nothing to check again.
      else continue;
      out.push(repo.root);
    }
    return out;
  }

  /** Check an open file with the editor's text. Never throws on bad content. */
  check(abs: string, text: string, overlay: Overlay): CheckResult {
    const repo = this.repoFor(abs);
    if (repo) {
      const findings = repo.check(abs, text, overlay);
      return { findings, display: repo.displayOf(abs), root: repo.root, repo };
    }
    // Outside any repository: the file alone, like `resp validate file.yaml` there, and a note that the
    // registries could not be consulted.
    const display = basename(abs);
    const { ctx } = makeContext(dirname(abs), [], { lang: this.lang, asOf: today() });
    const file = loadText(display, abs, text, this.lang, ctx.maxFileMb);
    const findings = isContextKind(file.kind) && file.kind !== undefined
      ? validateProject(assemble(dirname(abs), [file], file.kind === 'config' ? (file as Project['configFile']) : undefined), { lang: this.lang, asOf: today() })
      : applyConfig(checkLoaded(ctx, file).findings, ctx.project, { lang: this.lang, asOf: today() });
    const note: Finding = {
      rule: 'no-repository', severity: 'info', file: display, line: 1, column: 1,
      message: fmt({ zh: '该文件不在清单仓库中（上级文件夹中没有 resp.yaml 或 registry/），单位和乡镇无法对照登记册检查', en: 'this file is not in a list repository (no resp.yaml or registry/ above it): parties and townships cannot be checked against the registries' }, this.lang),
      hint: fmt({ zh: '在仓库根目录运行 resp init 创建 resp.yaml，或在清单仓库中打开该文件', en: 'run resp init at the repository root to create resp.yaml, or open the file inside its list repository' }, this.lang),
    };
    return { findings: [note, ...findings.filter((f) => f.file === display)], display };
  }
}
