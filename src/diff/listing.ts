import { readFileSync, statSync } from 'node:fs';
import { catFileBatch } from '../git/cat-file.js';
import { kindLines, listTree, type GitRepo } from '../git/repo.js';
import { CONFIG_NAME, displayPath, isYamlName, listYaml, OUTPUT_MARKER, skipped } from '../load/discover.js';
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
  /** The file's first top-level `kind:` line, when known without reading the file (git revisions; '' for none). */
  kindLine?: string;
  /** The bytes: read from disk, or fetched from git beforehand (see Listing.fetch); undefined when over the size limit. */
  bytes(): Buffer | undefined;
}

/** The files of one revision, in path order. */
export interface Listing {
  info: RevisionInfo;
  /** The list repository's folder (for git revisions, inside the repository's working tree). */
  root: string;
  files: RevFile[];
  /** Files of a git revision are read in batches: fetch before asking their bytes, release after. */
  fetch?(files: RevFile[]): Promise<void>;
  release?(files: RevFile[]): void;
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

/** True for a file `listYaml` would find on disk, so a revision reads the same files a working tree would. */
function wanted(rel: string): boolean {
  const parts = rel.split('/');
  return isYamlName(rel) && parts.every((p, i) => !skipped(p, i < parts.length - 1));
}

/**
 * The YAML files of the list repository as they were in `commit`, without a checkout: one tree listing,
 * then `cat-file --batch` for the bytes of the files asked for (a province's revision is not held at
 * once). The configuration is fetched first: `limit` tells from it how large a file may be (MB).
 */
export async function listGit(repo: GitRepo, commit: string, info: RevisionInfo, limit: (config: RevFile | undefined) => number): Promise<Listing> {
  const data = new Map<RevFile, Buffer | undefined>();
  let maxBytes = DEFAULT_MAX_FILE_MB * 1048576;
  const kinds = await kindLines(repo, commit);
  const tree = (await listTree(repo, commit)).map((e) => ({ ...e, rel: e.path.slice(repo.prefix.length) }));
  // Folders resp marked as its output are skipped, as listYaml skips them on disk.
  const marked = tree.filter((e) => e.rel.endsWith(`/${OUTPUT_MARKER}`)).map((e) => e.rel.slice(0, -OUTPUT_MARKER.length));
  const files = tree
    .filter((e) => wanted(e.rel) && !marked.some((m) => e.rel.startsWith(m)))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
    .map((e): RevFile => {
      const f: RevFile = {
        rel: e.rel, abs: `${commit.slice(0, 12)}:${repo.prefix}${e.rel}`, size: e.size, onDisk: false, blob: e.blob, kindLine: kinds.get(e.path) ?? '',
        bytes: () => {
          if (!data.has(f)) throw new Error(`internal: ${e.rel} of ${commit} read before it was fetched`);
          return data.get(f);
        },
      };
      return f;
    });
  const listing: Listing = {
    info,
    root: `${repo.top}/${repo.prefix}`.replace(/\/$/, ''),
    files,
    async fetch(list) {
      const need = list.filter((f) => !data.has(f));
      const objects = await catFileBatch(repo.top, need.map((f) => f.blob!), maxBytes);
      need.forEach((f, i) => data.set(f, objects[i].data));
    },
    release(list) {
      for (const f of list) data.delete(f);
    },
  };
  const config = files.find((f) => f.rel === CONFIG_NAME);
  if (config) await listing.fetch!([config]);
  maxBytes = limit(config) * 1048576;
  return listing;
}
