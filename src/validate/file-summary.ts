import type { LoadedFile } from '../load/load-file.js';
import type { AnyFile, FileKind, Item, TownshipFile } from '../model/types.js';
import { detach } from '../util/detach.js';
import { PROJECT_NEEDS } from './project-index.js';

/**
 * What the project-wide rules need of a file, small enough to keep for every file of a province and to
 * cache: its kind, its entries' ids, names and lists, and which county items a township file names.
 */
export interface FileSummary {
  kind?: FileKind;
  schemaOk?: boolean;
  /** Indexes of entries with schema problems. */
  bad?: number[];
  domain?: string;
  /** The file's default list (domain files). */
  list?: string;
  township?: string;
  /** Per entry of `items`: id, name and own list ('' for entries with schema problems). */
  ids?: string[];
  names?: string[];
  lists?: (string | null)[];
  /** Number of items, for the run's summary line. */
  items: number;
  /** County items a township file excludes or adjusts. */
  refs?: string[];
  /** Per entry of `items`, each field the project-scope rules need (PROJECT_NEEDS; null where absent). */
  fields?: Record<string, unknown[]>;
}

/** The summary of a loaded file. */
export function summarize(f: LoadedFile): FileSummary {
  const s: FileSummary = { kind: f.kind, schemaOk: f.schemaOk, items: 0 };
  if (f.badEntries?.size) s.bad = [...f.badEntries];
  const d = f.data as (AnyFile & { items?: Item[]; domain?: string; list?: string }) | undefined;
  if (!d) return s;
  s.items = Array.isArray(d.items) ? d.items.length : 0;
  if (f.kind !== 'domain' && f.kind !== 'township') return s;
  if (f.kind === 'domain') {
    s.domain = detach(String(d.domain));
    if (d.list) s.list = d.list;
  } else {
    const t = d as TownshipFile;
    s.township = detach(String(t.township));
    if (f.schemaOk) s.refs = [...new Set([...(t.exclude ?? []), ...(t.adjust ?? [])].map((e) => detach(e.item)))];
  }
  if (!f.schemaOk || !Array.isArray(d.items)) return s;
  const ok = (i: number) => !f.badEntries?.has(i);
  // Copies: summaries outlive the file's text, which its strings would otherwise keep in memory.
  s.ids = d.items.map((it, i) => (ok(i) ? detach(it.id) : ''));
  s.names = d.items.map((it, i) => (ok(i) ? detach(it.name) : ''));
  s.lists = d.items.map((it, i) => (ok(i) && it.list ? detach(it.list) : null));
  if (PROJECT_NEEDS.length) {
    const items = d.items;
    s.fields = Object.fromEntries(PROJECT_NEEDS.map((k) => [k, items.map((it, i) => (ok(i) && it[k] !== undefined ? structuredClone(it[k]) : null))]));
  }
  return s;
}
