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
}

/** Every regular file under `prefix` in a commit (symbolic links and submodules are left out). */
export async function listTree(repo: GitRepo, commit: string): Promise<TreeEntry[]> {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  if (repo.prefix) args.push('--', repo.prefix);
  const out = (await git(args, repo.top)).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    // "<mode> SP <type> SP <object> TAB <path>"; -z leaves paths unquoted.
    const tab = rec.indexOf('\t');
    const [mode, type, blob] = rec.slice(0, tab).split(' ');
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ path: rec.slice(tab + 1), blob });
  }
  return entries;
}
