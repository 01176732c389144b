import type { Lang } from '../i18n.js';
import { CONFIG_NAME } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, type LoadedFile } from '../load/load-file.js';
import { assemble, type Project } from '../load/project.js';
import type { ConfigFile } from '../model/types.js';
import { catFileBatch } from '../git/cat-file.js';
import { listTree, type GitRepo, type TreeEntry } from '../git/repo.js';
import type { ParseCache } from './parse-cache.js';
import { tooLarge } from './too-large.js';

// The folders `listYaml` skips on disk, so a revision reads the same files a working tree would.
const SKIP_DIRS = new Set(['node_modules', 'dist', 'bench-out']);

/** True for a YAML file of the list repository (not in a hidden or build folder). */
function wanted(rel: string): boolean {
  if (!/\.ya?ml$/i.test(rel)) return false;
  const parts = rel.split('/');
  return parts.every((p, i) => !p.startsWith('.') && (i === parts.length - 1 || !SKIP_DIRS.has(p)));
}

type Entry = TreeEntry & { rel: string };

/**
 * Load the list repository as it was in `commit`, without a checkout: one tree listing and one
 * `cat-file --batch` process for the files not already in the cache. Paths are shown relative to
 * the list repository.
 */
export async function loadGitRevision(repo: GitRepo, commit: string, lang: Lang, cache: ParseCache): Promise<Project> {
  const entries: Entry[] = (await listTree(repo, commit))
    .map((e) => ({ ...e, rel: e.path.slice(repo.prefix.length) }))
    .filter((e) => wanted(e.rel))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const virtual = (rel: string) => `${commit.slice(0, 12)}:${repo.prefix}${rel}`;

  const load = async (list: Entry[], limitMb: number): Promise<LoadedFile[]> => {
    const missing = list.filter((e) => !cache.has(e.rel, e.blob, limitMb));
    const objects = await catFileBatch(repo.top, missing.map((e) => e.blob), limitMb * 1048576);
    const got = new Map(missing.map((e, i) => [e.blob, objects[i]]));
    return list.map((e) => {
      const obj = got.get(e.blob);
      if (obj && !obj.data) return tooLarge(e.rel, virtual(e.rel), obj.size, limitMb, lang);
      return cache.get(e.rel, virtual(e.rel), e.blob, limitMb, () => obj!.data!);
    });
  };

  // The config first: its limits apply to the other files.
  const cfgEntry = entries.find((e) => e.rel === CONFIG_NAME);
  let configFile: LoadedFile<ConfigFile> | undefined;
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  if (cfgEntry) {
    [configFile] = (await load([cfgEntry], DEFAULT_MAX_FILE_MB)) as LoadedFile<ConfigFile>[];
    const lim = configFile.data?.limits?.max_file_mb;
    if (configFile.schemaOk && typeof lim === 'number') maxFileMb = lim;
  }
  const rest = await load(entries.filter((e) => e !== cfgEntry), maxFileMb);
  const files = configFile ? [configFile, ...rest] : rest;
  files.sort((a, b) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
  return assemble(`${repo.top}/${repo.prefix}`.replace(/\/$/, ''), files, configFile);
}
