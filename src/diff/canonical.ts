import type { CompiledItem } from '../build/types.js';
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
