import type { CompiledItem } from '../build/types.js';
import type { Project } from '../load/project.js';
import type { Registry } from '../model/registry.js';
import type { Adjustment, Exclusion } from '../model/types.js';
import { stable } from './canonical.js';

/** Why a change was made, as far as the new revision says. */
export interface Reason {
  reason?: string;
  requestedBy?: string;
  document?: string;
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
