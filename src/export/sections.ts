import type { CompiledItem, CompiledList } from '../compile/types.js';
import type { ListKind } from '../model/types.js';
import { kindsOf } from './labels.js';

/** An item with its printed 序号 (generated: 1..n within its part, never the item id). */
export interface NumberedItem {
  no: number;
  item: CompiledItem;
}

/** The items of one domain (事项类别), printed under one merged category cell or heading. */
export interface DomainGroup {
  domain: string;
  items: NumberedItem[];
}

/** One part of a document: the items of one list kind, grouped by domain. */
export interface Section {
  kind: ListKind;
  groups: DomainGroup[];
  /** True when the domains say more than the kind: each domain is printed as a section row. */
  hasDomains: boolean;
  /** True when some item has a category of its own (事项类别 is then printed as a column). */
  hasCategory: boolean;
}

/**
 * Split a compiled list into its parts, in publishing order. Domains keep the order in which they
 * first appear and items keep theirs, so every format numbers an item the same way.
 */
export function sectionsOf(list: CompiledList): Section[] {
  return kindsOf(list).map((kind) => {
    const groups = new Map<string, DomainGroup>();
    for (const item of list.items) {
      if (item.list !== kind) continue;
      let g = groups.get(item.domain);
      if (!g) groups.set(item.domain, (g = { domain: item.domain, items: [] }));
      g.items.push({ no: 0, item });
    }
    let no = 0;
    for (const g of groups.values()) for (const n of g.items) n.no = ++no;
    const all = [...groups.values()];
    return {
      kind,
      groups: all,
      hasDomains: all.some((g) => g.domain !== kind),
      hasCategory: all.some((g) => g.items.some((n) => n.item.category && n.item.category !== g.domain)),
    };
  });
}
