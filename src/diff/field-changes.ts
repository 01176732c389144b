import type { CompiledItem } from '../compile/types.js';
import type { Basis, Party } from '../model/types.js';
import { normalize } from '../util/text.js';
import { stable } from './canonical.js';
import type { FieldChange } from './types.js';

/** Maps a party name to who it means (see `partyKey`), per revision. */
export type PartyKeyOf = (name: string) => string;

/** Fields whose change needs legal review: who enforces, which power, on what legal basis, as what list. */
const REVIEWED = new Set(['lead.party', 'power', 'basis', 'delegation', 'list']);

// Compared whole, in this order; wording unless listed in REVIEWED.
const PLAIN = ['name', 'list', 'domain', 'category', 'power', 'method', 'notes', 'steps', 'manual', 'case'] as const;

function push(out: FieldChange[], c: Omit<FieldChange, 'review'>, review = REVIEWED.has(c.field)): void {
  out.push({ ...c, review });
}

/** Power types compared as a set: `[a, b]` and `[b, a]` are the same. */
function powers(v: unknown): unknown {
  return Array.isArray(v) ? [...v].sort() : v === undefined ? undefined : [v];
}

/**
 * Field-level differences between two versions of an item, each marked with whether it needs legal
 * review. Party lists are matched by who the party is, duties and citations by their text.
 */
export function fieldChanges(a: CompiledItem, b: CompiledItem, keyA: PartyKeyOf, keyB: PartyKeyOf): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of PLAIN) {
    const x = f === 'power' ? powers(a[f]) : a[f];
    const y = f === 'power' ? powers(b[f]) : b[f];
    if (stable(x) === stable(y)) continue;
    // A township item without a category is published under its list kind: the list change says it all.
    if (f === 'domain' && a.domain === a.list && b.domain === b.list) continue;
    push(out, { field: f, op: x === undefined ? 'add' : y === undefined ? 'remove' : 'change', before: a[f], after: b[f] });
  }
  partyChanges(out, 'lead', a.lead, b.lead, keyA, keyB);
  supportChanges(out, a.support ?? [], b.support ?? [], keyA, keyB);
  basisChanges(out, a.basis ?? [], b.basis ?? []);
  if (stable(a.delegation) !== stable(b.delegation)) {
    push(out, { field: 'delegation', op: !a.delegation ? 'add' : !b.delegation ? 'remove' : 'change', before: a.delegation, after: b.delegation });
  }
  return out;
}

function partyChanges(out: FieldChange[], role: 'lead' | 'support', a: Party, b: Party, keyA: PartyKeyOf, keyB: PartyKeyOf): void {
  const party = role === 'support' ? b.party : undefined;
  if (a.party !== b.party) {
    // Another body is a legal change; another spelling of the same body is wording.
    const same = keyA(a.party) === keyB(b.party);
    push(out, { field: `${role}.party`, op: 'change', before: a.party, after: b.party, party }, role === 'lead' && !same);
  }
  for (const d of listChanges(a.duties ?? [], b.duties ?? [])) push(out, { field: `${role}.duties`, party, ...d });
  if ((a.office ?? '') !== (b.office ?? '')) {
    push(out, { field: `${role}.office`, op: !a.office ? 'add' : !b.office ? 'remove' : 'change', before: a.office, after: b.office, party });
  }
}

function supportChanges(out: FieldChange[], a: Party[], b: Party[], keyA: PartyKeyOf, keyB: PartyKeyOf): void {
  const before = new Map(a.map((p) => [keyA(p.party), p]));
  const seen = new Set<string>();
  for (const p of b) {
    const k = keyB(p.party);
    seen.add(k);
    const old = before.get(k);
    if (!old) push(out, { field: 'support', op: 'add', party: p.party, after: p });
    else partyChanges(out, 'support', old, p, keyA, keyB);
  }
  for (const [k, p] of before) if (!seen.has(k)) push(out, { field: 'support', op: 'remove', party: p.party, before: p });
}

const citeOf = (b: Basis) => (typeof b === 'string' ? b : b.cite);

function basisChanges(out: FieldChange[], a: Basis[], b: Basis[]): void {
  const before = new Map(a.map((x) => [normalize(citeOf(x)), x]));
  const seen = new Set<string>();
  for (const x of b) {
    const k = normalize(citeOf(x));
    seen.add(k);
    const old = before.get(k);
    if (old === undefined) push(out, { field: 'basis', op: 'add', after: x });
    else if (stable(old) !== stable(x)) push(out, { field: 'basis', op: 'change', before: old, after: x });
  }
  for (const [k, x] of before) if (!seen.has(k)) push(out, { field: 'basis', op: 'remove', before: x });
}

/**
 * Added, removed and edited entries of a text list. An entry that left and another that arrived at
 * the same position count as one edit.
 */
export function listChanges(a: string[], b: string[]): { op: FieldChange['op']; before?: string; after?: string }[] {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const inA = count(a);
  const inB = count(b);
  const gone = new Map<number, string>();
  const came = new Map<number, string>();
  a.forEach((x, i) => {
    const n = inB.get(x) ?? 0;
    if (n > 0) inB.set(x, n - 1);
    else gone.set(i, x);
  });
  b.forEach((x, i) => {
    const n = inA.get(x) ?? 0;
    if (n > 0) inA.set(x, n - 1);
    else came.set(i, x);
  });
  const out: { op: FieldChange['op']; before?: string; after?: string }[] = [];
  for (const [i, x] of gone) {
    const y = came.get(i);
    if (y !== undefined) {
      out.push({ op: 'change', before: x, after: y });
      came.delete(i);
    } else out.push({ op: 'remove', before: x });
  }
  for (const y of came.values()) out.push({ op: 'add', after: y });
  return out;
}
