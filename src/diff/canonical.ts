import type { CompiledItem } from '../compile/types.js';
import type { ItemView } from './types.js';

/** JSON with object keys sorted, so two values that only differ in key order compare equal. */
export function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

// Not content: the id is the identity, provenance is where it was written, `change` explains a change.
const NOT_CONTENT = new Set(['id', 'origin', 'adjusted', 'change']);

/** The item's content as a string: equal strings mean the same item whatever its id or file. */
export function contentKey(item: CompiledItem): string {
  const o = item as unknown as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => !NOT_CONTENT.has(k) && o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
}

/** The item as the change set shows it: no provenance, no change note. */
export function viewOf(item: CompiledItem): ItemView {
  const { origin: _o, adjusted: _a, change: _c, ...rest } = item;
  return structuredClone(rest);
}

/** Deep equality that ignores key order and undefined values; stops at the first difference. */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ys = y as unknown[];
    if (x.length !== ys.length) return false;
    for (let i = 0; i < x.length; i++) if (!deepEqual(x[i], ys[i])) return false;
    return true;
  }
  return sameKeys(x as Record<string, unknown>, y as Record<string, unknown>, undefined);
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>, skip: Set<string> | undefined): boolean {
  let n = 0;
  for (const k in a) {
    if (a[k] === undefined || skip?.has(k)) continue;
    n++;
    if (!deepEqual(a[k], b[k])) return false;
  }
  for (const k in b) if (b[k] !== undefined && !skip?.has(k)) n--;
  return n === 0;
}

/** True when two versions of an item have the same content (everything but id, provenance and change note). */
export function sameContent(a: CompiledItem, b: CompiledItem): boolean {
  return sameKeys(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, NOT_CONTENT);
}
