import type { FoundFile } from '../load/discover.js';
import { type LoadedFile } from '../load/load-file.js';
import type { DomainFile } from '../model/types.js';
import type { CountyItems } from './check-file.js';
import type { RunContext } from './run-context.js';
import { loadFile } from './load.js';

/**
 * Named items kept from an earlier run, by file (its content, the named ids and what loading depends on
 * in the key): undefined when none are kept, null when the file holds none.
 */
export interface KeptNamed {
  get(f: FoundFile): CountyItems | null | undefined;
  put(f: FoundFile, items: CountyItems | undefined): void;
}

/** Which domain files hold the county items that township files name, and those items. */
export class CountyIndex {
  private readonly named = new Map<FoundFile, CountyItems | undefined>();

  constructor(
    private readonly files: FoundFile[],
    /** Files holding each named id, in repository order. */
    readonly holders: Map<string, FoundFile[]>,
    /** Named items of files checked in this run. */
    private readonly checked: (f: FoundFile) => CountyItems | undefined,
    private readonly ctx: RunContext,
    /** Named items of files not checked in this run, kept from an earlier one (the cache). */
    private readonly kept?: KeptNamed,
  ) {}

  /** The holders of the named ids among domain files, from each file's ids. */
  static holdersOf(files: FoundFile[], idsOf: (f: FoundFile) => string[] | undefined, refs: Set<string>): Map<string, FoundFile[]> {
    const holders = new Map<string, FoundFile[]>();
    for (const f of files) {
      for (const id of new Set(idsOf(f) ?? [])) if (refs.has(id)) holders.set(id, [...(holders.get(id) ?? []), f]);
    }
    return holders;
  }

  /** The named ids with the files (and contents) that hold them: part of a township file's cache key. */
  holdersKey(refs: string[], hashOf: (f: FoundFile) => string): string {
    return refs.map((id) => `${id}\0${(this.holders.get(id) ?? []).map((f) => `${f.display}:${hashOf(f)}`).join(',')}`).join('\n');
  }

  /** The county items among `refs`, file by file in repository order. */
  itemsFor(refs: string[]): CountyItems[] {
    const want = new Set(refs);
    const files = this.files.filter((f) => refs.some((id) => this.holders.get(id)?.includes(f)));
    return files.flatMap((f) => {
      const all = this.namedIn(f);
      const items = all?.items.filter((x) => want.has(x.item.id)) ?? [];
      return all && items.length ? [{ ...all, items }] : [];
    });
  }

  private namedIn(f: FoundFile): CountyItems | undefined {
    if (this.named.has(f)) return this.named.get(f);
    // A file checked in this run brought its named items along; a file taken from the cache is read
    // again, unless its named items were kept.
    let c = this.checked(f);
    const kept = c ? undefined : this.kept?.get(f);
    if (kept !== undefined) c = kept ?? undefined;
    else if (!c) {
      const file = loadFile(f.display, f.abs, { lang: this.ctx.lang, maxFileMb: this.ctx.maxFileMb, entryLines: false }) as LoadedFile<DomainFile>;
      const items = file.schemaOk && file.data ? file.data.items.flatMap((item, index) => (!file.badEntries?.has(index) && this.ctx.refs.has(item.id) ? [{ index, item }] : [])) : [];
      c = items.length ? { display: f.display, abs: f.abs, domain: file.data!.domain, list: file.data!.list, items } : undefined;
      this.kept?.put(f, c);
    }
    this.named.set(f, c);
    return c;
  }
}
