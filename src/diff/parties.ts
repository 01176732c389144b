import type { Registry } from '../model/registry.js';
import { normalize } from '../util/text.js';

/** The key standing for "the township whose list this is" (and for the placeholder 乡镇（街道）). */
export const THIS_TOWNSHIP = '@乡镇';

/**
 * Who a party name means, as a comparable key: a department's official name (short and former
 * names resolve to it), `@乡镇` for the placeholder or for `self` (the township whose list is
 * compared), `@乡镇:NAME` for another township, else the normalised text.
 */
export function partyKey(name: string, registry: Registry, self?: string): string {
  if (self !== undefined && name === self) return THIS_TOWNSHIP;
  const ref = registry.resolve(name);
  if (ref?.kind === 'placeholder') return THIS_TOWNSHIP;
  if (ref?.kind === 'township') return self === ref.township.name ? THIS_TOWNSHIP : `${THIS_TOWNSHIP}:${ref.township.name}`;
  if (ref?.kind === 'department') return ref.department.level === '乡镇' ? `${THIS_TOWNSHIP}:${ref.department.name}` : ref.department.name;
  const renamed = registry.formerOf(name);
  if (renamed) return renamed.name;
  return normalize(name);
}

// Unregistered names that read as a township: 东湖镇, 东湖镇人民政府, 城关街道办事处.
const TOWNSHIP_SHAPE = /([乡镇]|街道)((人民)?政府|办事处)?$/;

/** True when a party is a township (registered, the placeholder, or a name shaped like one), not a county body. */
export function isTownship(name: string, registry: Registry): boolean {
  const ref = registry.resolve(name);
  if (ref) return ref.kind !== 'department' || ref.department.level === '乡镇';
  if (registry.formerOf(name)) return false;
  const n = normalize(name);
  return TOWNSHIP_SHAPE.test(n) && !/^(县|市|区|省)/.test(n);
}

/** A copy of a value with every `party` name inside it (parties, steps, manual entries) mapped. */
export function mapParties(v: unknown, fn: (name: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => mapParties(x, fn));
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === 'party' && typeof x === 'string' ? fn(x) : mapParties(x, fn);
  return out;
}
