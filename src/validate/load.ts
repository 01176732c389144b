/**
 * Loading as the commands see it: the loader (src/load) reads and parses a file and names its problems
 * by code, message id and arguments; here the data is checked against its kind's schema, and every
 * problem becomes a finding, its text taken from the code's rule (src/rules/<code>.ts), the same way a
 * rule's report gets its text.
 */
import type { Lang } from '../i18n.js';
import type { DocPath, Finding } from '../findings/types.js';
import {
  ENTRY_KEY, parseBuffer, parseDecoded, parseFile, parseMemory, parseText,
  type LoadedFile, type LoadOptions, type LoadProblem, type MemoryFile, type ParsedFile,
} from '../load/load-file.js';
import { assemble, configOf, maxFileMbOf, type Project } from '../load/project.js';
import { DEFAULT_MAX_FILE_MB } from '../load/load-file.js';
import type { Selection } from '../load/discover.js';
import type { ConfigFile, DomainFile } from '../model/types.js';
import { getRule } from '../rules/index.js';
import { messageText } from '../rules/message-text.js';
import { checkSchema } from './schema.js';

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

/** Schema findings listed per file; one more finding counts the rest. */
export const MAX_SCHEMA_FINDINGS = 100;

/**
 * A parsed file checked against its kind's schema (which coerces scalar types of the data in place),
 * with its problems as findings. Entries with schema problems are marked for the rules to skip; a
 * problem outside the entries marks the whole file.
 */
export function finish(parsed: ParsedFile, lang: Lang): LoadedFile {
  const { problems, ...rest } = parsed;
  const { source, kind, data } = parsed;
  if (!kind || !data) return { ...rest, findings: problems.map((p) => loadFinding(p, lang)) };
  const schema = checkSchema(kind, data);
  let schemaOk = true;
  const badEntries = new Set<number>();
  const found: LoadProblem[] = [];
  const at = (messageId: string, path: DocPath, args?: Record<string, unknown>, hint?: string, keyOf?: string): LoadProblem =>
    ({ rule: 'schema', messageId, args, hint, file: source.path, ...source.locate(path, keyOf), path });
  for (const [n, p] of schema.entries()) {
    // A schema migration gone wrong can make every entry invalid: list the first ones and count the rest.
    if (n < MAX_SCHEMA_FINDINGS) found.push(at(p.messageId, p.path, p.args, p.hint, p.keyOf));
    else if (n === MAX_SCHEMA_FINDINGS) found.push(at('moreSchema', p.path, { n: schema.length - MAX_SCHEMA_FINDINGS, max: MAX_SCHEMA_FINDINGS }));
    if (p.path.length >= 2 && typeof p.path[1] === 'number' && p.path[0] === ENTRY_KEY[kind]) badEntries.add(p.path[1]);
    else schemaOk = false;
  }
  // The Document is not kept: a later finding parses the file again (Documents cost ~12 KB per item).
  source.release();
  // Problems of the text (control characters) come after those of the structure, as they always did.
  const text = problems.filter((p) => p.rule === 'control-character');
  const all = [...problems.filter((p) => p.rule !== 'control-character'), ...found, ...text];
  return { ...rest, schemaOk, badEntries, findings: all.map((p) => loadFinding(p, lang)) };
}

/** Read a file from disk and load it (size, encoding, YAML, kind, schema). Never throws on bad content. */
export function loadFile(display: string, abs: string, opts: LoadOptions): LoadedFile {
  return finish(parseFile(display, abs, opts), opts.lang);
}

/** Load bytes already in memory (from disk or from a git revision). */
export function loadBuffer(display: string, abs: string, buf: Buffer, opts: LoadOptions): LoadedFile {
  return finish(parseBuffer(display, abs, buf, opts), opts.lang);
}

/** Load text decoded by plainText from bytes: exactly what loadBuffer gives for those bytes. */
export function loadDecoded(display: string, abs: string, text: string, opts: LoadOptions): LoadedFile {
  return finish(parseDecoded(display, abs, text, opts), opts.lang);
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

/** A selection loaded but for its domain files (see loadProjectLazily). */
export interface LazyProject {
  project: Project;
  /** The files loaded (all but the domain files left for later). */
  context: Selection['files'];
  /** The domain files in selection order: found files still to be loaded, or loaded already. */
  domains: (Selection['files'][number] | LoadedFile<DomainFile>)[];
  maxFileMb: number;
}

/**
 * Load a selection whose domain files are too many to hold: every other file now (as loadProject
 * does); the domain files are left to be loaded one at a time, in selection order. `isDomain` tells a
 * domain file before it is read (a domain file it misses is loaded now and still comes in its place).
 */
export function loadProjectLazily(sel: Selection, lang: Lang, isDomain: (f: Selection['files'][number]) => boolean): LazyProject {
  const cfg = configOf(sel);
  const later = new Set(sel.files.filter((f) => f !== cfg && isDomain(f)));
  const context = sel.files.filter((f) => !later.has(f));
  const project = loadProject({ ...sel, files: context }, lang);
  const loaded = new Map(project.files.map((f, i) => [context[i], f]));
  const domains: LazyProject['domains'] = [];
  for (const f of sel.files) {
    if (later.has(f)) domains.push(f);
    else if (loaded.get(f)?.kind === 'domain' && loaded.get(f)!.data) domains.push(loaded.get(f) as LoadedFile<DomainFile>);
  }
  return { project, context, domains, maxFileMb: maxFileMbOf(project.configFile) };
}
