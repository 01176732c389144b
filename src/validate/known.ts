import type { Finding } from '../findings/types.js';
import type { FileKind } from '../model/types.js';
import type { CacheEntry, ResultCache } from './cache-store.js';
import type { CountyItems } from './check-file.js';
import type { FileSummary } from './file-summary.js';

/** What a run knows of a file: checked now, or taken from the cache (then its summary is read only if needed). */
export interface Known {
  findings: Finding[];
  items: number;
  kind?: FileKind;
  summary?: FileSummary;
  /** Hash of the summary in the cache. */
  sum?: string;
  named?: CountyItems;
}

/** What a cache entry tells of its file. */
export function fromEntry(e: CacheEntry): Known {
  return { findings: e.findings, items: e.items, kind: e.kind, sum: e.sum };
}

/** A file's summary: kept from its check, or read from the cache. */
export function summaryOf(k: Known, cache: ResultCache | undefined): FileSummary | undefined {
  return k.summary ?? (k.sum && cache ? cache.summary(k.sum) : undefined);
}
