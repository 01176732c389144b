/**
 * Column headers to item fields, by the synonym table in `src/data/import-columns.json` and, over it,
 * the mapping a user states with `--map`. Headers are compared with widths, spaces and line breaks
 * normalised; a two-level header is the path parent/child.
 */
import table from '../data/import-columns.json' with { type: 'json' };
import type { ListKind } from '../model/types.js';
import { normalize } from '../util/text.js';

export const FIELDS = [
  'no', 'id', 'name', 'subitem', 'domain', 'category', 'power',
  'lead.party', 'lead.duties', 'lead.unit-duties',
  'support.party', 'support.duties', 'support.unit-duties',
  'township.duties', 'office', 'basis', 'notes', 'method', 'case',
  'delegation.route', 'delegation.document',
] as const;
export type Field = (typeof FIELDS)[number];

/** What a mapping says of a column: a field, or `ignore` (left out on purpose, reported as a note). */
export type Target = Field | 'ignore';

/** A user's mapping (`--map`): header path (parent/child) → field or ignore; and list kinds by sheet. */
export interface ColumnMap {
  columns: Map<string, Target>;
  sheets: Map<string, { kind?: ListKind; township?: string }>;
}

/** Header text as compared: normalised widths and spaces, one kind of bracket. */
export function headerKey(s: string): string {
  return normalize(s).replace(/（/g, '(').replace(/）/g, ')');
}

const byName = new Map<string, Field>();
for (const [field, names] of Object.entries(table.names)) for (const n of names) byName.set(headerKey(n), field as Field);
const roles = new Map<string, 'lead' | 'support'>();
for (const [role, names] of Object.entries(table.roles)) for (const n of names) roles.set(headerKey(n), role as 'lead' | 'support');
const parts = new Map<string, 'party' | 'duties'>();
for (const [part, names] of Object.entries(table.parts)) for (const n of names) parts.set(headerKey(n), part as 'party' | 'duties');

/** The field a header path maps to by the built-in table, if any. */
export function builtinField(path: readonly string[]): Field | undefined {
  const keys = path.map(headerKey);
  const whole = byName.get(keys.join('/'));
  if (whole) return whole;
  if (keys.length >= 2) {
    const role = roles.get(keys[0]);
    const part = parts.get(keys[keys.length - 1]);
    if (role && part) return `${role}.${part}` as Field;
    return byName.get(keys[keys.length - 1]);
  }
  return undefined;
}

/** The target of a header path: the user's mapping first, then the built-in table. */
export function targetOf(path: readonly string[], map?: ColumnMap): Target | undefined {
  if (map) {
    const own = map.columns.get(path.map(headerKey).join('/')) ?? map.columns.get(headerKey(path[path.length - 1] ?? ''));
    if (own) return own;
  }
  return builtinField(path);
}

/** How well a row reads as a header: the number of distinct fields (and role parents) its cells name. */
export function headerScore(cells: readonly string[], map?: ColumnMap): number {
  const seen = new Set<string>();
  for (const c of cells) {
    if (!c.trim() || c.length > 30) continue;
    const k = headerKey(c);
    const f = targetOf([c], map);
    if (f) seen.add(f);
    else if (roles.has(k)) seen.add(`role:${roles.get(k)}`);
  }
  return seen.size;
}

/** True for a cell that reads as the child of a two-level header (单位, 职责 …). */
export function isHeaderPart(s: string): boolean {
  const k = headerKey(s);
  return parts.has(k) || byName.has(k);
}

/** List kinds named in a text (a title, a sheet name, a section heading), most specific first. */
export function kindsNamed(text: string): ListKind[] {
  const k = headerKey(text);
  const out: ListKind[] = [];
  for (const [kind, words] of Object.entries(table.kinds)) if (words.some((w) => k.includes(headerKey(w)))) out.push(kind as ListKind);
  return out;
}

/** A readable id prefix for a domain (自然资源 → ZR), if the table knows one. */
export function domainPrefix(domain: string): string | undefined {
  const prefixes = table.domainPrefixes as Record<string, string>;
  const key = domain.replace(/领域$|类$|工作$/, '');
  return prefixes[domain] ?? prefixes[key];
}

/** The id prefix of a list kind's items in a township file (基本履职 → JB). */
export function kindPrefix(kind: ListKind): string {
  return (table.kindPrefixes as Record<string, string>)[kind];
}
