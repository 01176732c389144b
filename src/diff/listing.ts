import { readFileSync, statSync } from 'node:fs';
import { catFileBatch } from '../git/cat-file.js';
import { listTree, type GitRepo } from '../git/repo.js';
import { CONFIG_NAME, displayPath, listYaml } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB } from '../load/load-file.js';
import type { RevisionInfo } from './types.js';

/** One YAML file of a revision, not read yet. */
export interface RevFile {
  /** Path relative to the list repository, with forward slashes. */
  rel: string;
  /** Absolute path on disk, or `commit:path` for a file of a git revision. */
  abs: string;
  size: number;
  /** True when `abs` can be read from disk (a worker thread may read it itself). */
  onDisk: boolean;
  /** Git's object name, when the revision is a commit: equal names mean equal bytes. */
  blob?: string;
  /** The bytes (read from disk, or fetched from git beforehand); undefined when over the size limit. */
  bytes(): Buffer | undefined;
}

/** The files of one revision, in path order. */
export interface Listing {
  info: RevisionInfo;
  /** The list repository's folder (for git revisions, inside the repository's working tree). */
  root: string;
  files: RevFile[];
}

/** The YAML files of a folder (the list repository's root). */
export function listFolder(root: string, info: RevisionInfo): Listing {
  const files = listYaml(root).map((abs): RevFile => ({
    rel: displayPath(abs, root),
    abs,
    size: statSync(abs).size,
    onDisk: true,
    bytes: () => readFileSync(abs),
  }));
  return { info, root, files };
}

// The folders `listYaml` skips on disk, so a revision reads the same files a working tree would.
const SKIP_DIRS = new Set(['node_modules', 'dist', 'bench-out']);

/** True for a YAML file of the list repository (not in a hidden or build folder). */
function wanted(rel: string): boolean {
  if (!/\.ya?ml$/i.test(rel)) return false;
  const parts = rel.split('/');
  return parts.every((p, i) => !p.startsWith('.') && (i === parts.length - 1 || !SKIP_DIRS.has(p)));
}

/**
 * The YAML files of the list repository as they were in `commit`, without a checkout: one tree listing
 * and `cat-file --batch` for the bytes. The configuration is fetched first: `limit` tells from its bytes
 * how large a file may be; larger files are not kept.
 */
export async function listGit(repo: GitRepo, commit: string, info: RevisionInfo, limit: (config: RevFile | undefined) => number): Promise<Listing> {
  const entries = (await listTree(repo, commit))
    .map((e) => ({ ...e, rel: e.path.slice(repo.prefix.length) }))
    .filter((e) => wanted(e.rel))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const fetch = async (list: typeof entries, maxBytes: number) => {
    const objects = await catFileBatch(repo.top, list.map((e) => e.blob), maxBytes);
    return list.map((e, i): RevFile => {
      const obj = objects[i];
      return { rel: e.rel, abs: `${commit.slice(0, 12)}:${repo.prefix}${e.rel}`, size: obj.size, onDisk: false, blob: e.blob, bytes: () => obj.data };
    });
  };
  const cfg = entries.find((e) => e.rel === CONFIG_NAME);
  const [config] = cfg ? await fetch([cfg], DEFAULT_MAX_FILE_MB * 1048576) : [];
  const rest = await fetch(entries.filter((e) => e !== cfg), limit(config) * 1048576);
  const files = config ? [...rest, config].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)) : rest;
  return { info, root: `${repo.top}/${repo.prefix}`.replace(/\/$/, ''), files };
}
