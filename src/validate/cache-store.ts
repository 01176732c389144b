import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings/types.js';
import type { FileSummary } from './file-summary.js';
import { sha1 } from './check-file.js';

/** A cached check of one file. */
export interface CacheEntry {
  findings: Finding[];
  summary: FileSummary;
  /** Set when a rule read --as-of: the entry holds for that day only. */
  asOf?: string;
}

interface StatEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}

interface Store {
  format: number;
  /** Content hash by absolute path, with the file's size, mtime and inode when it was hashed. */
  stats: Record<string, StatEntry>;
  entries: Record<string, CacheEntry>;
}

const FORMAT = 1;
const FILE = 'validate.json';
// A file changed within this many milliseconds of being hashed might change again within the same
// mtime tick; its stat is not trusted next time (the same race git's index guards against).
const RACY_MS = 2000;

/**
 * Results of `resp validate --cache`, by a key that includes each file's content hash. File contents
 * are hashed only when size, mtime or inode changed. Only what a run used is written back.
 */
export class ResultCache {
  private readonly stats: Record<string, StatEntry> = {};
  private readonly entries: Record<string, CacheEntry> = {};
  hits = 0;
  misses = 0;

  private constructor(
    private readonly dir: string,
    private readonly old: Store,
  ) {}

  /** Open the cache in a folder (created when saving); an unreadable or outdated cache is empty. */
  static open(dir: string): ResultCache {
    let old: Store = { format: FORMAT, stats: {}, entries: {} };
    try {
      const s = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as Store;
      if (s.format === FORMAT) old = s;
    } catch {
      // no cache yet, or a damaged one: start afresh
    }
    return new ResultCache(dir, old);
  }

  /** The SHA-1 of a file's bytes: taken from the last run when its size, mtime and inode are the same. */
  hash(abs: string): string {
    const st = statSync(abs);
    const known = this.old.stats[abs];
    if (known && known.size === st.size && known.mtimeMs === st.mtimeMs && known.ino === st.ino) {
      this.stats[abs] = known;
      return known.hash;
    }
    const hash = sha1(readFileSync(abs));
    if (Date.now() - st.mtimeMs > RACY_MS) this.stats[abs] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, hash };
    return hash;
  }

  /** The entry under a key, if it holds for the day `asOf`. */
  get(key: string, asOf: string): CacheEntry | undefined {
    const e = this.old.entries[key] ?? this.entries[key];
    if (!e || (e.asOf !== undefined && e.asOf !== asOf)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries[key] = e;
    return e;
  }

  /** Store an entry. */
  put(key: string, entry: CacheEntry): void {
    this.entries[key] = entry;
  }

  /** Write what this run used, atomically (a temporary file renamed over the old one). */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `${FILE}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify({ format: FORMAT, stats: this.stats, entries: this.entries } satisfies Store));
    renameSync(tmp, join(this.dir, FILE));
  }
}

/** A cache key from its parts. */
export const cacheKey = (...parts: string[]) => sha1(parts.join('\0'));
