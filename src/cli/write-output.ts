import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * Write a file atomically: to a temporary name in the same folder, then rename. An interrupted
 * run leaves the old file intact and no partial file behind.
 */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Where command output goes: stdout, or a file given by --output. */
export function emit(text: string, output?: string): void {
  if (output) writeAtomic(output, text);
  else process.stdout.write(text);
}
