import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { RespError } from '../errors.js';

/** The project config file name, at the root of a list repository. */
export const CONFIG_NAME = 'resp.yaml';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'bench-out']);

/**
 * The file resp puts into every folder it writes output into (build --out, export --out): discovery
 * skips a folder holding it, so compiled lists are never read back as sources.
 */
export const OUTPUT_MARKER = '.resp-output';

/** Why a path in resp's own output is refused as a source. */
const IN_OUTPUT = {
  zh: '{path} 是 resp 生成的输出文件夹（或其中的文件，有 {marker} 标记），不是清单源文件；请校验清单仓库本身',
  en: '{path} is output written by resp (its folder holds {marker}), not a source; validate the list repository itself',
};

/** A YAML file found on disk. */
export interface FoundFile {
  /** Relative to the working directory, forward slashes. */
  display: string;
  abs: string;
}

/** Path as shown to users: relative to cwd when inside it, with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  // A path found under the working directory starts with it (both are normal): no need to resolve them again.
  if (abs.length > cwd.length + 1 && abs.startsWith(cwd) && abs[cwd.length] === sep && !cwd.endsWith(sep)) {
    const rel = abs.slice(cwd.length + 1);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  const shown = !rel.startsWith('..') ? rel : abs;
  return shown.split(sep).join('/');
}

/** True for an entry a list repository's files are never in: hidden ones, and build or dependency folders. */
export function skipped(name: string, isFolder: boolean): boolean {
  return name.startsWith('.') || (isFolder && SKIP_DIRS.has(name));
}

/** True for the name of a YAML file. */
export const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);

/** Every .yaml/.yml file under a folder, sorted, skipping hidden folders and build output. */
export function listYaml(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true });
    // resp's own output (a folder marked by build or export) is never a source.
    if (d !== dir && entries.some((e) => e.name === OUTPUT_MARKER)) return;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (skipped(e.name, e.isDirectory())) continue;
      // d is already normal and a name holds no separator: joined without join's normalising ('/' ends in one).
      const p = d.endsWith(sep) ? d + e.name : d + sep + e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && isYamlName(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** True when `p` is in a folder resp marked as its output (at `p` or above, up to `stop`). */
export function inOutputFolder(p: string, stop?: string): boolean {
  let d = existsSync(p) && statSync(p).isDirectory() ? p : dirname(p);
  for (;;) {
    if (existsSync(join(d, OUTPUT_MARKER))) return true;
    const up = dirname(d);
    if (up === d || d === stop) return false;
    d = up;
  }
}

/** The folder holding resp.yaml at or above `start`, if any. */
export function findRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, CONFIG_NAME))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** What a validate/build run reads: the repository's files, and which of them the user asked about. */
export interface Selection {
  /** Root of the list repository (folder of resp.yaml), or the common folder when there is none. */
  root: string;
  hasConfig: boolean;
  /** Every file of the repository, for context (registries, base items). */
  files: FoundFile[];
  /** Files whose findings are reported. */
  scope: Set<string>;
}

/** Resolve the user's paths (files or folders) into a selection. Throws RespError for missing paths. */
export function discover(paths: string[], cwd: string): Selection {
  const targets = (paths.length ? paths : ['.']).map((p) => resolve(cwd, p));
  const requested: string[] = [];
  // Each folder walked once: `resp validate` names the repository's root, which is walked for the context too.
  const walked = new Map<string, string[]>();
  const list = (dir: string) => {
    let found = walked.get(dir);
    if (!found) walked.set(dir, (found = listYaml(dir)));
    return found;
  };
  for (const t of targets) {
    if (!existsSync(t)) throw new RespError('io', { zh: '路径不存在：{path}', en: 'no such file or folder: {path}' }, { path: displayPath(t, cwd) });
    if (inOutputFolder(t, findRoot(t) ?? (statSync(t).isDirectory() ? t : dirname(t))))
      throw new RespError('usage', IN_OUTPUT, { path: displayPath(t, cwd), marker: OUTPUT_MARKER });
    const st = statSync(t);
    if (st.isDirectory()) {
      const found = list(t);
      if (!found.length)
        throw new RespError('usage', { zh: '文件夹中没有 YAML 文件：{path}', en: 'no YAML files in folder: {path}' }, { path: displayPath(t, cwd) });
      requested.push(...found);
    } else if (st.isFile()) requested.push(t);
    // A device, pipe or socket (/dev/zero) would be read without end: only files and folders are lists.
    else throw new RespError('usage', { zh: '{path} 不是文件或文件夹（设备、管道或套接字），无法作为清单读取', en: '{path} is not a file or folder (a device, pipe or socket) and cannot be read as a list' }, { path: displayPath(t, cwd) });
  }
  const first = targets[0];
  const root = findRoot(statSync(first).isDirectory() ? first : dirname(first));
  const all = new Set<string>(requested);
  if (root) for (const f of list(root)) all.add(f);
  const shown = new Map<string, string>();
  const files = [...all].sort().map((abs) => {
    const display = displayPath(abs, cwd);
    shown.set(abs, display);
    return { abs, display };
  });
  return {
    root: root ?? (statSync(first).isDirectory() ? first : dirname(first)),
    hasConfig: root !== undefined,
    files,
    scope: new Set(requested.map((a) => shown.get(a) ?? displayPath(a, cwd))),
  };
}

/** The name findings of text from standard input carry when no --stdin-filepath says where it belongs. */
export const STDIN_NAME = '<stdin>';

/**
 * The selection for text given on standard input, checked as if it were the file `file` (default
 * `<stdin>` in the working directory): the repository around that path gives the registries and the
 * configuration, and only that file is reported. The file need not exist; when it does, the text
 * stands in for it. Throws RespError for a folder, a device or resp's output.
 */
export function discoverText(file: string | undefined, cwd: string): Selection & { abs: string } {
  const abs = resolve(cwd, file ?? STDIN_NAME);
  const shown = displayPath(abs, cwd);
  if (existsSync(abs) && !statSync(abs).isFile())
    throw new RespError('usage', {
      zh: '--stdin-filepath {path} 不是文件（文件夹、设备或管道）；请给出标准输入所对应的清单文件路径',
      en: '--stdin-filepath {path} is not a file (a folder, device or pipe); give the path of the list file the input stands for',
    }, { path: shown });
  const root = findRoot(dirname(abs));
  if (inOutputFolder(abs, root ?? dirname(abs)))
    throw new RespError('usage', IN_OUTPUT, { path: shown, marker: OUTPUT_MARKER });
  const all = new Set<string>([abs]);
  if (root) for (const f of listYaml(root)) all.add(f);
  return {
    abs,
    root: root ?? dirname(abs),
    hasConfig: root !== undefined,
    files: [...all].sort().map((a) => ({ abs: a, display: displayPath(a, cwd) })),
    scope: new Set([shown]),
  };
}
