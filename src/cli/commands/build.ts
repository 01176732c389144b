import { resolve } from 'node:path';
import { compile } from '../../compile/compile.js';
import { jsonPieces, yamlPieces } from '../../compile/serialize.js';
import type { BuildProblem, BuildResult, CompiledList } from '../../compile/types.js';
import { RespError } from '../../errors.js';
import { renderHuman } from '../../findings/render/human.js';
import type { Lang } from '../../i18n.js';
import { discover, displayPath, type Selection } from '../../load/discover.js';
import { ListWriter, listSource, townshipNamed } from './build-lists.js';
import type { PackedLists } from '../../compile/stream.js';
import { checkDate, jobsOf } from '../flags.js';
import { Registry } from '../../model/registry.js';
import { validateRepository } from '../../validate/repository.js';
import { today } from '../../validate/validate.js';
import { version } from '../../version.js';
import { useColor } from '../color.js';
import { EXIT } from '../exit-codes.js';
import { emitPieces, print } from '../../io/write.js';
import { prepareOutputFolder } from '../outputs.js';
import { loadProject } from '../../validate/load.js';

export interface BuildFlags {
  lang: Lang;
  out?: string;
  format: 'json' | 'yaml';
  township?: string;
  asOf?: string;
  /** Worker threads (--jobs); 0 for none, default one per core when there is enough to read. */
  jobs?: string;
}

/** The rules that report compile problems, by problem code. */
const ruleOf = (code: BuildProblem['code']) => (code === 'unknown-township' ? code : `township-${code}`);
const BUILD_RULES = new Set((['unknown-item', 'exclusion-record', 'noop-adjustment', 'forbidden-field', 'unknown-township'] as const).map(ruleOf));

/**
 * Print to stderr what matters for a build: the compile problems (whatever their level) and every
 * error of the repository. Returns true when the repository has an error-level finding. Validation
 * goes file by file; given `lists`, its worker threads compile each domain file they check and hand the
 * text to the writer, so a streamed build reads and parses each file once.
 */
export async function reportFindings(selection: Selection, lang: Lang, asOf: string, jobs?: number, lists?: ListWriter): Promise<boolean> {
  const cwd = process.cwd();
  // Every file of the repository, not only the paths named: the lists are compiled from all of them.
  const every = { ...selection, scope: new Set(selection.files.map((f) => f.display)) };
  // In worker threads when it pays, compiling each domain file as they check it when given `lists`. A build
  // to standard output holds the whole repository after this and keeps to this thread (`jobs: 0`): export
  // of 100,000 rows peaked anywhere from 560 to 800 MB with workers, 530-540 MB without, as fast.
  const take = lists && { setup: lists.setup(), take: (abs: string, packed: PackedLists) => lists.take(abs, packed) };
  const r = await validateRepository(selection.files.map((f) => f.abs), { lang, asOf, cwd, jobs, selection: every, lists: take });
  const shown = r.findings.filter((f) => f.severity === 'error' || BUILD_RULES.has(f.rule));
  if (shown.length) {
    process.stderr.write(renderHuman(shown, { lang, color: useColor(), sourceOf: r.sourceOf, files: r.files, items: r.items, version: version() }));
  }
  return r.findings.some((f) => f.severity === 'error');
}

/** The compiled list of the township named `name` (official or short name); unknown → usage error with a suggestion. */
export function pickTownship(result: BuildResult, registry: Registry, name: string): CompiledList {
  const official = townshipNamed(registry, name);
  return result.townships.find((l) => l.name === official)!;
}

/** `resp build [paths]`: the lists in force, with provenance, to stdout or one file per list. */
export async function buildCommand(paths: string[], flags: BuildFlags): Promise<number> {
  const asOf = checkDate(flags.asOf ?? today(), '--as-of');
  const jobs = jobsOf(flags.jobs);
  const cwd = process.cwd();
  // Before any work: output never lands on the sources.
  const selection = discover(paths, cwd);
  const outDir = flags.out === undefined ? undefined : prepareOutputFolder(flags.out, cwd, [selection.root]);
  if (outDir) {
    // One file per list, streamed: what validation's workers compile as they check a file is written as it
    // comes, the rest after (see ListWriter); the files take their place at the end.
    const writer = new ListWriter(listSource(selection, flags.lang), outDir, flags);
    try {
      const hasErrors = await reportFindings(selection, flags.lang, asOf, jobs, writer);
      for (const { file } of await writer.finish(jobs)) await print(`${displayPath(file, cwd)}\n`);
      return hasErrors ? EXIT.findings : EXIT.ok;
    } catch (e) {
      writer.abort();
      throw e;
    }
  }
  const hasErrors = await reportFindings(selection, flags.lang, asOf, 0);
  const project = loadProject(selection, flags.lang);
  const registry = Registry.fromProject(project);
  const result = compile(project, registry);
  const townships = flags.township ? [pickTownship(result, registry, flags.township)] : result.townships;
  const serialize = (v: Record<string, unknown>) => (flags.format === 'yaml' ? yamlPieces(v) : jsonPieces(v));
  const doc = flags.township ? { version: 1, townships } : { version: 1, county: result.county, townships };
  // A reader that goes away (`resp build | head`) ends the output quietly; the exit code still tells of errors.
  await emitPieces(serialize(doc));
  return hasErrors ? EXIT.findings : EXIT.ok;
}
