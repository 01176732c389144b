import type { Registry } from '../../model/registry.js';

/** Separators that never occur inside one body's name. */
const LIST_SEP = /[、,，;；/／]/;
/** Conjunctions that do occur inside names (自然资源和规划局), so a split counts only when both sides are registered. */
const CONJ = /和|及|与|以及/g;

export const known = (r: Registry, name: string) => !!(r.resolve(name) || r.formerOf(name));

/** The bodies a lead party string names, when it names more than one. */
export function several(r: Registry, name: string): string[] | undefined {
  if (known(r, name)) return undefined;
  const parts = name.split(LIST_SEP).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length >= 2) return parts;
  for (const m of name.matchAll(CONJ)) {
    const left = name.slice(0, m.index).trim();
    const right = name.slice(m.index! + m[0].length).trim();
    if (known(r, left) && known(r, right)) return [left, right];
  }
  return undefined;
}

