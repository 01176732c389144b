import { resolve } from 'node:path';
import { listText, type ListText } from '../../compile/serialize.js';
import { StreamCompiler, unpackLists, type FileLists, type ListChunk, type PackedLists, type StreamSetup } from '../../compile/stream.js';
import { PendingFile } from '../../io/write.js';
import type { FoundFile, Selection } from '../../load/discover.js';
import { loadFile, loadProjectLazily } from '../../validate/load.js';
import { Registry } from '../../model/registry.js';
import { bytesOf, MIN_BYTES_FOR_WORKERS, WorkerPool, workersAvailable } from '../../util/worker-pool.js';
import { declaredKind } from '../../validate/prescan.js';
import { availableParallelism } from 'node:os';
import { RespError } from '../../errors.js';
import type { Lang } from '../../i18n.js';
import { closest, normalize } from '../../util/text.js';
import type { LazyProject } from '../../validate/load.js';

/** The official name of the registered township named `name` (official or short name); unknown → usage error with a suggestion. */
export function townshipNamed(registry: Registry, name: string): string {
  const t = registry.township(name);
  if (t) return t.name;
  const names = registry.townships.map((x) => x.name);
  const near = closest(normalize(name), names.map(normalize));
  const guess = near && names.find((x) => normalize(x) === near);
  const list = names.slice(0, 12).join('、') + (names.length > 12 ? '……' : '');
  throw new RespError(
    'usage',
    guess
      ? { zh: '没有登记名为“{name}”的乡镇（街道），是否想写 {guess}？', en: 'no township named "{name}" is registered; did you mean {guess}?' }
      : { zh: '没有登记名为“{name}”的乡镇（街道）；已登记：{list}', en: 'no township named "{name}" is registered; registered: {list}' },
    { name, guess, list: list || '—' },
  );
}

/** The first line of a compiled list written as YAML. */
export const GENERATED = '# resp build 生成的清单，不是源文件 / a list compiled by resp build, not a source file\n';

/** A file name from a list's name: path separators and characters Windows forbids become _. */
export const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_') || 'county';

/** The script of the worker threads. */
const WORKER = new URL('../build-worker.js', import.meta.url);

/** Domain files handed out ahead of the one being written, per worker: enough to keep them busy, few enough to hold. */
const AHEAD = 4;

/** Bytes the township lists being written may hold unwritten, all together. */
const TOWNSHIP_BUFFERS = 128 << 20;

/** A list written to its file as its items come (see StreamCompiler). */
class ListFile {
  private count = 0;
  constructor(
    private readonly out: PendingFile,
    private readonly text: ListText,
    prefix: string,
  ) {
    out.write(prefix + text.head());
  }

  add(chunk: ListChunk): void {
    this.out.write(this.count ? this.text.between : this.text.first);
    this.out.write(chunk.text);
    this.count += chunk.count;
  }

  finish(): void {
    this.out.write(this.text.end(this.count));
    this.out.commit();
  }

  abort(): void {
    this.out.abort();
  }
}

/** A repository loaded but for its domain files, and its registry: what streamLists compiles. */
export interface ListSource {
  selection: Selection;
  lazy: LazyProject;
  registry: Registry;
}

export function listSource(selection: Selection, lang: Lang): ListSource {
  const lazy = loadProjectLazily(selection, lang, (f) => declaredKind(f.abs) === 'domain');
  return { selection, lazy, registry: Registry.fromProject(lazy.project) };
}

/** What to compile and how to write it. */
export interface ListFlags {
  lang: Lang;
  format: 'json' | 'yaml';
  /** Only this township's list (official or short name), not the county's. */
  township?: string;
  /** Only the county list. */
  countyOnly?: boolean;
}

/** A list written by streamLists: its file, scope and name. */
export interface WrittenList {
  file: string;
  scope: 'county' | 'township';
  name: string;
}

/** Every list of `source` written under `outDir` (see ListWriter): the lists written, the county's first, then the townships in registry order. */
export async function streamLists(source: ListSource, outDir: string, flags: ListFlags, jobs?: number): Promise<WrittenList[]> {
  const writer = new ListWriter(source, outDir, flags);
  try {
    return await writer.finish(jobs);
  } catch (e) {
    writer.abort();
    throw e;
  }
}

/**
 * The lists of a repository being written, one file per list, each as its items come (see
 * StreamCompiler). The domain files' text is added in repository order, whether validation's worker
 * threads compiled it while checking the file (`take`: the file is read and parsed once) or `finish`
 * compiles it; text that comes before its turn waits, and the workers check the files in order, so
 * little waits. The files take their place together in `finish`; on failure none is replaced.
 */
export class ListWriter {
  readonly written: WrittenList[] = [];
  private readonly files: ListFile[] = [];
  private readonly countyFile: ListFile | undefined;
  private readonly townships = new Map<string, ListFile>();
  private readonly compiler: StreamCompiler;
  private readonly wanted: string[] | undefined;
  /** Lists of domain files compiled by validation's workers, not yet written, by path. */
  private readonly ahead = new Map<string, FileLists>();
  /** The domain files, in repository order, and the index of the next one to write. */
  private readonly domains: LazyProject['domains'];
  private readonly order: Set<string>;
  private next = 0;

  constructor(
    private readonly source: ListSource,
    outDir: string,
    private readonly flags: ListFlags,
  ) {
    const { lazy, registry } = source;
    const { project } = lazy;
    this.wanted = flags.township ? [townshipNamed(registry, flags.township)] : flags.countyOnly ? [] : undefined;
    const county = !flags.township;
    // A compiled list in YAML says what it is, in case it is copied out of its marked folder.
    const prefix = flags.format === 'yaml' ? GENERATED : '';
    const open = (file: string, head: Record<string, unknown>, flushAt?: number) => new ListFile(new PendingFile(file, flushAt), listText(flags.format, { version: 1, ...head }), prefix);
    try {
      if (county) {
        const name = project.config.jurisdiction.name;
        const file = resolve(outDir, `${safeName(name)}.${flags.format}`);
        this.files.push((this.countyFile = open(file, { scope: 'county', name })));
        this.written.push({ file, scope: 'county', name });
      }
      const names = flags.countyOnly ? [] : (this.wanted ?? registry.townships.map((t) => t.name));
      // Small buffers: a province has some 1,500 townships written at once, the nation 30,000; together
      // they hold at most TOWNSHIP_BUFFERS (32 KB each, 4 KB at the least).
      const flushAt = Math.max(1 << 12, Math.min(1 << 15, Math.floor(TOWNSHIP_BUFFERS / Math.max(1, names.length))));
      for (const name of names) {
        const file = resolve(outDir, 'townships', `${safeName(name)}.${flags.format}`);
        const sink = open(file, { scope: 'township', name }, flushAt);
        this.files.push(sink);
        this.townships.set(name, sink);
        this.written.push({ file, scope: 'township', name });
      }
    } catch (e) {
      this.abort();
      throw e;
    }
    this.compiler = new StreamCompiler(project, registry, flags.format, this.wanted, county);
    this.domains = lazy.domains;
    this.order = new Set(this.domains.flatMap((d) => ('source' in d ? [] : [d.abs])));
  }

  /** What validation's worker threads need to compile the domain files they check (see RepositoryOptions.lists). */
  setup(): StreamSetup {
    const { selection, lazy } = this.source;
    return { root: selection.root, context: lazy.context, format: this.flags.format, townships: this.wanted, county: !this.flags.township, maxFileMb: lazy.maxFileMb };
  }

  /** The lists of the domain file at `abs`, compiled by a worker: written now when its turn has come. */
  take(abs: string, packed: PackedLists): void {
    // Validation's workers compile every file they check; only the domain files are lists' sources.
    if (!this.order.has(abs)) return;
    this.ahead.set(abs, unpackLists(packed));
    while (this.next < this.domains.length) {
      const d = this.domains[this.next];
      if ('source' in d) this.add(this.compiler.join(this.compiler.file(d)));
      else {
        const lists = this.ahead.get(d.abs);
        if (!lists) return;
        this.ahead.delete(d.abs);
        this.add(lists);
      }
      this.next++;
    }
  }

  /**
   * Compile and write the domain files not yet written (with worker threads of build's own when there
   * is enough to read), then the townships' own items; the files take their place together.
   */
  async finish(jobs?: number): Promise<WrittenList[]> {
    const { lazy } = this.source;
    const rest = this.domains.slice(this.next);
    const toLoad = rest.filter((d): d is FoundFile => !('source' in d) && !this.ahead.has(d.abs));
    let pool: WorkerPool<FoundFile, PackedLists> | undefined;
    try {
      // As validate decides: one per core when there is enough to read, or as many as --jobs asks for.
      const size = jobs ?? availableParallelism();
      const enough = jobs !== undefined || (size > 1 && bytesOf(toLoad) >= MIN_BYTES_FOR_WORKERS);
      if (size > 0 && enough && toLoad.length && workersAvailable(WORKER)) pool = new WorkerPool<FoundFile, PackedLists>(WORKER, size, { ...this.setup(), lang: this.flags.lang });
      const run = (d: (typeof rest)[number]): FileLists | Promise<FileLists> => {
        if ('source' in d) return this.compiler.join(this.compiler.file(d));
        const done = this.ahead.get(d.abs);
        if (done) return (this.ahead.delete(d.abs), done);
        if (pool) {
          const p = pool.run(d).then(unpackLists);
          // Awaited in its turn; a failure before then is not an unhandled rejection.
          p.catch(() => {});
          return p;
        }
        return this.compiler.join(this.compiler.loaded(loadFile(d.display, d.abs, { lang: this.flags.lang, maxFileMb: lazy.maxFileMb })));
      };
      // In repository order; with workers, a few files ahead are being read while one is written.
      const ahead: (FileLists | Promise<FileLists>)[] = [];
      let next = 0;
      const window = pool ? AHEAD * size : 1;
      for (let i = 0; i < rest.length; i++) {
        while (next < rest.length && next < i + window) ahead.push(run(rest[next++]));
        this.add(await ahead.shift()!);
      }
      this.next = this.domains.length;
      for (const [name, chunk] of this.compiler.own()) this.townships.get(name)!.add(chunk);
      for (const f of this.files) f.finish();
    } finally {
      await pool?.close();
    }
    return this.written;
  }

  /** Leave every file as it was: nothing written takes its place. */
  abort(): void {
    for (const f of this.files) f.abort();
  }

  private add(lists: FileLists): void {
    if (lists.county) this.countyFile!.add(lists.county);
    for (const [name, chunk] of lists.townships) this.townships.get(name)!.add(chunk);
  }
}
