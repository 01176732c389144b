/** The second revision of an item list: about 1% of items removed, edited or added, each with its reason. */
import type { Item } from '../../src/model/types.js';
import type { Rng } from './prng.js';

/** What happens to an item in the second revision. */
export type Fate = 'keep' | 'remove' | 'edit' | 'add-after';

/** The fate of the n-th item of a repository: every hundredth changes, in turn removed, edited, or followed by a new one. */
export function fateOf(n: number): Fate {
  if (n % 100 !== 50) return 'keep';
  return (['remove', 'edit', 'add-after'] as const)[Math.floor(n / 100) % 3];
}

/** The edited version of an item: a township duty reworded, sometimes the lead handed to another department. */
export function editItem(rng: Rng, it: Item, newLead: string): Item {
  const out: Item = structuredClone(it);
  const town = out.support?.[0];
  if (town) town.duties = ['组织网格员每周至少巡查1次，发现问题及时劝阻并记录。', ...town.duties.slice(1)];
  const handOver = rng.chance(0.2) && out.lead.party !== newLead;
  if (handOver) out.lead = { party: newLead, duties: out.lead.duties };
  out.change = {
    reason: handOver ? '根据机构职能调整，执法职责划入综合行政执法部门。' : '细化乡镇（街道）巡查频次。',
    requested_by: it.lead.party,
  };
  return out;
}

/** Mark an added item with the reason it was added. */
export function added(it: Item): Item {
  return { ...it, change: { reason: '根据新修订的法律法规新增事项。', requested_by: it.lead.party } };
}
