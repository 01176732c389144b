import { memo } from '../util/memo.js';
import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from './load-file.js';
import type { Project } from './project.js';
import type { Item, Party } from '../model/types.js';

/** An item with where it sits. */
export interface ItemAt {
  item: Item;
  file: LoadedFile;
  /** Path of the item in its file, e.g. ['items', 3]. */
  path: DocPath;
  /** The item's list kind, resolved from the file when the item does not say. */
  list: string;
}

const LISTED = Symbol('items');

/**
 * Every schema-valid item of the domain and township files, in file order. Listed once per project and
 * shared by the rules (each walks every item): treat the entries as read-only.
 */
export function items(project: Project): readonly ItemAt[] {
  return memo(project, LISTED, () => [...allItems(project)]);
}

function* allItems(project: Project): Generator<ItemAt> {
  for (const f of project.domains) {
    if (!f.schemaOk) continue;
    const d = f.data!;
    for (let i = 0; i < d.items.length; i++) {
      if (!f.badEntries?.has(i)) yield { item: d.items[i], file: f, path: ['items', i], list: d.items[i].list ?? d.list ?? '属地管理' };
    }
  }
  for (const f of project.townshipFiles) {
    if (!f.schemaOk) continue;
    const its = f.data!.items ?? [];
    for (let i = 0; i < its.length; i++) {
      if (!f.badEntries?.has(i)) yield { item: its[i], file: f, path: ['items', i], list: its[i].list ?? '基本履职' };
    }
  }
}

/**
 * Every schema-valid item, one at a time: the listed items when a rule has listed them, else made as
 * they are walked and let go (a single pass over a national tree must not hold six million of them).
 */
export function eachItem(project: Project): Iterable<ItemAt> {
  return (project as unknown as Record<symbol, readonly ItemAt[] | undefined>)[LISTED] ?? allItems(project);
}

/** A party of an item with its path. */
export interface PartyAt {
  readonly party: Party;
  readonly path: DocPath;
  readonly role: 'lead' | 'support';
}

/** A party whose path is built when asked for: most parties are never reported. */
class Listed implements PartyAt {
  constructor(
    readonly party: Party,
    private readonly at: ItemAt,
    /** Index among the supporting parties; -1 for the lead. */
    private readonly index: number,
  ) {}

  get role(): 'lead' | 'support' {
    return this.index < 0 ? 'lead' : 'support';
  }

  get path(): DocPath {
    return this.index < 0 ? [...this.at.path, 'lead'] : [...this.at.path, 'support', this.index];
  }
}

const PARTIES = Symbol('parties');

/** Each party of an item (lead first) with its path; listed once per item (several rules ask). */
export function parties(at: ItemAt): readonly PartyAt[] {
  return memo(at, PARTIES, () => {
    const list: PartyAt[] = [new Listed(at.item.lead, at, -1)];
    const s = at.item.support ?? [];
    for (let i = 0; i < s.length; i++) list.push(new Listed(s[i], at, i));
    return list;
  });
}
