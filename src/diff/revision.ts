import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { RespError } from '../errors.js';
import { openRepo, resolveCommit, type GitRepo } from '../git/repo.js';
import type { Lang } from '../i18n.js';
import { displayPath, findRoot } from '../load/discover.js';
import { maxFileMbOf, type Project } from '../load/project.js';
import { DEFAULT_MAX_FILE_MB } from '../load/load-file.js';
import { listFolder, listGit, type Listing } from './listing.js';
import type { RevisionInfo } from './types.js';
import { loadBuffer } from '../validate/load.js';

/** One side of a comparison: what it was read from, and the loaded lists. */
export interface Revision {
  info: RevisionInfo;
  project: Project;
}

/** Where revisions are looked up. */
export interface RevisionSource {
  /** The user's working folder: folder arguments are relative to it. */
  cwd: string;
  /** The folder given by -C (default: cwd): its git repository answers git revisions. */
  repoDir: string;
  lang: Lang;
}

/** Lists the files of revisions; the git repository is opened once, and only if a git revision is asked for. */
export class RevisionReader {
  private repo?: Promise<GitRepo | undefined>;

  constructor(private readonly src: RevisionSource) {
    if (!existsSync(src.repoDir) || !statSync(src.repoDir).isDirectory())
      throw new RespError('io', { zh: '文件夹不存在：{path}', en: 'no such folder: {path}' }, { path: displayPath(src.repoDir, src.cwd) });
  }

  /** The list repository's folder in the working tree: the folder of resp.yaml at or above -C. */
  get listRoot(): string {
    return findRoot(this.src.repoDir) ?? this.src.repoDir;
  }

  /** The files of a folder on disk, or else of a git revision; no argument means the working tree. */
  async list(arg: string | undefined): Promise<Listing> {
    if (arg === undefined) {
      const r = this.folder(this.listRoot, this.shown(this.listRoot));
      return { ...r, info: { ...r.info, worktree: true } };
    }
    const abs = resolve(this.src.cwd, arg);
    if (existsSync(abs) && statSync(abs).isDirectory()) return this.folder(abs, arg);
    return this.git(arg);
  }

  // A folder as the user sees it: `.` for the current one, else relative when inside it.
  private shown(abs: string): string {
    return resolve(abs) === resolve(this.src.cwd) ? '.' : displayPath(abs, this.src.cwd);
  }

  private folder(abs: string, name: string): Listing {
    const root = findRoot(abs) ?? abs;
    // Paths are shown relative to the list repository, so two folders (or a folder and a commit) line up.
    const listing = listFolder(root, { kind: 'folder', name });
    if (!listing.files.length) throw new RespError('usage', { zh: '文件夹中没有 YAML 文件：{path}', en: 'no YAML files in folder: {path}' }, { path: this.shown(root) });
    return listing;
  }

  private async git(rev: string): Promise<Listing> {
    const root = this.listRoot;
    const shown = this.shown(root);
    this.repo ??= openRepo(root);
    const repo = await this.repo;
    if (!repo) {
      throw new RespError('git', { zh: '找不到版本 {rev}：没有这个文件夹，{dir} 也不在 git 仓库中（用 -C 指定）', en: 'unknown revision {rev}: no such folder, and {dir} is not in a git repository (use -C)' }, { rev, dir: shown });
    }
    const commit = await resolveCommit(repo, rev);
    const limit = (config?: { rel: string; abs: string; bytes(): Buffer | undefined }) => {
      const bytes = config?.bytes();
      return bytes ? maxFileMbOf(loadBuffer(config!.rel, config!.abs, bytes, { lang: this.src.lang, maxFileMb: DEFAULT_MAX_FILE_MB })) : DEFAULT_MAX_FILE_MB;
    };
    return listGit(repo, commit, { kind: 'git', name: rev, commit }, limit);
  }
}
