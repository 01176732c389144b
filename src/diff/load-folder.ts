import { readFileSync, statSync } from 'node:fs';
import { RespError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { CONFIG_NAME, displayPath, listYaml } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, type LoadedFile } from '../load/load-file.js';
import { assemble, type Project } from '../load/project.js';
import type { ConfigFile } from '../model/types.js';
import { blobName, type ParseCache } from './parse-cache.js';
import { tooLarge } from './too-large.js';

/**
 * Load the list repository in a folder, as `loadProject` does, but through the comparison's cache
 * so files equal to the other revision's are parsed once. Paths are shown relative to `root`.
 */
export function loadFolder(root: string, shown: string, lang: Lang, cache: ParseCache): Project {
  const paths = listYaml(root);
  if (!paths.length) throw new RespError('usage', { zh: '文件夹中没有 YAML 文件：{path}', en: 'no YAML files in folder: {path}' }, { path: shown });
  const load = (abs: string, limitMb: number): LoadedFile => {
    const rel = displayPath(abs, root);
    const size = statSync(abs).size;
    if (size > limitMb * 1048576) return tooLarge(rel, abs, size, limitMb, lang);
    const bytes = readFileSync(abs);
    return cache.get(rel, abs, blobName(bytes), limitMb, () => bytes);
  };
  const cfgPath = paths.find((p) => displayPath(p, root) === CONFIG_NAME);
  let configFile: LoadedFile<ConfigFile> | undefined;
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  if (cfgPath) {
    configFile = load(cfgPath, DEFAULT_MAX_FILE_MB) as LoadedFile<ConfigFile>;
    const lim = configFile.data?.limits?.max_file_mb;
    if (configFile.schemaOk && typeof lim === 'number') maxFileMb = lim;
  }
  const files = paths.map((p) => (p === cfgPath ? configFile! : load(p, maxFileMb)));
  return assemble(root, files, configFile);
}
