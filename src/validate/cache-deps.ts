import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoundFile } from '../load/discover.js';
import { packageRoot } from '../paths.js';
import { RULES } from '../rules/index.js';
import { version } from '../version.js';
import { cacheKey } from './cache-store.js';
import { sha1 } from './check-file.js';

let stamp: string | undefined;

/**
 * Names, sizes and mtimes of resp's own code, data and schemas: a cache written by another build of
 * resp (even of the same version, while it is being developed) is not used.
 */
export function buildStamp(): string {
  if (stamp) return stamp;
  const parts: string[] = [version(), RULES.map((r) => r.id).join(',')];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        parts.push(`${p}\0${st.size}\0${st.mtimeMs}`);
      }
    }
  };
  walk(dirname(dirname(fileURLToPath(import.meta.url))));
  walk(join(packageRoot(), 'schemas'));
  return (stamp = sha1(parts.sort().join('\n')));
}

/**
 * The key part every file's result depends on: resp itself, the language, and the configuration and
 * registry files (by path and content). The day (--as-of) is not part of it: an entry records it only
 * when a rule read it.
 */
export function dependencies(lang: string, contextFiles: FoundFile[], hashOf: (f: FoundFile) => string): string {
  return cacheKey('resp', buildStamp(), lang, ...contextFiles.map((f) => `${f.display}\0${hashOf(f)}`));
}
