import type { CompiledItem } from '../compile/types.js';
import type { Registry } from '../model/registry.js';
import { isTownship } from './parties.js';
import type { ChangeType, FieldChange } from './types.js';

/** Both revisions' registries: who is a township is judged in the revision the name comes from. */
export interface Registries {
  before: Registry;
  after: Registry;
}

// Which kind a change shows first when several apply.
const PRECEDENCE: readonly ChangeType[] = ['delegate', 'recall', 'transfer', 'add', 'remove', 'modify', 'renumber'];

function ordered(types: Iterable<ChangeType>): ChangeType[] {
  const set = new Set(types);
  return PRECEDENCE.filter((t) => set.has(t));
}

/**
 * The kinds of adjustment an item's change is, most important first:
 * - 赋权 delegate: the lead moves from a county body to a township, or a delegation record appears;
 * - 收回 recall: the lead moves back to a county body, the delegation is removed, or the item becomes 上级部门收回;
 * - 移交 transfer: the lead moves to another county body;
 * - 增加 / 取消: the item is new / gone (a delegated item that is new or gone is also 赋权 / 收回);
 * - 编号调整 renumber: the same item under a new id; 调整 modify: anything else.
 */
export function classify(a: CompiledItem | undefined, b: CompiledItem | undefined, fields: FieldChange[], reg: Registries): ChangeType[] {
  if (!a) return ordered(b!.delegation ? ['delegate', 'add'] : ['add']);
  if (!b) return ordered(a.delegation ? ['recall', 'remove'] : ['remove']);
  const types: ChangeType[] = [];
  if (a.id !== b.id) types.push('renumber');
  for (const f of fields) {
    if (f.field === 'lead.party' && f.review) {
      const from = isTownship(a.lead.party, reg.before);
      const to = isTownship(b.lead.party, reg.after);
      types.push(!from && to ? 'delegate' : from && !to ? 'recall' : from && to ? 'modify' : 'transfer');
    } else if (f.field === 'delegation') {
      types.push(f.op === 'add' ? 'delegate' : f.op === 'remove' ? 'recall' : 'modify');
    } else if (f.field === 'list' && b.list === '上级部门收回') {
      types.push('recall');
    } else types.push('modify');
  }
  return ordered(types);
}

/** True when a change needs legal review: additions and removals always, else any reviewed field. */
export function needsReview(types: ChangeType[], fields: FieldChange[]): boolean {
  return types.includes('add') || types.includes('remove') || fields.some((f) => f.review);
}
