import type { BuildResult, CompiledItem, CompiledList } from '../compile/types.js';
import type { Finding } from '../findings/types.js';
import { TOWNSHIP_PLACEHOLDERS } from '../model/registry.js';
import { LIST_KINDS, type ListKind, type Party } from '../model/types.js';

/**
 * A loaded file as the draft needs it (structurally the loader's LoadedFile: export does not import load).
 * `data` may be anything the author wrote; `badEntries` are the entries that failed the schema.
 */
export interface DraftSource {
  source: { path: string };
  kind?: string;
  data?: unknown;
  schemaOk?: boolean;
  badEntries?: Set<number>;
  entryLines?: number[];
}

const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : v === undefined || v === null ? [] : [str(v)]);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const party = (v: unknown): Party => {
  const o = obj(v);
  const p: Party = { party: str(o.party ?? (typeof v === 'string' ? v : '')), duties: strings(o.duties) };
  if (o.office !== undefined) p.office = str(o.office);
  return p;
};
const kindOf = (v: unknown, fallback: ListKind): ListKind => ((LIST_KINDS as readonly unknown[]).includes(v) ? (v as ListKind) : fallback);

/** An entry that failed the schema, printed as written: every value as text, nothing guessed. */
function asWritten(raw: unknown, list: ListKind, domain: string, file: DraftSource, i: number, layer: 'county' | 'township'): CompiledItem {
  const o = obj(raw);
  const it: CompiledItem = {
    id: str(o.id) || `（第${i + 1}项，无编号）`,
    name: str(o.name),
    lead: party(o.lead),
    list: kindOf(o.list, list),
    domain: layer === 'township' && o.category !== undefined ? str(o.category) : domain,
    origin: { file: file.source.path, line: file.entryLines?.[i] ?? 0, layer },
  };
  if (o.category !== undefined) it.category = str(o.category);
  if (o.power !== undefined) it.power = str(o.power) as CompiledItem['power'];
  if (o.support !== undefined) it.support = (Array.isArray(o.support) ? o.support : [o.support]).map(party);
  if (o.basis !== undefined) it.basis = strings(o.basis);
  if (o.method !== undefined) it.method = str(o.method);
  if (o.notes !== undefined) it.notes = str(o.notes);
  return it;
}

/** The entries of a file that compiling left out (all of them when the file itself failed the schema). */
function leftOut(f: DraftSource): { raw: unknown; i: number }[] {
  const items = obj(f.data).items;
  if (!Array.isArray(items)) return [];
  return items.map((raw, i) => ({ raw, i })).filter(({ i }) => f.schemaOk === false || f.badEntries?.has(i));
}

const PLACEHOLDERS = new Set(TOWNSHIP_PLACEHOLDERS);
const concerns = (it: CompiledItem, township: string) =>
  [it.lead, ...(it.support ?? [])].some((p) => PLACEHOLDERS.has(p.party) || p.party === township);
const localized = (it: CompiledItem, township: string): CompiledItem => {
  const named = (p: Party) => (PLACEHOLDERS.has(p.party) ? { ...p, party: township } : p);
  return { ...it, lead: named(it.lead), ...(it.support ? { support: it.support.map(named) } : {}) };
};

/**
 * The lists of a draft (征求意见稿): the lists in force plus every item compiling left out because it
 * failed the schema, as written. County items go where they stand in their files; a township's list
 * gets the left-out county items that name it or the placeholder, and its own left-out items, at the end.
 */
export function draftLists(result: BuildResult, domains: DraftSource[], townshipFiles: DraftSource[]): BuildResult {
  const valid = [...result.county.items];
  const county: CompiledItem[] = [];
  const extraCounty: CompiledItem[] = [];
  for (const f of domains) {
    const d = obj(f.data);
    const domain = str(d.domain) || f.source.path;
    const list = kindOf(d.list, '属地管理');
    const bad = new Set(leftOut(f).map((e) => e.i));
    const items = Array.isArray(d.items) ? d.items : [];
    items.forEach((raw, i) => {
      if (bad.has(i)) {
        const it = asWritten(raw, list, domain, f, i, 'county');
        county.push(it);
        extraCounty.push(it);
      } else if (valid.length && valid[0].origin.file === f.source.path) county.push(valid.shift()!);
    });
  }
  county.push(...valid);
  const own = new Map<string, CompiledItem[]>();
  for (const f of townshipFiles) {
    const name = str(obj(f.data).township);
    for (const { raw, i } of leftOut(f)) {
      const it = asWritten(raw, '基本履职', '', f, i, 'township');
      if (!it.domain) it.domain = it.list;
      (own.get(name) ?? own.set(name, []).get(name)!).push(it);
    }
  }
  const townships: CompiledList[] = result.townships.map((t) => ({
    ...t,
    items: [...t.items, ...extraCounty.filter((it) => concerns(it, t.name)).map((it) => localized(it, t.name)), ...(own.get(t.name) ?? []).map((it) => localized(it, t.name))],
  }));
  return { ...result, county: { ...result.county, items: county }, townships };
}

/** The item a finding is about: its `item`, else the entry of the file its path points into. */
export function itemOf(f: Finding, sources: readonly DraftSource[]): string | undefined {
  if (f.item) return f.item;
  const [key, i] = f.path ?? [];
  if (key !== 'items' || typeof i !== 'number') return undefined;
  const items = obj(sources.find((s) => s.source.path === f.file)?.data).items;
  const id = Array.isArray(items) ? str(obj(items[i]).id) : '';
  return id || undefined;
}

/** What blocks a release: the error findings, the items they name (each once, in order), and the places of the others. */
export function blockersOf(findings: readonly Finding[], sources: readonly DraftSource[]): { errors: Finding[]; items: string[]; places: string[] } {
  const errors = findings.filter((f) => f.severity === 'error');
  const items = new Set<string>();
  const places = new Set<string>();
  for (const f of errors) {
    const id = itemOf(f, sources);
    if (id) items.add(id);
    else places.add(`${f.file}:${f.line}`);
  }
  return { errors, items: [...items], places: [...places] };
}
