import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Let `write` fill a temporary file beside `file`, then rename it into place. When `write` throws,
 * the temporary file is removed and an existing `file` is left as it was.
 */
export async function withTempFile(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
