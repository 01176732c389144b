import { resolve } from 'node:path';
import { listText, type ListText } from '../../compile/serialize.js';
import { StreamCompiler, unpackLists, type FileLists, type ListChunk, type PackedLists } from '../../compile/stream.js';
import type { StreamSetup } from '../build-worker.js';
import { PendingFile, print } from '../../io/write.js';
import { displayPath, type FoundFile, type Selection } from '../../load/discover.js';
import type { LoadedFile } from '../../load/load-file.js';
import { loadFile, loadProjectLazily } from '../../validate/load.js';
import { Registry } from '../../model/registry.js';
import type { DomainFile } from '../../model/types.js';
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

/**
 * `resp build --out`: one file per list under `outDir`. The domain files are read one at a time (in
 * worker threads when there is enough to read) and every list is written as its items come, so memory
 * is bounded by a few domain files, not by the repository. The files take their place together at the
 * end; on failure none is replaced. Each file is exactly what compile() and yamlPieces/jsonPieces give.
 */
export async function writeLists(selection: Selection, outDir: string, flags: ListFlags, cwd: string, jobs?: number): Promise<void> {
  for (const { file } of await streamLists(listSource(selection, flags.lang), outDir, flags, jobs)) await print(`${displayPath(file, cwd)}\n`);
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

/** The work of writeLists, without printing: returns the lists written, the county's first, then the townships in registry order. */
export async function streamLists(source: ListSource, outDir: string, flags: ListFlags, jobs?: number): Promise<WrittenList[]> {
  const { selection, lazy, registry } = source;
  const { project } = lazy;
  const wanted = flags.township ? [townshipNamed(registry, flags.township)] : flags.countyOnly ? [] : undefined;
  const county = !flags.township;
  // A compiled list in YAML says what it is, in case it is copied out of its marked folder.
  const prefix = flags.format === 'yaml' ? GENERATED : '';
  const open = (file: string, head: Record<string, unknown>, flushAt?: number) => new ListFile(new PendingFile(file, flushAt), listText(flags.format, { version: 1, ...head }), prefix);

  const files: ListFile[] = [];
  const written: WrittenList[] = [];
  let pool: WorkerPool<FoundFile, PackedLists> | undefined;
  try {
    let countyFile: ListFile | undefined;
    if (county) {
      const name = project.config.jurisdiction.name;
      const file = resolve(outDir, `${safeName(name)}.${flags.format}`);
      files.push((countyFile = open(file, { scope: 'county', name })));
      written.push({ file, scope: 'county', name });
    }
    const townships = new Map<string, ListFile>();
    for (const name of flags.countyOnly ? [] : (wanted ?? registry.townships.map((t) => t.name))) {
      const file = resolve(outDir, 'townships', `${safeName(name)}.${flags.format}`);
      // Small buffers: a province has some 1,500 townships written at once.
      const sink = open(file, { scope: 'township', name }, 1 << 15);
      files.push(sink);
      townships.set(name, sink);
      written.push({ file, scope: 'township', name });
    }
    const add = (lists: FileLists) => {
      if (lists.county) countyFile!.add(lists.county);
      for (const [name, chunk] of lists.townships) townships.get(name)!.add(chunk);
    };

    const compiler = new StreamCompiler(project, registry, flags.format, wanted, county);
    const toLoad = lazy.domains.filter((d): d is FoundFile => !('source' in d));
    // As validate decides: one per core when there is enough to read, or as many as --jobs asks for.
    const size = jobs ?? availableParallelism();
    const enough = jobs !== undefined || (size > 1 && bytesOf(toLoad) >= MIN_BYTES_FOR_WORKERS);
    if (size > 0 && enough && toLoad.length && workersAvailable(WORKER)) {
      const setup: StreamSetup = { root: selection.root, context: lazy.context, lang: flags.lang, format: flags.format, townships: wanted, county, maxFileMb: lazy.maxFileMb };
      pool = new WorkerPool<FoundFile, PackedLists>(WORKER, size, setup);
    }
    const run = (d: (typeof lazy.domains)[number]): FileLists | Promise<FileLists> => {
      if ('source' in d) return compiler.join(compiler.file(d));
      if (pool) {
        const p = pool.run(d).then(unpackLists);
        // Awaited in its turn; a failure before then is not an unhandled rejection.
        p.catch(() => {});
        return p;
      }
      const f = loadFile(d.display, d.abs, { lang: flags.lang, maxFileMb: lazy.maxFileMb });
      return f.kind === 'domain' && f.data ? compiler.join(compiler.file(f as LoadedFile<DomainFile>)) : { townships: [] };
    };
    // In repository order; with workers, a few files ahead are being read while one is written.
    const ahead: (FileLists | Promise<FileLists>)[] = [];
    let next = 0;
    const window = pool ? AHEAD * size : 1;
    for (let i = 0; i < lazy.domains.length; i++) {
      while (next < lazy.domains.length && next < i + window) ahead.push(run(lazy.domains[next++]));
      add(await ahead.shift()!);
    }
    for (const [name, chunk] of compiler.own()) townships.get(name)!.add(chunk);
    for (const f of files) f.finish();
  } catch (e) {
    for (const f of files) f.abort();
    throw e;
  } finally {
    await pool?.close();
  }
  return written;
}
