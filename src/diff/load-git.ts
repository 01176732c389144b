import { fmt, type Lang } from '../i18n.js';
import { CONFIG_NAME } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, loadBuffer, type LoadedFile } from '../load/load-file.js';
import { LOAD_MESSAGES as M } from '../load/messages.js';
import { assemble, type Project } from '../load/project.js';
import { SourceFile } from '../load/source-file.js';
import type { ConfigFile } from '../model/types.js';
import { catFileBatch } from './cat-file.js';
import { listTree, type GitRepo } from './repo.js';

// The folders `listYaml` skips on disk, so a revision reads the same files a working tree would.
const SKIP_DIRS = new Set(['node_modules', 'dist', 'bench-out']);

/** True for a YAML file of the list repository (not in a hidden or build folder). */
function wanted(rel: string): boolean {
  if (!/\.ya?ml$/i.test(rel)) return false;
  const parts = rel.split('/');
  return parts.every((p, i) => !p.startsWith('.') && (i === parts.length - 1 || !SKIP_DIRS.has(p)));
}

/**
 * Load the list repository as it was in `commit`, without a checkout: one tree listing and one
 * `cat-file --batch` process. File paths are shown relative to the list repository.
 */
export async function loadRevision(repo: GitRepo, commit: string, lang: Lang): Promise<Project> {
  const entries = (await listTree(repo, commit))
    .map((e) => ({ ...e, rel: e.path.slice(repo.prefix.length) }))
    .filter((e) => wanted(e.rel))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const virtual = (rel: string) => `${commit.slice(0, 12)}:${repo.prefix}${rel}`;

  // The config first: its limits apply to the other files.
  const cfgEntry = entries.find((e) => e.rel === CONFIG_NAME);
  let configFile: LoadedFile<ConfigFile> | undefined;
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  if (cfgEntry) {
    const [obj] = await catFileBatch(repo.top, [cfgEntry.blob], DEFAULT_MAX_FILE_MB * 1048576);
    configFile = toLoaded(cfgEntry.rel, virtual(cfgEntry.rel), obj.size, obj.data, DEFAULT_MAX_FILE_MB, lang) as LoadedFile<ConfigFile>;
    const lim = configFile.data?.limits?.max_file_mb;
    if (configFile.schemaOk && typeof lim === 'number') maxFileMb = lim;
  }
  const rest = entries.filter((e) => e !== cfgEntry);
  const objects = await catFileBatch(repo.top, rest.map((e) => e.blob), maxFileMb * 1048576);
  const files: LoadedFile[] = [];
  if (configFile) files.push(configFile);
  rest.forEach((e, i) => files.push(toLoaded(e.rel, virtual(e.rel), objects[i].size, objects[i].data, maxFileMb, lang)));
  files.sort((a, b) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
  return assemble(`${repo.top}/${repo.prefix}`.replace(/\/$/, ''), files, configFile);
}

function toLoaded(display: string, abs: string, size: number, data: Buffer | undefined, limitMb: number, lang: Lang): LoadedFile {
  if (data) return loadBuffer(display, abs, data, { lang, maxFileMb: limitMb });
  // Same finding as an over-large file on disk; its bytes were never kept.
  return {
    source: new SourceFile(display, abs, ''),
    findings: [{
      rule: 'file-too-large', severity: 'error', file: display, line: 1, column: 1,
      message: fmt(M.tooLarge, lang, { size: (size / 1048576).toFixed(1), limit: limitMb }),
      hint: fmt(M.tooLargeHint, lang),
    }],
  };
}
