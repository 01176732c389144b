import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { atLeast, type Severity } from '../../findings/types.js';
import { RENDERERS, type FindingFormat } from '../../findings/render/index.js';
import { resolve } from 'node:path';
import { validateRepository } from '../../validate/repository.js';
import { today } from '../../validate/validate.js';
import { version } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import { checkDate } from './build.js';
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
  const asOf = checkDate(flags.asOf ?? today(), '--as-of');
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

