/**
 * The `yaml` library, loaded the first time something needs it. Plain files take the fast path
 * (fast-parse.ts) and never need it, and its eighty modules were a fifth of a cached run's time.
 * Its CommonJS build is required synchronously, so callers stay synchronous.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;

/** The `yaml` module. */
export const yaml = (): typeof Yaml => (lib ??= require('yaml') as typeof Yaml);
