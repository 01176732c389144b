import { isUtf8 } from 'node:buffer';
import { statSync, readFileSync } from 'node:fs';
import type { Lang } from '../i18n.js';
import type { Finding, DocPath } from '../findings/types.js';
import { FILE_KINDS, type AnyFile, type FileKind } from '../model/types.js';
import { SourceFile } from './source-file.js';
import { explainYamlProblem } from './yaml-problems.js';
import { closest } from '../util/text.js';
import { yaml } from './yaml-lib.js';
import { fastParse } from './fast-parse.js';
import { lineParse } from './line-parse.js';
import { MAX_DEPTH, tooDeepAt } from './depth.js';

/** Default upper bound of one file; `yaml` needs ~33 bytes of heap per source byte. */
export const DEFAULT_MAX_FILE_MB = 8;

/**
 * A problem met while loading, as data: the code (a rule of src/rules without a check), which of its
 * messages, the message's arguments, and where. Its text is the code's own message, filled in when
 * the problem becomes a finding (validate/load.ts), the same way a rule's report gets its text.
 */
export interface LoadProblem extends Pick<Finding, 'rule' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'path'> {
  messageId: string;
  /** Plain values, or zh/en pairs picked by the language of the run. */
  args?: Record<string, unknown>;
  /** One of the message's `hints`, given instead of its `hint` (a name, where a finding's hint is text). */
  hint?: string;
}

/**
 * What the loader gives: the source, its kind and data when it parsed, where entries start, and the
 * problems met. The data is not checked against its schema: validate does that (validate/load.ts).
 */
export interface ParsedFile<T extends AnyFile = AnyFile> {
  source: SourceFile;
  kind?: FileKind;
  /** The data, when the file parsed and its kind is known (not yet checked against the schema). */
  data?: T;
  /** 1-based line where each entry of the file's list (ENTRY_KEY) starts, recorded while parsing (0 when unknown). */
  entryLines?: number[];
  /** True when the text took a fast path: read by the line reader (line-parse.ts) or, plain enough, by js-yaml (fast-parse.ts). */
  fast?: boolean;
  problems: LoadProblem[];
}

/** A file after loading and the schema check, its problems turned into findings (validate/load.ts). */
export interface LoadedFile<T extends AnyFile = AnyFile> extends Omit<ParsedFile<T>, 'problems'> {
  /** False when a schema problem lies outside the file's entries: rules then skip the whole file. */
  schemaOk?: boolean;
  /** Indexes of entries (items, assignments, departments ...) with schema problems: rules skip them. */
  badEntries?: Set<number>;
  findings: Finding[];
}

export interface LoadOptions {
  lang: Lang;
  maxFileMb?: number;
  /** Record where each entry starts (default true); validation does without. */
  entryLines?: boolean;
}

/** Make a finding located at a path of a source file. */
export function findingAt(
  source: SourceFile,
  rule: string,
  path: DocPath,
  message: string,
  extra: Partial<Finding> & { keyOf?: string } = {},
): Finding {
  const { keyOf, ...rest } = extra;
  const span = source.locate(path, keyOf);
  return { rule, severity: 'error', message, file: source.path, ...span, path, ...rest };
}

/** A problem at a line and column. */
function problem(file: string, rule: string, messageId: string, args?: Record<string, unknown>, line = 1, column = 1, hint?: string): LoadProblem {
  return { rule, messageId, args, hint, file, line, column };
}

/** A problem located at a path of the source (and at a key of the mapping there). */
function problemAt(source: SourceFile, rule: string, messageId: string, path: DocPath, args?: Record<string, unknown>, hint?: string, keyOf?: string): LoadProblem {
  return { rule, messageId, args, hint, file: source.path, ...source.locate(path, keyOf), path };
}

/** Read a file from disk and parse it (size, encoding, YAML, kind). Never throws on bad content. */
export function parseFile(display: string, abs: string, opts: LoadOptions): ParsedFile {
  const size = statSync(abs).size;
  return tooLarge(display, abs, size, false, opts) ?? parseBuffer(display, abs, readFileSync(abs), opts);
}

/**
 * Text given in memory instead of read from disk (standard input): its first bytes, and its size. A
 * reader stops after the limit; `partial` says there was more than `size` bytes.
 */
export interface MemoryFile {
  bytes: Buffer;
  size: number;
  partial?: boolean;
}

/** Parse text given in memory as the file at `abs` would be parsed: the same size limit, encoding and YAML checks. */
export function parseMemory(display: string, abs: string, mem: MemoryFile, opts: LoadOptions): ParsedFile {
  return tooLarge(display, abs, mem.size, !!mem.partial, opts) ?? parseBuffer(display, abs, mem.bytes, opts);
}

/** The file-too-large problem when `size` bytes are over the limit. */
function tooLarge(display: string, abs: string, size: number, more: boolean, opts: LoadOptions): ParsedFile | undefined {
  const limitMb = opts.maxFileMb ?? DEFAULT_MAX_FILE_MB;
  if (size <= limitMb * 1024 * 1024) return undefined;
  return tooLargeFile(display, abs, size, limitMb, more);
}

/** A file of `size` bytes over the limit, not read (`more`: there were more than `size` bytes). */
export function tooLargeFile(display: string, abs: string, size: number, limitMb: number, more = false): ParsedFile {
  const args = { size: `${more ? '>' : ''}${(size / 1048576).toFixed(1)}`, limit: limitMb };
  return { source: new SourceFile(display, abs, ''), problems: [problem(display, 'file-too-large', 'tooLarge', args)] };
}

/** Parse bytes already in memory (from disk or from a git revision). */
export function parseBuffer(display: string, abs: string, buf: Buffer, opts: LoadOptions): ParsedFile {
  let bytes = buf;
  // The BOM is not part of the text: columns count from the first real character.
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  // UTF-16 and UTF-32 (a BOM, or NUL bytes between ASCII letters) are named as such: plain ASCII in
  // UTF-16 is even valid UTF-8, and would otherwise be read as text full of NULs.
  const wide = wideEncoding(bytes);
  if (wide) {
    return {
      source: new SourceFile(display, abs, ''),
      problems: [problem(display, 'encoding', 'wideEncoding', { encoding: wide })],
    };
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return {
      source: new SourceFile(display, abs, ''),
      problems: [problem(display, 'encoding', 'encoding', { line, offset }, line, 1)],
    };
  }
  return parseDecoded(display, abs, bytes.toString('utf8'), opts);
}

/**
 * The text of bytes parseBuffer would decode as they are: UTF-8 without a byte-order mark, and not
 * UTF-16 or UTF-32. Undefined for any other bytes (parseBuffer names their problem).
 */
export function plainText(buf: Buffer): string | undefined {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return undefined;
  return wideEncoding(buf) || !isUtf8(buf) ? undefined : buf.toString('utf8');
}

/** parseBuffer after decoding: the text parsed, and its control characters reported. */
export function parseDecoded(display: string, abs: string, text: string, opts: LoadOptions): ParsedFile {
  const [loaded, clean] = readText(display, abs, text, opts);
  if (!clean) loaded.problems.push(...controlCharacters(display, text));
  return loaded;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A problem for each control character in the text (the first ten), where it stands. */
export function controlCharacters(display: string, text: string): LoadProblem[] {
  const out: LoadProblem[] = [];
  for (const m of text.matchAll(CONTROL)) {
    if (out.length >= 10) break;
    const at = positionOf(text, m.index!);
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(problem(display, 'control-character', 'control', { line: at.line, code }, at.line, at.column));
  }
  return out;
}

/** Parse decoded text. */
export function parseText(display: string, abs: string, text: string, opts: LoadOptions): ParsedFile {
  return readText(display, abs, text, opts)[0];
}

/** Parse decoded text; true beside it when the line reader read it (which also means it holds no control character). */
function readText(display: string, abs: string, text: string, opts: LoadOptions): [ParsedFile, boolean] {
  const source = new SourceFile(display, abs, text);
  const lines = opts.entryLines !== false;
  // Most files are read by the line reader, which also knows they nest neither too deep nor hold control characters.
  const read = lineParse(text, lines);
  if (read) return [ofKind(source, read.data, read.entryLines, [], lines), true];
  return [parseOther(source, text, lines), false];
}

/** Text the line reader declined: empty, nested too deep, plain enough for js-yaml, or for `yaml`. */
function parseOther(source: SourceFile, text: string, lines: boolean): ParsedFile {
  const display = source.path;
  if (text.trim() === '' || /^(\s*#.*(\r?\n|$))*\s*$/.test(text)) {
    return { source, problems: [problem(display, 'empty-file', 'empty')] };
  }
  // Both parsers recurse once per level: a text nested too deep is refused before either sees it, at the
  // place where it passes the limit (a parser giving up would do so at a depth that depends on the thread).
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const at = positionOf(text, deep);
    return { source, problems: [problem(display, 'yaml-syntax', 'tooDeep', { max: MAX_DEPTH }, at.line, at.column)] };
  }
  // Plain files js-yaml reads; `yaml` parses the rest, and any file later when a finding needs a position.
  const fast = fastParse(text, lines);
  const parsed = fast ? undefined : source.parse();
  const problems: LoadProblem[] = [];
  for (const p of parsed?.problems ?? []) {
    if (p.code === 'DUPLICATE_KEY') {
      const key = /"([^"]*)"|'([^']*)'/.exec(p.message);
      const name = keyAtLine(text, p.line, p.column) ?? key?.[1] ?? key?.[2] ?? '';
      problems.push(problem(display, 'duplicate-key', 'duplicateKey', { key: name }, p.line, p.column));
    } else if (p.code === 'ALIAS_LIMIT') {
      problems.push(problem(display, 'alias-limit', 'aliasLimit', undefined, p.line, p.column));
    } else {
      const why = explainYamlProblem(p.code, p.message);
      problems.push(problem(display, 'yaml-syntax', 'syntax', { detail: why.what, advice: why.hint }, p.line, p.column));
    }
  }
  if (parsed?.broken) {
    // Keep only the first syntax error: later ones are usually consequences of it.
    const first = problems.filter((f) => f.rule === 'yaml-syntax').slice(0, 1);
    return { source, problems: [...problems.filter((f) => f.rule !== 'yaml-syntax'), ...first] };
  }
  return ofKind(source, fast ? fast.data : parsed!.data, fast?.entryLines, problems, lines);
}

/**
 * Parsed data as a file of its kind, with the problems met so far. `entryLinesBy`: recorded by the
 * fast reader that read it; undefined when `yaml` did (the Document is asked, when `lines`).
 */
function ofKind(source: SourceFile, parsed: unknown, entryLinesBy: Map<string, number[]> | undefined, problems: LoadProblem[], lines: boolean): ParsedFile {
  const fast = entryLinesBy !== undefined;
  const data = parsed as Record<string, unknown> | null;
  const kinds = FILE_KINDS.join(', ');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const actual = Array.isArray(data) ? { zh: '列表', en: 'a list' } : { zh: '单个值', en: 'a single value' };
    problems.push(problemAt(source, 'unknown-kind', 'notMapping', [], { actual, kinds }));
    return { source, problems };
  }
  const kind = data.kind;
  if (typeof kind !== 'string' || !(FILE_KINDS as readonly string[]).includes(kind)) {
    const guess = typeof kind === 'string' ? closest(kind, FILE_KINDS) : undefined;
    const hint = guess ? 'guess' : undefined;
    if (kind === undefined) problems.push(problemAt(source, 'unknown-kind', 'missingKind', [], { kinds }));
    else problems.push(problemAt(source, 'unknown-kind', 'unknownKind', ['kind'], { kind: String(kind), kinds, guess }, hint));
    return { source, problems };
  }
  const listKey = ENTRY_KEY[kind as FileKind];
  const entryLines = listKey === undefined || !lines ? undefined : entryLinesBy ? entryLinesBy.get(listKey) : entryLinesOf(source, listKey);
  // The Document is kept for the schema check to locate its problems; validate releases it after that.
  return { source, kind: kind as FileKind, data: data as unknown as AnyFile, entryLines, ...(fast ? { fast: true } : {}), problems };
}

/** Lines of the entries of a top-level list, from the parsed Document. */
function entryLinesOf(source: SourceFile, key: string): number[] | undefined {
  const { doc, lineCounter } = source.parse();
  const list = doc.get(key, true);
  if (!yaml().isSeq(list)) return undefined;
  return list.items.map((n) => (yaml().isNode(n) && n.range ? lineCounter.linePos(n.range[0]).line : 0));
}

/** The list of entries in each kind of file; a schema problem inside one entry only disables that entry. */
export const ENTRY_KEY: Record<FileKind, string | undefined> = {
  config: 'waivers',
  departments: 'departments',
  townships: 'townships',
  laws: 'laws',
  domain: 'items',
  township: 'items',
  assignments: 'assignments',
  changes: 'changes',
  usage: 'usage',
};

/** 1-based line and column (in code points) of an offset of `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let column = 1;
  for (let i = start; i < offset; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character.
    if (c < 0xdc00 || c > 0xdfff) column++;
  }
  return { line, column };
}

function keyAtLine(text: string, line: number, column: number): string | undefined {
  const l = text.split(/\r?\n/)[line - 1];
  if (!l) return undefined;
  const m = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(l.slice(Math.max(0, column - 1)));
  return m?.[1];
}

function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return b.length;
}

/** UTF-16 or UTF-32 told by a byte-order mark, or by NUL bytes next to ASCII in the first kilobyte. */
function wideEncoding(b: Buffer): string | undefined {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(b.length, 1024) & ~3;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 ? odd++ : even++;
  if (n >= 8 && even + odd >= n / 4) {
    if (even >= (3 * n) / 8 && odd >= n / 8 && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
    return odd > even ? 'UTF-16LE' : 'UTF-16BE';
  }
  return undefined;
}
