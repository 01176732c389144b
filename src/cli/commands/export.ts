import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from '../../compile/compile.js';
import type { CompiledList } from '../../compile/types.js';
import { RespError } from '../../errors.js';
import { EXPORTERS, EXPORT_FORMATS, documentOf, fileStemOf, revisionLine, type ExportFormat } from '../../export/index.js';
import type { DocOptions } from '../../export/document.js';
import type { Lang } from '../../i18n.js';
import { discover, displayPath, type Selection } from '../../load/discover.js';
import type { Project } from '../../load/project.js';
import { loadProject } from '../../validate/load.js';
import { listSource, streamLists } from './build-lists.js';
import { Registry } from '../../model/registry.js';
import { EXIT } from '../exit-codes.js';
import { pickTownship } from './build.js';
import { checkDate } from '../flags.js';
import { exportFindings, releaseOf } from './export-gate.js';
import { checkOutputFolder } from '../outputs.js';
import { print } from '../../io/write.js';
import { delegationLedger, type Ledger } from '../../export/ledger.js';
import { usableUsage } from '../../load/usage.js';
import { townshipNameIn, UsageRecords } from '../../model/delegation-lifecycle.js';
import { today } from '../../validate/validate.js';

export interface ExportFlags {
  lang: Lang;
  xlsx?: boolean;
  md?: boolean;
  csv?: boolean;
  json?: boolean;
  /** A static site of the lists in force, under <out>/html (src/export/html). */
  html?: boolean;
  township?: string;
  county?: boolean;
  out?: string;
  date?: string;
  /** The day the 赋权事项台账 judges statuses on (and validation deadlines): default today. */
  asOf?: string;
  /** 征求意见稿: export despite errors, every item included, marked as a draft with its open problems. */
  draft?: boolean;
}

/** The date stamped into files: --date, else the revision's effective date, else SOURCE_DATE_EPOCH, else 1980-01-01. */
function documentDate(flag: string | undefined, effective: string | undefined): Date {
  if (flag) return new Date(`${checkDate(flag, '--date')}T00:00:00Z`);
  if (effective && !Number.isNaN(Date.parse(effective))) return new Date(`${effective.slice(0, 10)}T00:00:00Z`);
  // The reproducible-builds convention for a fixed timestamp.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  return new Date('1980-01-01T00:00:00Z');
}

/** `resp export`: the lists in force as documents for release, one file per list and format under --out. */
export async function exportCommand(paths: string[], flags: ExportFlags): Promise<number> {
  const formats = EXPORT_FORMATS.filter((f) => flags[f]);
  if (!formats.length && !flags.html)
    throw new RespError('usage', {
      zh: '请指定导出格式：--xlsx、--md、--csv 或 --json（可同时指定多个）',
      en: 'choose an export format: --xlsx, --md, --csv or --json (several at once are allowed)',
    });
  if (flags.county && flags.township)
    throw new RespError('usage', { zh: '--county 和 --township 不能同时使用', en: '--county and --township cannot be used together' });
  const cwd = process.cwd();
  // Before any work: output never lands on the sources. Documents are not YAML, so discovery never reads
  // them: the folder is not marked (only build's YAML output needs that).
  const outDir = resolve(cwd, flags.out ?? 'out');
  const selection = discover(paths, cwd);
  checkOutputFolder(outDir, cwd, [selection.root]);
  const asOf = flags.asOf ? checkDate(flags.asOf, '--as-of') : today();
  const findings = await exportFindings(selection, flags.lang, !!flags.draft, asOf);
  // A release of documents only: the lists are compiled a file at a time and written one at a time.
  if (!flags.draft && !flags.html && !findings.some((f) => f.severity === 'error')) return exportStreaming(selection, flags, formats, outDir, cwd, asOf);
  const project = loadProject(selection, flags.lang);
  const date = documentDate(flags.date, project.config.revision?.effective);
  const registry = Registry.fromProject(project);
  const release = releaseOf(findings, project, compile(project, registry), flags.lang, flags.draft);
  if (!release) return EXIT.findings;
  const { result, draft } = release;

  const lists: CompiledList[] = flags.township
    ? [pickTownship(result, registry, flags.township)]
    : flags.county ? [result.county] : [result.county, ...result.townships];
  const revision = revisionLine(project.config);
  const ledger = ledgerOf(project, registry, asOf)(result.townships);
  for (const list of lists) await writeDocuments(list, { revision, date, registry, draft, attachment: project.config.export?.attachment, ledger }, formats, outDir, cwd);
  if (flags.html) {
    const { writeSite } = await import('../../export/html/index.js');
    const { pageSearch } = await import('../../find/index.js');
    const { itemsInForce } = await import('./find.js');
    const search = pageSearch(itemsInForce(result.county.items, result.townships.map((t) => t.items)));
    const dir = resolve(outDir, 'html');
    writeSite({ result, registry, project, revision, draft: !!draft, search }, dir);
    await print(`${displayPath(resolve(dir, 'index.html'), cwd)}\n`);
  }
  // A draft is what was asked for, errors and all (they are listed in it).
  return draft || !findings.some((f) => f.severity === 'error') ? EXIT.ok : EXIT.findings;
}

/** One list's document in every format asked for, each file written (the ledger's own files too) named on standard output. */
async function writeDocuments(list: CompiledList, o: DocOptions, formats: ExportFormat[], outDir: string, cwd: string): Promise<void> {
  const doc = documentOf(list, o);
  for (const format of formats) {
    const file = resolve(outDir, `${fileStemOf(list, !!o.draft)}.${format}`);
    const more = await EXPORTERS[format](doc, file);
    for (const f of [file, ...(more ?? [])]) await print(`${displayPath(f, cwd)}\n`);
  }
}

/** The 赋权事项台账 of a set of township lists, with the repository's usage records. */
function ledgerOf(project: Project, registry: Registry, asOf: string): (townships: CompiledList[]) => Ledger {
  const usage = usableUsage(project.usage);
  const sources = Object.fromEntries(usage.filter((u) => u.source).map((u) => [String(u.year), u.source!]));
  const records = new UsageRecords(usage, townshipNameIn(registry));
  return (townships) => delegationLedger({ townships }, records, registry, asOf, sources);
}

/**
 * The documents of a repository without errors, holding one list at a time: the lists in force are
 * first written as JSON to a temporary folder, streaming (see streamLists), then each is read back and
 * exported. Memory is bounded by the largest list, not by the repository. The 赋权事项台账 is gathered
 * from the townships' lists first (the county's document holds every township's rows). A draft and the
 * site need every list at once and take the other path.
 */
async function exportStreaming(selection: Selection, flags: ExportFlags, formats: ExportFormat[], outDir: string, cwd: string, asOf: string): Promise<number> {
  const source = listSource(selection, flags.lang);
  const { project } = source.lazy;
  const { registry } = source;
  const date = documentDate(flags.date, project.config.revision?.effective);
  const revision = revisionLine(project.config);
  const tmp = mkdtempSync(join(tmpdir(), 'resp-export-'));
  const read = (file: string): CompiledList => {
    const { version: _, ...list } = JSON.parse(readFileSync(file, 'utf8')) as CompiledList & { version: number };
    return list;
  };
  try {
    // The county's document needs every township's ledger rows: --county still compiles the townships.
    const lists = await streamLists(source, tmp, { lang: flags.lang, format: 'json', township: flags.township });
    const ledgerFrom = ledgerOf(project, registry, asOf);
    const rows = lists.filter((l) => l.scope === 'township').flatMap((l) => ledgerFrom([read(l.file)]).rows);
    const ledger: Ledger = { ...ledgerFrom([]), rows };
    for (const written of lists) {
      if (flags.county && written.scope !== 'county') continue;
      const list = read(written.file);
      rmSync(written.file);
      await writeDocuments(list, { revision, date, registry, attachment: project.config.export?.attachment, ledger }, formats, outDir, cwd);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return EXIT.ok;
}
