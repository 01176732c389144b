/**
 * Where resp's output may go. A list repository's sources are resp.yaml and the YAML files under its
 * root (domains/, townships/, registry/, assignments/, adjustments/ and any other folder discovery walks); output of
 * build, export, validate and diff must never replace one of them nor land where discovery would read
 * it as one. Folders resp writes into are marked with a `.resp-output` file: discovery skips them.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { RespError } from '../errors.js';
import type { Msg } from '../i18n.js';
import { CONFIG_NAME, displayPath, findRoot, isYamlName, listYaml, OUTPUT_MARKER, skipped } from './discover.js';

/** The folders of a list repository that hold its sources. */
export const SOURCE_FOLDERS = ['domains', 'townships', 'registry', 'assignments', 'adjustments', 'delegations'] as const;

/** What the marker file says to whoever opens it. */
export const MARKER_TEXT =
  '# resp 生成的输出文件夹：resp validate 不读取其中的文件。\n# Output written by resp: resp validate does not read the files in this folder.\n';

/** `p` with symbolic links of its existing part resolved (the rest appended as given). */
export function canonical(p: string): string {
  const abs = resolve(p);
  let head = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(head), ...rest.reverse());
    } catch {
      const up = dirname(head);
      if (up === head) return abs;
      rest.push(basename(head));
      head = up;
    }
  }
}

/** `child` relative to `parent` as path parts, or undefined when it is not at or below it. */
function under(parent: string, child: string): string[] | undefined {
  const rel = relative(parent, child);
  if (rel === '') return [];
  if (rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel)) return undefined;
  return rel.split(sep);
}

/** True when a folder on the way from `root` to `parts` (exclusive of the last) is skipped or marked as output. */
function outsideSources(root: string, parts: string[], lastIsFolder: boolean): boolean {
  let d = root;
  const folders = lastIsFolder ? parts : parts.slice(0, -1);
  for (const p of folders) {
    if (skipped(p, true)) return true;
    d = join(d, p);
    if (existsSync(join(d, OUTPUT_MARKER))) return true;
  }
  return false;
}

const refuse = (path: string, why: Msg, args: Record<string, unknown> = {}) =>
  new RespError('usage', {
    zh: `不能把输出写入 {path}：${why.zh}；未写入任何文件，请另选位置（如 --out compiled）`,
    en: `refusing to write output into {path}: ${why.en}; nothing was written; choose another place (e.g. --out compiled)`,
  }, { ...args, path });

const WHY = {
  root: { zh: '这是清单仓库 {root} 的根文件夹，清单源文件在这里', en: 'it is the root of the list repository {root}, where its sources are' },
  folder: { zh: '这是清单仓库 {root} 的源文件夹 {folder}/', en: 'it is {folder}/, a source folder of the list repository {root}' },
  holds: { zh: '清单仓库 {root} 在这个文件夹里面', en: 'it holds the list repository {root}' },
  sources: { zh: '这个文件夹里有清单源文件（{file}）', en: 'it holds source files of a list repository ({file})' },
  file: { zh: '这是清单源文件', en: 'it is a source file of the list repository' },
  yaml: { zh: '这里的 YAML 文件会被当作清单仓库 {root} 的源文件读取', en: 'a YAML file there would be read as a source of the list repository {root}' },
} satisfies Record<string, Msg>;

/** The list repositories a target concerns: those given, and the one holding the target, canonical. */
function rootsFor(target: string, roots: string[]): string[] {
  const own = findRoot(canonical(target));
  return [...new Set([...roots, ...(own ? [own] : [])].map(canonical))];
}

/**
 * Refuse (usage error) an output folder that is a list repository's root, one of its source folders or
 * inside one, a folder that holds a repository, or a folder inside a repository that already holds
 * source files; `--out` on an existing file is refused too. `roots` are the repositories the command
 * reads.
 */
export function checkOutputFolder(dir: string, cwd: string, roots: string[]): void {
  const shown = displayPath(resolve(cwd, dir), cwd);
  const abs = canonical(resolve(cwd, dir));
  if (existsSync(abs) && !statSync(abs).isDirectory())
    throw new RespError('usage', {
      zh: '--out {path} 是一个已有的文件，不是文件夹；未写入任何文件，请指定一个文件夹',
      en: '--out {path} is an existing file, not a folder; nothing was written; name a folder',
    }, { path: shown });
  for (const root of rootsFor(abs, roots)) {
    const rootShown = displayPath(root, canonical(cwd));
    const parts = under(root, abs);
    if (!parts) {
      if (under(abs, root)) throw refuse(shown, WHY.holds, { root: rootShown });
      continue;
    }
    if (!parts.length) throw refuse(shown, WHY.root, { root: rootShown });
    if ((SOURCE_FOLDERS as readonly string[]).includes(parts[0])) throw refuse(shown, WHY.folder, { root: rootShown, folder: parts[0] });
    if (outsideSources(root, parts, true) || existsSync(join(abs, OUTPUT_MARKER)) || !existsSync(abs)) continue;
    const held = listYaml(abs)[0];
    if (held) throw refuse(shown, WHY.sources, { file: displayPath(held, canonical(cwd)) });
  }
}

/**
 * Refuse (usage error) an output file that is one of `sources` (or of `named`, the files the user named,
 * which may be links), lies in a source folder of a list repository, or is a YAML file where discovery
 * would read it as a source (resp.yaml included).
 */
export function checkOutputFile(file: string, cwd: string, roots: string[], sources: string[] = [], named: string[] = []): void {
  const shown = displayPath(resolve(cwd, file), cwd);
  // The folder's links resolved, not the file's own: a link as the target is the writer's to refuse.
  const given = resolve(cwd, file);
  const abs = join(canonical(dirname(given)), basename(given));
  // A source is an existing file, so only an existing target can be one. Sources found by walking
  // folders are never links (discovery takes plain files only), so only one of the same name can be the
  // target (a repository has thousands; resolving each one's links was most of this check); a path the
  // user named may be a link, to a file of any name.
  if (existsSync(abs)) {
    const name = basename(abs);
    if (sources.some((s) => basename(s) === name && canonical(s) === abs) || named.some((s) => canonical(s) === abs)) throw refuse(shown, WHY.file);
  }
  for (const root of rootsFor(dirname(abs), roots)) {
    const rootShown = displayPath(root, canonical(cwd));
    const parts = under(root, abs);
    if (!parts || !parts.length) continue;
    if (parts.length > 1 && (SOURCE_FOLDERS as readonly string[]).includes(parts[0]) && !outsideSources(root, parts, false))
      throw refuse(shown, WHY.folder, { root: rootShown, folder: parts[0] });
    if ((isYamlName(abs) || parts.join('/') === CONFIG_NAME) && !outsideSources(root, parts, false)) throw refuse(shown, WHY.yaml, { root: rootShown });
  }
}
