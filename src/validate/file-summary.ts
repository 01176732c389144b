import type { LoadedFile } from '../load/load-file.js';
import { SourceFile } from '../load/source-file.js';
import type { AnyFile, FileKind, Item, TownshipFile } from '../model/types.js';
import { detach } from '../util/detach.js';
import { readText } from './read-text.js';

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
  return s;
}

/**
 * A file rebuilt from its summary, for the project-wide rules: entries hold only id, name and list.
 * Its text is read from disk only if a finding needs a position in it.
 */
export function summaryFile(s: FileSummary, display: string, abs: string): LoadedFile {
  const file: LoadedFile = {
    source: new SourceFile(display, abs, () => readText(abs)),
    kind: s.kind,
    schemaOk: s.schemaOk,
    badEntries: new Set(s.bad ?? []),
    findings: [],
  };
  // Made each time it is read, not kept: the rules walk files one at a time, and a national tree's six
  // million items held at once as objects took 1.8 GB.
  if (s.kind) {
    Object.defineProperty(file, 'data', {
      enumerable: true,
      get: () => {
        const items = (s.ids ?? []).map((id, i) => ({ id, name: s.names![i], ...(s.lists![i] ? { list: s.lists![i] } : {}) }));
        return { kind: s.kind, domain: s.domain, list: s.list, township: s.township, items } as unknown as AnyFile;
      },
    });
  }
  return file;
}
