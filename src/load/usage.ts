import type { UsageFile } from '../model/types.js';
import type { LoadedFile } from './load-file.js';

/**
 * The usage files' data as far as it passed the schema: a file whose year (or shape) is wrong gives
 * nothing, a wrong line is left out.
 */
export function usableUsage(files: readonly LoadedFile<UsageFile>[]): UsageFile[] {
  return files.filter((f) => f.schemaOk && f.data).map((f) => ({ ...f.data!, usage: f.data!.usage.filter((_, i) => !f.badEntries?.has(i)) }));
}
