import { existsSync, fstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { atLeast, type Finding, type Severity } from '../../findings/types.js';
import type { FindingFormat } from '../../findings/render/formats.js';
import { rendererOf } from '../../findings/render/load.js';
import { validateRepository } from '../../validate/repository.js';
import { today, validateText } from '../../validate/validate.js';
import { homepage, version } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import { checkDate, jobsOf } from '../flags.js';
import { emit } from '../../io/write.js';
import { useColor } from '../color.js';
import { discover, discoverText, type Selection } from '../../load/discover.js';
import type { MemoryFile } from '../../load/load-file.js';
import { checkOutputFile } from '../outputs.js';

export interface ValidateFlags {
  lang: Lang;
  /** One format, or several (each paired with an --output in order). Default: human. */
  format?: FindingFormat | FindingFormat[];
  failOn: Severity;
  /** One file, or one per format; `-` is standard output. */
  output?: string | string[];
  quiet?: boolean;
  asOf?: string;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: string;
  /** Exit 1 when more warnings than this are shown (-1: no limit). */
  maxWarnings?: string;
  /** Check the text on standard input (also: `-` as the only path). */
  stdin?: boolean;
  /** Where the text on standard input belongs in the repository. */
  stdinFilepath?: string;
  /** ESLint's name for --stdin-filepath. */
  stdinFilename?: string;
}

/** One output of a run: a format and where it goes (undefined: standard output). */
interface Output {
  format: FindingFormat;
  file?: string;
}

const STDOUT = '-';

/**
 * `resp validate [paths...]`: findings to the chosen formats; exit 1 at or above --fail-on or over
 * --max-warnings.
 */
export async function validateCommand(paths: string[], flags: ValidateFlags): Promise<number> {
  const asOf = checkDate(flags.asOf ?? today(), '--as-of');
  const jobs = jobsOf(flags.jobs);
  const maxWarnings = maxWarningsOf(flags.maxWarnings);
  const outputs = outputsOf(flags.format, flags.output);
  const stdin = stdinOf(paths, flags);
  const cwd = process.cwd();
  const files = outputs.flatMap((o) => (o.file ? [o.file] : []));
  // Discovered once: for the output check and for the run.
  const selection: Selection | undefined = stdin ? undefined : discover(paths, cwd);
  if (files.length) {
    // Before any work: the report never replaces a source nor lands where it would be read as one.
    const text = stdin ? discoverText(stdin.file, cwd) : undefined;
    const sel = selection ?? text!;
    const sources = sel.files.map((f) => f.abs);
    const named = text ? [text.abs] : paths.map((p) => resolve(cwd, p)).filter((p) => existsSync(p) && statSync(p).isFile());
    for (const file of files) checkOutputFile(file, cwd, sel.hasConfig ? [sel.root] : [], sources, named);
  }
  const result = stdin
    ? await validateText({ file: stdin.file, read: readStdin }, { lang: flags.lang, asOf, cwd })
    : await validateRepository(paths, {
        lang: flags.lang, asOf, cwd, jobs, selection, cache: flags.cache, cacheLocation: flags.cacheLocation && resolve(cwd, flags.cacheLocation),
      });
  const shown = flags.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const renderers = await Promise.all(outputs.map((o) => rendererOf(o.format)));
  // Every text is made before anything is written: a failure while rendering writes nothing.
  const texts = outputs.map((o, i) =>
    renderers[i](shown, {
      lang: flags.lang,
      color: o.format === 'human' && !o.file && useColor(flags.color),
      sourceOf: result.sourceOf,
      files: result.files,
      items: result.items,
      version: version(),
      checked: result.checked,
      failOn: flags.failOn,
      homepage: homepage(),
    }),
  );
  // Files first, each atomically; standard output last, so what a reader sees there is the run's end.
  for (let i = 0; i < outputs.length; i++) if (outputs[i].file) await emit(texts[i], outputs[i].file);
  for (let i = 0; i < outputs.length; i++) if (!outputs[i].file) await emit(texts[i]);
  return failed(shown, flags.failOn, maxWarnings) ? EXIT.findings : EXIT.ok;
}

/**
 * Whether the run fails: a finding at or above --fail-on, or more warnings than --max-warnings. What
 * --quiet hides does not fail the run either: the exit code agrees with what is shown.
 */
function failed(shown: readonly Finding[], failOn: Severity, maxWarnings: number | undefined): boolean {
  if (shown.some((f) => atLeast(f.severity, failOn))) return true;
  return maxWarnings !== undefined && maxWarnings >= 0 && shown.filter((f) => f.severity === 'warning').length > maxWarnings;
}

/** --max-warnings as a number: 0 or more, or -1 for no limit (as ESLint). */
function maxWarningsOf(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < -1)
    throw new RespError('usage', {
      zh: '--max-warnings 应为 0 或正整数（-1 表示不限）：{v}',
      en: '--max-warnings must be 0 or a positive whole number (-1 for no limit): {v}',
    }, { v });
  return n;
}

/**
 * The outputs of a run. One --format and at most one --output: as always (standard output without
 * --output). Several: each --format goes to the --output at the same place in the command line, `-`
 * being standard output (`-f human -f sarif -o - -o resp.sarif`).
 */
function outputsOf(format: FindingFormat | FindingFormat[] | undefined, output: string | string[] | undefined): Output[] {
  const formats = format === undefined ? ['human' as const] : ([] as FindingFormat[]).concat(format);
  const files = output === undefined ? [] : ([] as string[]).concat(output);
  if (formats.length === 1 && files.length <= 1) return [{ format: formats[0], file: files[0] === STDOUT ? undefined : files[0] }];
  if (formats.length !== files.length)
    throw new RespError('usage', {
      zh: '-f 与 -o 的个数不一致（{f} 个格式，{o} 个输出）：多个输出时每个 -f 配一个 -o，按顺序对应，-o - 表示标准输出，如 -f human -f sarif -o - -o resp.sarif',
      en: '-f and -o do not pair up ({f} formats, {o} outputs): with several outputs give one -o per -f, in the same order, -o - for standard output, e.g. -f human -f sarif -o - -o resp.sarif',
    }, { f: formats.length, o: files.length });
  const outs = formats.map((f, i) => ({ format: f, file: files[i] === STDOUT ? undefined : files[i] }));
  if (outs.filter((o) => !o.file).length > 1)
    throw new RespError('usage', { zh: '只能有一个输出写到标准输出（-o -）', en: 'only one output can go to standard output (-o -)' });
  const seen = new Set<string>();
  for (const o of outs) {
    if (!o.file) continue;
    const abs = resolve(o.file);
    if (seen.has(abs)) throw new RespError('usage', { zh: '两个输出写到同一个文件：{file}', en: 'two outputs write the same file: {file}' }, { file: o.file });
    seen.add(abs);
  }
  return outs;
}

/** Whether the text to check comes from standard input (`-` or --stdin), and as which file. */
function stdinOf(paths: string[], flags: ValidateFlags): { file: string | undefined } | undefined {
  const file = flags.stdinFilepath ?? flags.stdinFilename;
  const dash = paths.includes(STDOUT);
  if (!dash && !flags.stdin) {
    if (file !== undefined)
      throw new RespError('usage', { zh: '--stdin-filepath 只能与 --stdin 或路径 - 一起使用', en: '--stdin-filepath goes with --stdin or the path -' });
    return undefined;
  }
  if (paths.some((p) => p !== STDOUT))
    throw new RespError('usage', {
      zh: '读取标准输入（- 或 --stdin）时不能再给出其他路径：{paths}；用 --stdin-filepath 说明输入对应的文件',
      en: 'with standard input (- or --stdin) give no other paths: {paths}; --stdin-filepath tells which file the input is',
    }, { paths: paths.filter((p) => p !== STDOUT).join(' ') });
  if (file === '') throw new RespError('usage', { zh: '--stdin-filepath 不能为空', en: '--stdin-filepath must not be empty' });
  return { file };
}

/**
 * The text on standard input, at most `limit` bytes of it: a larger input is not kept (it is too large
 * to check, as a file of that size would be), and reading stops there.
 */
async function readStdin(limit: number): Promise<MemoryFile> {
  let st;
  try {
    st = fstatSync(0);
  } catch {
    st = undefined;
  }
  // A file given with `< file`: its size is known before reading.
  if (st?.isFile() && st.size >= limit) return { bytes: Buffer.alloc(0), size: st.size };
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    total += b.length;
    if (total >= limit) {
      process.stdin.destroy();
      return { bytes: Buffer.alloc(0), size: total, partial: true };
    }
  }
  return { bytes: Buffer.concat(chunks), size: total };
}
