import type { CompiledItem } from '../compile/types.js';
import type { Project } from '../load/project.js';
import type { Registry } from '../model/registry.js';
import type { Adjustment, ChangeEntry, Exclusion } from '../model/types.js';
import { stable } from './canonical.js';

/** Why a change was made, as far as the new revision says. */
export interface Reason {
  reason?: string;
  requestedBy?: string;
  document?: string;
  /** The date of a change-log entry. */
  date?: string;
  missing: boolean;
  /** The `change` note did not change, so it explains an earlier change. */
  stale?: boolean;
}

/**
 * The reason of an item's change: the new revision's `change` note. A removed item has none (the new
 * revision no longer holds it); a note equal to the old revision's explains an earlier change.
 */
export function itemReason(a: CompiledItem | undefined, b: CompiledItem | undefined, requestedBy?: string): Reason {
  const note = b?.change;
  const by = note?.requested_by ?? requestedBy;
  if (!note?.reason) return { missing: true, requestedBy: by, document: note?.document };
  if (a && stable(a.change) === stable(note)) return { missing: true, stale: true, requestedBy: by };
  return { reason: note.reason, requestedBy: by, document: note.document, missing: false };
}

/** A township's exclusions and adjustments of county items, by township and item id. */
export class TownshipRecords {
  private readonly exclude = new Map<string, Map<string, Exclusion>>();
  private readonly adjust = new Map<string, Map<string, Adjustment>>();

  constructor(project: Project, registry: Registry) {
    for (const f of project.townshipFiles) {
      if (!f.schemaOk) continue;
      const name = registry.township(f.data!.township)?.name;
      if (!name) continue;
      this.exclude.set(name, new Map((f.data!.exclude ?? []).map((e) => [e.item, e])));
      this.adjust.set(name, new Map((f.data!.adjust ?? []).map((a) => [a.item, a])));
    }
  }

  /** True when the township excludes the item. */
  excludes(township: string, id: string): boolean {
    return this.exclude.get(township)?.has(id) ?? false;
  }

  exclusion(township: string, id: string): Exclusion | undefined {
    return this.exclude.get(township)?.get(id);
  }

  adjustment(township: string, id: string): Adjustment | undefined {
    return this.adjust.get(township)?.get(id);
  }
}

/**
 * The reason of a change a township made to a county item in its own file: the reason and approval
 * of a new exclusion, or the reason of a new or edited adjustment. The township is the requester.
 */
export function townshipReason(township: string, id: string, removed: boolean, before: TownshipRecords, after: TownshipRecords): Reason {
  if (removed) {
    const ex = after.exclusion(township, id);
    if (ex && !before.excludes(township, id)) {
      return { reason: ex.reason, document: ex.approval, requestedBy: township, missing: !ex.reason };
    }
    return { requestedBy: township, missing: true };
  }
  const adj = after.adjustment(township, id);
  if (adj?.reason && stable(adj) !== stable(before.adjustment(township, id))) {
    return { reason: adj.reason, requestedBy: township, missing: false };
  }
  return { requestedBy: township, missing: true, stale: Boolean(adj?.reason) || undefined };
}

/**
 * The change logs of a revision (changes.yaml, adjustments/*.yaml): entries by item id. An entry that
 * the old revision's logs already hold, word for word, explains an earlier change and is not used.
 */
export class ChangeLog {
  private readonly fresh = new Map<string, ChangeEntry>();

  constructor(before: Project, after: Project) {
    const old = new Set(entriesOf(before).map((e) => stable(e)));
    // A later entry for the same id (further down, or in a later file) is the one that counts.
    for (const e of entriesOf(after)) if (!old.has(stable(e))) this.fresh.set(e.item, e);
  }

  /** The new entry for any of these ids (the new id first, then the old one), if there is one. */
  entry(...ids: (string | undefined)[]): ChangeEntry | undefined {
    for (const id of ids) {
      const e = id === undefined ? undefined : this.fresh.get(id);
      if (e) return e;
    }
    return undefined;
  }

  /**
   * A reason completed from the log: when the item's own note (or the township's record) gives none,
   * the log's entry does, its requester before the one assumed (a township for its own change).
   */
  complete(r: Reason, ...ids: (string | undefined)[]): Reason {
    if (!r.missing) return r;
    const e = this.entry(...ids);
    if (!e) return r;
    const out: Reason = { reason: e.reason, requestedBy: e.requested_by ?? r.requestedBy, document: e.document ?? r.document, date: e.date, missing: false };
    for (const k of Object.keys(out) as (keyof Reason)[]) if (out[k] === undefined) delete out[k];
    return out;
  }
}

function entriesOf(p: Project): ChangeEntry[] {
  const files = [...p.changes].sort((a, b) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
  return files.flatMap((f) => (f.data?.changes ?? []).filter((_, i) => !f.badEntries?.has(i) && f.schemaOk !== false));
}
