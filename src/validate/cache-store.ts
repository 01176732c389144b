import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings/types.js';
import { writeAtomic } from '../io/write.js';
import type { FileKind } from '../model/types.js';
import type { FileSummary } from './file-summary.js';
import { sha1 } from './check-file.js';

/** A cached check of one file: its findings, and its summary by hash (summaries are stored apart). */
export interface CacheEntry {
  findings: Finding[];
  /** Hash of the summary (key in the summary store). */
  sum: string;
  /** Items in the file, for the run's summary line. */
  items: number;
  /** The file's kind, as loaded. */
  kind?: FileKind;
  /** Set when a rule read --as-of: the entry holds for that day only. */
  asOf?: string;
  /** Anything else a kind of entry keeps (a township file's named items, a registry file's data). */
  extra?: unknown;
}

/** A result computed from every file's summary, with the content hashes of the files its findings point into. */
export interface DerivedEntry {
  key: string;
  value: unknown;
  /** Display path → content hash of files whose lines the value holds. */
  located?: Record<string, string>;
}

interface StatEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  hash?: string;
  /** The kind written at the top of the file ('' for none). */
  kind?: string;
}

interface Index {
  format: number;
  stats: Record<string, StatEntry>;
  entries: Record<string, CacheEntry>;
  derived: Record<string, DerivedEntry>;
  /** Bytes of the summary store written with this index: a store of another size is not the one it refers to. */
  summariesBytes?: number;
  /** Names this writing of the index: the changes file holds changes to the index of this id only. */
  id?: string;
}

/** What runs since the index was written changed or added (applied over the index when read). */
interface Changes {
  format: number;
  /** The id of the index the changes apply to. */
  base: string;
  stats: Record<string, StatEntry>;
  entries: Record<string, CacheEntry>;
  derived: Record<string, DerivedEntry>;
}

const FORMAT = 4;
const INDEX = 'validate.json';
const CHANGES = 'validate-changes.json';
/**
 * Changes are written apart while they stay this small (characters of JSON); then the whole index is
 * written again, leaving out what no run used since.
 */
const MAX_CHANGES = 256 * 1024;
const SUMMARIES = 'summaries.json';
// A file changed within this many milliseconds of being hashed might change again within the same
// mtime tick; its stat is not trusted next time (the same race git's index guards against).
const RACY_MS = 2000;
/** The record of a file seen but not to be trusted next time (racy): no real stat matches it, so it is hashed. */
const UNTRUSTED: StatEntry = { size: -1, mtimeMs: -1, ino: -1 };

type StatLike = Pick<StatEntry, 'size' | 'mtimeMs' | 'ino'>;
const sameStat = (a: StatLike, b: StatLike) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
const racy = (st: StatLike) => Date.now() - st.mtimeMs <= RACY_MS;

/**
 * Results of `resp validate --cache`. Entries are keyed by each file's content hash (and what results
 * depend on); contents are hashed only when size, mtime or inode changed. Summaries, which are most of
 * the size, sit in a second file read only when a run needs them (when ids or names changed); a run
 * writes back what it used.
 */
export class ResultCache {
  private readonly stats: Record<string, StatEntry> = {};
  /** What this run changed in stats, entries and derived values (to write as changes). */
  private readonly dirty = { stats: new Set<string>(), entries: new Set<string>(), derived: new Set<string>() };
  private readonly entries: Record<string, CacheEntry> = {};
  private readonly derived: Record<string, DerivedEntry> = {};
  private summaries: Record<string, FileSummary> | undefined;
  private readonly added: Record<string, FileSummary> = {};
  hits = 0;
  misses = 0;

  private constructor(
    private readonly dir: string,
    private readonly old: Index,
    /** The changes read with the index (already applied to `old`). */
    private readonly changes: Changes | undefined,
  ) {}

  /**
   * Open the cache in a folder (created when saving); an unreadable or outdated cache is empty. The
   * changes written since the index are applied over it; changes that are damaged or belong to another
   * writing of the index are left out (every entry is keyed by content, so leaving changes out only
   * loses hits).
   */
  static open(dir: string): ResultCache {
    let old: Index = { format: FORMAT, stats: {}, entries: {}, derived: {} };
    try {
      const s = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as unknown;
      if (wellFormed(s) && summariesIntact(dir, s)) old = s;
    } catch {
      // no cache yet, or a damaged one: start afresh
    }
    let changes: Changes | undefined;
    if (old.id !== undefined) {
      try {
        const c = JSON.parse(readFileSync(join(dir, CHANGES), 'utf8')) as unknown;
        if (isRecord(c) && c.base === old.id && wellFormed(c)) changes = c as unknown as Changes;
      } catch {
        // none written since the index, or damaged: the index alone
      }
    }
    if (changes) {
      Object.assign(old.stats, changes.stats);
      Object.assign(old.entries, changes.entries);
      Object.assign(old.derived, changes.derived);
    }
    return new ResultCache(dir, old, changes);
  }

  /** The SHA-1 of a file's bytes: taken from the last run when its size, mtime and inode are the same. */
  hash(abs: string): string {
    const { st, known } = this.statOf(abs);
    if (known?.hash) return known.hash;
    const hash = sha1(readFileSync(abs));
    this.remember(abs, st, { hash });
    return hash;
  }

  /** True when the last run never saw the file: it is checked without hashing it first (its check hashes it). Counts as a miss. */
  unseen(abs: string): boolean {
    return this.old.stats[abs] === undefined;
  }

  /** Count a file checked without looking it up (unseen). */
  missed(): void {
    this.misses++;
  }

  /** Remember the hash of a file hashed elsewhere, with the stat taken before its bytes were read. */
  noteHash(abs: string, st: { size: number; mtimeMs: number; ino: number }, hash: string): void {
    this.dirty.stats.add(abs);
    if (racy(st)) return void (this.stats[abs] ??= { ...UNTRUSTED });
    const prev = this.stats[abs];
    // The kind read at the top of the file holds only if it was read from these same bytes.
    const kind = prev && sameStat(prev, st) ? prev.kind : undefined;
    this.stats[abs] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, hash, ...(kind !== undefined ? { kind } : {}) };
  }

  /** The kind a file declares at its top (`scan` reads it), remembered like its hash. */
  declaredKind(abs: string, scan: (abs: string) => string | undefined): string | undefined {
    const { st, known } = this.statOf(abs);
    if (known?.kind !== undefined) return known.kind || undefined;
    const kind = scan(abs);
    this.remember(abs, st, { kind: kind ?? '' });
    return kind;
  }

  private readonly statted = new Map<string, { st: StatLike; known?: StatEntry }>();

  /** The file's stat, and what the last run knew of it when its size, mtime and inode are the same. */
  private statOf(abs: string): { st: StatLike; known?: StatEntry } {
    let s = this.statted.get(abs);
    if (!s) {
      const st = statSync(abs);
      const old = this.old.stats[abs];
      const known = old && sameStat(old, st) ? { ...old } : undefined;
      // Only the three numbers are kept (a Stats object for each file of a province is garbage to collect).
      s = known ? { st: known, known } : { st: { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino } };
      if (known) this.stats[abs] = known;
      this.statted.set(abs, s);
    }
    return s;
  }

  private remember(abs: string, st: StatLike, what: Partial<StatEntry>): void {
    this.dirty.stats.add(abs);
    if (racy(st)) return void (this.stats[abs] ??= { ...UNTRUSTED });
    const e = (this.stats[abs] ??= { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino });
    Object.assign(e, what);
    this.statted.get(abs)!.known = e;
  }

  /** The entry under a key, if it holds for the day `asOf`. */
  get(key: string, asOf: string): CacheEntry | undefined {
    const e = this.entries[key] ?? this.old.entries[key];
    if (!e || (e.asOf !== undefined && e.asOf !== asOf)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries[key] = e;
    return e;
  }

  /** Store an entry with its summary; returns the summary's hash. */
  put(key: string, entry: Omit<CacheEntry, 'sum'>, summary: FileSummary): string {
    const sum = summaryHash(summary);
    this.added[sum] = summary;
    this.entries[key] = { ...entry, sum };
    this.dirty.entries.add(key);
    return sum;
  }

  /** A stored summary by hash (the summary store is read on first use). */
  summary(sum: string): FileSummary | undefined {
    if (this.added[sum]) return this.added[sum];
    this.summaries ??= this.readSummaries();
    return this.summaries[sum];
  }

  /** A value derived from all files, if stored under this key and the files it points into are unchanged. */
  derivedValue(name: string, key: string, hashOf: (display: string) => string | undefined): unknown {
    const d = this.old.derived[name];
    if (!d || d.key !== key || Object.entries(d.located ?? {}).some(([file, h]) => hashOf(file) !== h)) return undefined;
    this.derived[name] = d;
    return d.value;
  }

  /** Store a derived value. */
  putDerived(name: string, d: DerivedEntry): void {
    this.derived[name] = d;
    this.dirty.derived.add(name);
  }

  /**
   * Write what this run used, atomically (temporary files renamed over the old ones): as changes to the
   * index while they are small and the summary store stays as it is (an edit of a few files), else the
   * whole index.
   */
  save(): void {
    // The summary store is rewritten only when it gained summaries (an edit that kept ids and names does not).
    const known = new Set(Object.values(this.old.entries).map((e) => e.sum));
    const gained = Object.keys(this.added).some((s) => !known.has(s));
    if (!gained && this.old.id !== undefined && this.saveChanges(this.old.id)) return;
    const used = new Set(Object.values(this.entries).map((e) => e.sum));
    if (gained) {
      const out: Record<string, FileSummary> = {};
      for (const s of used) {
        const v = this.summary(s);
        if (v) out[s] = v;
      }
      write(this.dir, SUMMARIES, out);
    }
    let summariesBytes: number | undefined;
    try {
      summariesBytes = statSync(join(this.dir, SUMMARIES)).size;
    } catch {
      summariesBytes = undefined;
    }
    const id = `${Date.now().toString(36)}-${process.pid.toString(36)}-${Math.random().toString(36).slice(2)}`;
    write(this.dir, INDEX, { format: FORMAT, id, stats: this.stats, entries: this.entries, derived: this.derived, ...(summariesBytes !== undefined ? { summariesBytes } : {}) } satisfies Index);
    // Changes to the index just replaced name another id and would be left out; removed so that no run reads them.
    rmSync(join(this.dir, CHANGES), { force: true });
  }

  /** Write this run's changes (with the earlier ones) beside the index; false when they are too large. */
  private saveChanges(base: string): boolean {
    const { dirty } = this;
    if (!dirty.stats.size && !dirty.entries.size && !dirty.derived.size) return true;
    const prev = this.changes;
    const pick = <T>(all: Record<string, T>, keys: Set<string>, earlier: Record<string, T> | undefined) => {
      const out: Record<string, T> = { ...earlier };
      for (const k of keys) if (all[k] !== undefined) out[k] = all[k];
      return out;
    };
    const changes: Changes = {
      format: FORMAT,
      base,
      stats: pick(this.stats, dirty.stats, prev?.stats),
      entries: pick(this.entries, dirty.entries, prev?.entries),
      derived: pick(this.derived, dirty.derived, prev?.derived),
    };
    const text = JSON.stringify(changes);
    if (text.length > MAX_CHANGES) return false;
    writeAtomic(join(this.dir, CHANGES), text);
    return true;
  }

  private readSummaries(): Record<string, FileSummary> {
    try {
      const s = JSON.parse(readFileSync(join(this.dir, SUMMARIES), 'utf8')) as unknown;
      return isRecord(s) ? (s as Record<string, FileSummary>) : {};
    } catch {
      return {};
    }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * True for an index of this format whose parts have the shapes this code reads: a cache damaged by
 * hand, by a full disk or by another version is a miss, never an internal error or other findings.
 */
function wellFormed(s: unknown): s is Index {
  if (!isRecord(s) || s.format !== FORMAT || !isRecord(s.stats) || !isRecord(s.entries) || !isRecord(s.derived)) return false;
  for (const e of Object.values(s.entries)) {
    if (!isRecord(e) || !Array.isArray(e.findings) || typeof e.sum !== 'string' || typeof e.items !== 'number') return false;
  }
  for (const st of Object.values(s.stats)) {
    if (!isRecord(st) || typeof st.size !== 'number' || typeof st.mtimeMs !== 'number' || typeof st.ino !== 'number') return false;
  }
  for (const d of Object.values(s.derived)) if (!isRecord(d) || typeof d.key !== 'string') return false;
  return true;
}

/** True when the summary store is the one the index was written with (same size), or none was written. */
function summariesIntact(dir: string, s: Index): boolean {
  if (s.summariesBytes === undefined) return Object.keys(s.entries).length === 0;
  try {
    return statSync(join(dir, SUMMARIES)).size === s.summariesBytes;
  } catch {
    return false;
  }
}

function write(dir: string, name: string, value: unknown): void {
  writeAtomic(join(dir, name), JSON.stringify(value));
}

/** The hash a summary is stored under. */
export const summaryHash = (s: FileSummary) => sha1(JSON.stringify(s));

/** A cache key from its parts. */
export const cacheKey = (...parts: string[]) => sha1(parts.join('\0'));
