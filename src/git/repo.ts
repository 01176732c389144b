import { RespError } from '../errors.js';
import { git, tryGit } from './run-git.js';

/** A git repository and where the list repository sits inside it. */
export interface GitRepo {
  /** Absolute path of the working tree's top folder. */
  top: string;
  /** Path of the list repository inside the git repository: '' at the top, else ending in '/'. */
  prefix: string;
}

/** The git repository holding `dir`, or undefined when `dir` is not inside one. */
export async function openRepo(dir: string): Promise<GitRepo | undefined> {
  const r = await tryGit(['rev-parse', '--show-toplevel', '--show-prefix'], dir);
  if (!r.ok) return undefined;
  const [top, prefix = ''] = r.stdout.toString('utf8').split('\n');
  return { top, prefix };
}

/** The commit a revision names (branch, tag, HEAD~1, hash); RespError "找不到版本" when there is none. */
export async function resolveCommit(repo: GitRepo, rev: string): Promise<string> {
  // A leading dash would be read as an option; such a name is no revision of ours.
  const r = rev.startsWith('-') ? undefined : await tryGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], repo.top);
  if (!r?.ok) throw new RespError('git', { zh: '找不到版本 {rev}：既不是文件夹，也不是 git 仓库中的提交、分支或标签', en: 'unknown revision {rev}: neither a folder nor a commit, branch or tag of the git repository' }, { rev });
  return r.stdout.toString('utf8').trim();
}

/** One file of a commit's tree. */
export interface TreeEntry {
  /** Path relative to the top of the git repository. */
  path: string;
  /** The blob's object name. */
  blob: string;
  /** Its size in bytes. */
  size: number;
}

/** Every regular file under `prefix` in a commit (symbolic links and submodules are left out). */
export async function listTree(repo: GitRepo, commit: string): Promise<TreeEntry[]> {
  const args = ['ls-tree', '-r', '-z', '-l', '--full-tree', commit];
  if (repo.prefix) args.push('--', repo.prefix);
  const out = (await git(args, repo.top)).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"; -z leaves paths unquoted.
    const tab = rec.indexOf('\t');
    const [mode, type, blob, size] = rec.slice(0, tab).split(/ +/);
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ path: rec.slice(tab + 1), blob, size: Number(size) });
  }
  return entries;
}

/**
 * The `kind:` line of each file under `prefix` in a commit, by path (relative to the top), found by one
 * `git grep` without reading the files here. Files with no such line are missing from the map.
 */
export async function kindLines(repo: GitRepo, commit: string): Promise<Map<string, string>> {
  const r = await tryGit(['grep', '-z', '-n', '--no-color', '-I', '-e', '^kind:', commit, '--', repo.prefix || '.'], repo.top);
  const lines = new Map<string, string>();
  // Exit status 1 means no match; output records are "<commit>:<path> NUL <line> NUL <text>" per line.
  for (const rec of r.stdout.toString('utf8').split('\n')) {
    const [where, , text] = rec.split('\0');
    if (text === undefined) continue;
    const path = where.slice(commit.length + 1);
    if (!lines.has(path)) lines.set(path, text);
  }
  return lines;
}
