import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The installed package's root folder (holds `schemas/`), whether running from `src/` or `dist/src/`. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'schemas', 'common.schema.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('resp: schemas/ folder not found beside the package');
    dir = up;
  }
  return (root = dir);
}

/** Absolute path of a schema file shipped with the package. */
export function schemaPath(name: string): string {
  return join(packageRoot(), 'schemas', name);
}
