import type { CompiledItem } from '../compile/types.js';
import { normalize } from '../util/text.js';
import { contentKey, sameContent, stable } from './canonical.js';
import type { PartyKeyOf } from './field-changes.js';

/** Two versions of one item; one side is missing when the item was added or removed. */
export interface ItemPair {
  before?: CompiledItem;
  after?: CompiledItem;
}

/** How `diffLists` compares: a fast path, and who parties are in each revision. */
export interface MatchOptions {
  /** True when the two versions are known to be equal without comparing them (a fast path). */
  knownSame?: (a: CompiledItem, b: CompiledItem) => boolean;
  /** Who a party is, per revision, for matching renumbered items by name, lead and basis. */
  keyA: PartyKeyOf;
  keyB: PartyKeyOf;
}

/** Name, lead and legal basis: an item with a new id and these unchanged is the same item renumbered. */
function identityKey(it: CompiledItem, key: PartyKeyOf): string {
  const cites = (it.basis ?? []).map((b) => normalize(typeof b === 'string' ? b : b.cite)).sort();
  return stable([normalize(it.name), key(it.lead.party), cites]);
}

/**
 * Pair the items of two versions of a list and keep the pairs that differ. Items match by id, never
 * by position. Of the rest, an item whose content (all but the id) or whose name, lead and basis
 * equal those of a vanished item is that item renumbered. Linear: maps by id and by content.
 */
export function diffLists(before: readonly CompiledItem[], after: readonly CompiledItem[], opts: MatchOptions): ItemPair[] {
  const oldById = new Map(before.map((it) => [it.id, it]));
  const newIds = new Set(after.map((it) => it.id));
  const pairs: ItemPair[] = [];
  const added: CompiledItem[] = [];
  for (const b of after) {
    const a = oldById.get(b.id);
    if (!a) added.push(b);
    else if (!opts.knownSame?.(a, b) && !sameContent(a, b)) pairs.push({ before: a, after: b });
  }
  const removed = before.filter((a) => !newIds.has(a.id));
  if (!removed.length || !added.length) {
    return [...pairs, ...removed.map((a) => ({ before: a })), ...added.map((b) => ({ after: b }))];
  }

  // Renumbering: exact content first, then name + lead + basis.
  const taken = new Set<CompiledItem>();
  const byContent = index(removed, contentKey);
  const byIdentity = index(removed, (it) => identityKey(it, opts.keyA));
  const unmatched: CompiledItem[] = [];
  for (const b of added) {
    const a = pick(byContent.get(contentKey(b)), taken) ?? pick(byIdentity.get(identityKey(b, opts.keyB)), taken);
    if (a) pairs.push({ before: a, after: b });
    else unmatched.push(b);
  }
  for (const a of removed) if (!taken.has(a)) pairs.push({ before: a });
  for (const b of unmatched) pairs.push({ after: b });
  return pairs;
}

function index(items: CompiledItem[], key: (it: CompiledItem) => string): Map<string, CompiledItem[]> {
  const m = new Map<string, CompiledItem[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

// The first candidate not yet paired; marks it taken.
function pick(candidates: CompiledItem[] | undefined, taken: Set<CompiledItem>): CompiledItem | undefined {
  if (!candidates) return undefined;
  while (candidates.length) {
    const c = candidates.shift()!;
    if (!taken.has(c)) {
      taken.add(c);
      return c;
    }
  }
  return undefined;
}
