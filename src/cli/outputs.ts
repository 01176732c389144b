/**
 * The checks every command makes before writing output (--out, -o): never onto the repository's
 * sources (src/load/outputs.ts), and a folder written into is marked as resp's output.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeAtomic } from '../io/write.js';
import { OUTPUT_MARKER } from '../load/discover.js';
import { checkOutputFolder, MARKER_TEXT } from '../load/outputs.js';

export { checkOutputFile, checkOutputFolder } from '../load/outputs.js';

/** Check an output folder (see checkOutputFolder), then mark it as resp's output so discovery skips it. */
export function prepareOutputFolder(dir: string, cwd: string, roots: string[]): string {
  checkOutputFolder(dir, cwd, roots);
  const abs = resolve(cwd, dir);
  const marker = join(abs, OUTPUT_MARKER);
  if (!existsSync(marker)) writeAtomic(marker, MARKER_TEXT);
  return abs;
}
