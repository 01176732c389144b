import { type LoadedFile } from '../load/load-file.js';
import type { FoundFile } from '../load/discover.js';
import { SourceFile } from '../load/source-file.js';
import type { AnyFile, FileKind } from '../model/types.js';
import type { Lang } from '../i18n.js';
import { cacheKey, type ResultCache } from './cache-store.js';
import { readText } from './read-text.js';
import { loadFile } from './load.js';

/** What is kept of a loaded configuration or registry file: enough to rebuild it without parsing. */
interface Kept {
  kind?: FileKind;
  data?: AnyFile;
  schemaOk?: boolean;
  bad?: number[];
  findings: LoadedFile['findings'];
}

/**
 * A loader for the configuration and registry files that takes them from the cache when their content
 * is unchanged: a warm run then neither parses them nor compiles their schemas.
 */
export function cachedLoader(cache: ResultCache, lang: Lang, stamp: string, hashOf: (f: FoundFile) => string, asOf: string) {
  return (f: FoundFile, maxFileMb: number): LoadedFile => {
    const key = cacheKey('context', f.display, hashOf(f), lang, String(maxFileMb), stamp);
    const hit = cache.get(key, asOf)?.extra as Kept | undefined;
    if (hit) {
      return {
        source: new SourceFile(f.display, f.abs, () => readText(f.abs)),
        kind: hit.kind,
        data: hit.data,
        schemaOk: hit.schemaOk,
        badEntries: hit.bad ? new Set(hit.bad) : undefined,
        findings: hit.findings,
      };
    }
    const file = loadFile(f.display, f.abs, { lang, maxFileMb });
    const kept: Kept = { kind: file.kind, data: file.data, schemaOk: file.schemaOk, bad: file.badEntries && [...file.badEntries], findings: file.findings };
    // The data is stored as loaded (after type coercion by the schema check), before any rule sees it.
    cache.put(key, { findings: [], items: 0, extra: JSON.parse(JSON.stringify(kept)) }, { items: 0 });
    return file;
  };
}
