import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { atLeast, type Severity } from '../../findings/types.js';
import { RENDERERS, type FindingFormat } from '../../findings/render/index.js';
import { resolve } from 'node:path';
import { validateRepository } from '../../validate/repository.js';
import { today } from '../../validate/validate.js';
import { version } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import { emit } from '../../io/write.js';
import { useColor } from '../color.js';
import { discover } from '../../load/discover.js';
import { checkOutputFile } from '../outputs.js';

export interface ValidateFlags {
  lang: Lang;
  format: FindingFormat;
  failOn: Severity;
  output?: string;
  quiet?: boolean;
  asOf?: string;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: string;
}

/** `resp validate [paths...]`: findings to the chosen format; exit 1 at or above --fail-on. */
export async function validateCommand(paths: string[], flags: ValidateFlags): Promise<number> {
  const asOf = flags.asOf ?? today();
  if (!isCalendarDate(asOf))
    throw new RespError('usage', { zh: '--as-of 应为 YYYY-MM-DD 格式的日期：{v}', en: '--as-of must be a date YYYY-MM-DD: {v}' }, { v: asOf });
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0))
    throw new RespError('usage', { zh: '--jobs 应为 0 或正整数：{v}', en: '--jobs must be 0 or a positive whole number: {v}' }, { v: flags.jobs });
  const cwd = process.cwd();
  if (flags.output) {
    // Before any work: the report never replaces a source nor lands where it would be read as one.
    const selection = discover(paths, cwd);
    checkOutputFile(flags.output, cwd, selection.hasConfig ? [selection.root] : [], selection.files.map((f) => f.abs));
  }
  const result = await validateRepository(paths, {
    lang: flags.lang, asOf, cwd, jobs, cache: flags.cache, cacheLocation: flags.cacheLocation && resolve(cwd, flags.cacheLocation),
  });
  const shown = flags.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const text = RENDERERS[flags.format](shown, {
    lang: flags.lang,
    color: flags.format === 'human' && !flags.output && useColor(flags.color),
    sourceOf: result.sourceOf,
    files: result.files,
    items: result.items,
    version: version(),
  });
  await emit(text, flags.output);
  // What --quiet hides does not fail the run either: the exit code agrees with what is shown.
  return shown.some((f) => atLeast(f.severity, flags.failOn)) ? EXIT.findings : EXIT.ok;
}

/** A real YYYY-MM-DD day: Date.parse alone accepts 2026-02-30 and rolls it over. */
function isCalendarDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}
