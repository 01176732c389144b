import { resolve } from 'node:path';
import { compile } from '../../compile/compile.js';
import type { CompiledList } from '../../compile/types.js';
import { RespError } from '../../errors.js';
import { EXPORTERS, EXPORT_FORMATS, documentOf, fileStemOf, revisionLine } from '../../export/index.js';
import type { Lang } from '../../i18n.js';
import { discover, displayPath } from '../../load/discover.js';

import { Registry } from '../../model/registry.js';
import { EXIT } from '../exit-codes.js';
import { checkDate, pickTownship } from './build.js';
import { exportFindings, releaseOf } from './export-gate.js';
import { checkOutputFolder } from '../outputs.js';
import { print } from '../../io/write.js';
import { loadProject } from '../../validate/load.js';

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
  checkOutputFolder(outDir, cwd, [discover(paths, cwd).root]);
  const findings = await exportFindings(paths, flags.lang, !!flags.draft);
  const project = loadProject(discover(paths, cwd), flags.lang);
  const date = documentDate(flags.date, project.config.revision?.effective);
  const registry = Registry.fromProject(project);
  const release = releaseOf(findings, project, compile(project, registry), flags.lang, flags.draft);
  if (!release) return EXIT.findings;
  const { result, draft } = release;

  const lists: CompiledList[] = flags.township
    ? [pickTownship(result, registry, flags.township)]
    : flags.county ? [result.county] : [result.county, ...result.townships];
  const revision = revisionLine(project.config);
  for (const list of lists) {
    const doc = documentOf(list, { revision, date, registry, draft, attachment: project.config.export?.attachment });
    for (const format of formats) {
      const file = resolve(outDir, `${fileStemOf(list, !!draft)}.${format}`);
      await EXPORTERS[format](doc, file);
      await print(`${displayPath(file, cwd)}\n`);
    }
  }
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
