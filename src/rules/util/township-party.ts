import type { Registry } from '../../model/registry.js';
import { normalize } from '../../util/text.js';

const TOWNSHIP = Symbol('township party');
const TOWNSHIP_SHAPED = /(^|[^县市区省])([乡镇]|街道)((人民)?政府|办事处)?$/;
const COUNTY_LEVEL = /^(县|市|区|省)/;

/** True when a party name means a township: a registered one, a placeholder such as 乡镇（街道）, or a name shaped like one. */
export function isTownshipParty(registry: Registry, name: string): boolean {
  // Every duty of every item asks about its party; the same few names recur.
  return registry.derived(TOWNSHIP, name, () => townshipParty(registry, name));
}

function townshipParty(registry: Registry, name: string): boolean {
  const ref = registry.resolve(name);
  if (ref) return ref.kind !== 'department';
  if (registry.formerOf(name)) return false;
  // Unregistered names still count when they read as a township (东湖镇人民政府, 城关街道办事处).
  const n = normalize(name);
  return TOWNSHIP_SHAPED.test(n) && !COUNTY_LEVEL.test(n);
}
