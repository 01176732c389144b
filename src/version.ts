import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

let pkg: { version: string; homepage?: string } | undefined;
const manifest = () => (pkg ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string; homepage?: string });

/** The package version from package.json. */
export function version(): string {
  return manifest().version;
}

/** Where to read about resp: the `homepage` of package.json, when it names one. */
export function homepage(): string | undefined {
  const h = manifest().homepage;
  return typeof h === 'string' && /^https?:\/\//.test(h) ? h : undefined;
}
