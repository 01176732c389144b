import { memo } from '../../util/memo.js';
import type { ItemField, ProjectIndex } from '../types.js';

const TWICE = Symbol('ids held twice');

/** Ids that more than one item of the index holds, usually none: unique-id and duplicate-name both ask (once per index). */
export function duplicateIds(index: ProjectIndex<ItemField> | ProjectIndex): ReadonlySet<string> {
  return memo(index, TWICE, () => {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const it of index.items()) {
      if (seen.has(it.id)) twice.add(it.id);
      else seen.add(it.id);
    }
    return twice;
  });
}
