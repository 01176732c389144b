import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoundFile } from '../load/discover.js';
import { packageRoot } from '../paths.js';
import { RULES } from '../rules/index.js';
import { version } from '../version.js';
import { cacheKey } from './cache-store.js';
import { sha1 } from './check-file.js';

let stamp: string | undefined;

/** Where `npm run build` writes the build's identity (see postbuild.ts). */
export const BUILD_ID = () => join(packageRoot(), 'dist', 'src', 'build-id.json');

/** resp's own code, data and schemas, walked in a stable order (the build identity itself left out). */
function ownFiles(): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p !== BUILD_ID()) files.push(p);
    }
  };
  walk(dirname(dirname(fileURLToPath(import.meta.url))));
  walk(join(packageRoot(), 'schemas'));
  return files;
}

/** A hash of the contents of resp's code and schemas (written at build time into build-id.json). */
export function contentStamp(): string {
  const h = createHash('sha1').update(version()).update('\0').update(RULES.map((r) => r.id).join(','));
  for (const p of ownFiles()) h.update('\0').update(p.slice(packageRoot().length)).update('\0').update(readFileSync(p));
  return h.digest('hex');
}

/**
 * What identifies this build of resp, so that a cache written by another build (even of the same version,
 * while it is being developed) is not used: the identity `npm run build` recorded from the contents,
 * else (running from sources) the names, sizes and modification times of its files.
 */
export function buildStamp(): string {
  if (stamp) return stamp;
  try {
    const id = JSON.parse(readFileSync(BUILD_ID(), 'utf8')) as { stamp?: unknown };
    // Only compiled code is what the build identity describes (tests run the TypeScript sources).
    if (typeof id.stamp === 'string' && import.meta.url.endsWith('.js')) return (stamp = `build:${id.stamp}`);
  } catch {
    // not built: fall through
  }
  const parts: string[] = [version(), RULES.map((r) => r.id).join(',')];
  for (const p of ownFiles()) {
    const st = statSync(p);
    parts.push(`${p}\0${st.size}\0${st.mtimeMs}`);
  }
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
