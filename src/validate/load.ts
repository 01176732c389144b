/**
 * Loading as the commands see it: the loader (src/load) reads and parses a file and names its problems
 * by code, message id and arguments; here they become findings, their text taken from the code's rule
 * (src/rules/<code>.ts), the same way a rule's report gets its text.
 */
import type { Lang } from '../i18n.js';
import type { Finding } from '../findings/types.js';
import {
  parseBuffer, parseFile, parseMemory, parseText,
  type LoadedFile, type LoadOptions, type LoadProblem, type MemoryFile, type ParsedFile,
} from '../load/load-file.js';
import { assemble, configOf, maxFileMbOf, type Project } from '../load/project.js';
import { DEFAULT_MAX_FILE_MB } from '../load/load-file.js';
import type { Selection } from '../load/discover.js';
import type { ConfigFile } from '../model/types.js';
import { getRule } from '../rules/index.js';
import { messageText } from '../rules/message-text.js';

/** The finding of a loading problem, in a language. */
export function loadFinding(p: LoadProblem, lang: Lang): Finding {
  const rule = getRule(p.rule);
  if (!rule) throw new Error(`the loader reported ${p.rule}, which is no rule`);
  const { message, hint, severity } = messageText(rule, p.messageId, lang, p.args, p.hint);
  const f: Finding = { rule: p.rule, messageId: p.messageId, severity, message, file: p.file, line: p.line, column: p.column };
  if (p.endLine !== undefined) f.endLine = p.endLine;
  if (p.endColumn !== undefined) f.endColumn = p.endColumn;
  if (p.path) f.path = p.path;
  if (hint !== undefined) f.hint = hint;
  return f;
}

/** A parsed file with its problems as findings. */
export function finish(parsed: ParsedFile, lang: Lang): LoadedFile {
  const { problems, ...rest } = parsed;
  return { ...rest, findings: problems.map((p) => loadFinding(p, lang)) };
}

/** Read a file from disk and load it (size, encoding, YAML, kind, schema). Never throws on bad content. */
export function loadFile(display: string, abs: string, opts: LoadOptions): LoadedFile {
  return finish(parseFile(display, abs, opts), opts.lang);
}

/** Load bytes already in memory (from disk or from a git revision). */
export function loadBuffer(display: string, abs: string, buf: Buffer, opts: LoadOptions): LoadedFile {
  return finish(parseBuffer(display, abs, buf, opts), opts.lang);
}

/** Load text given in memory as the file at `abs` would be loaded: the same size limit, encoding and YAML checks. */
export function loadMemory(display: string, abs: string, mem: MemoryFile, opts: LoadOptions): LoadedFile {
  return finish(parseMemory(display, abs, mem, opts), opts.lang);
}

/** Load decoded text. */
export function loadText(display: string, abs: string, text: string, opts: LoadOptions): LoadedFile {
  return finish(parseText(display, abs, text, opts), opts.lang);
}

/**
 * Load every file of a selection. The config is read first so its limits apply to the rest. A file
 * in `memory` (by absolute path: text from standard input) is loaded from there instead of the disk.
 */
export function loadProject(sel: Selection, lang: Lang, memory?: ReadonlyMap<string, MemoryFile>): Project {
  const load = (f: Selection['files'][number], maxFileMb?: number) => {
    const mem = memory?.get(f.abs);
    return mem ? loadMemory(f.display, f.abs, mem, { lang, maxFileMb }) : loadFile(f.display, f.abs, { lang, maxFileMb });
  };
  const cfgFound = configOf(sel);
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  let configFile: LoadedFile<ConfigFile> | undefined;
  if (cfgFound) {
    configFile = load(cfgFound) as LoadedFile<ConfigFile>;
    maxFileMb = maxFileMbOf(configFile);
  }
  const files: LoadedFile[] = [];
  for (const f of sel.files) {
    files.push(f === cfgFound && configFile ? configFile : load(f, maxFileMb));
  }
  return assemble(sel.root, files, configFile);
}
