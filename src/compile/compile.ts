import { ENTRY_KEY, type LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import { Registry, TOWNSHIP_PLACEHOLDERS } from '../model/registry.js';
import type { DomainFile, Item, ListKind, Party, TownshipFile } from '../model/types.js';
import { memo } from '../util/memo.js';
import { normalize } from '../util/text.js';
import type { BuildProblem, BuildResult, CompiledItem, CompiledList, Provenance } from './types.js';

/** Fields of a county item a township may set for itself. */
export const ADJUSTABLE = ['office', 'duties', 'manual', 'notes'] as const;

const PLACEHOLDERS = new Set(TOWNSHIP_PLACEHOLDERS.map(normalize));
// Kept on the project (see util/memo.ts): a module-level WeakMap keeps per-file results alive in V8's minor GC.
const COMPILED = Symbol('compiled');
const PROBLEMS = Symbol('compile problems');

const clone = <T>(v: T): T => structuredClone(v);

/** Where a value was written. An entry's line was recorded while loading; other paths parse the file again. */
function provenance(file: LoadedFile, path: (string | number)[], layer: 'county' | 'township'): Provenance {
  const recorded = path.length === 2 && typeof path[1] === 'number' && file.kind && ENTRY_KEY[file.kind] === path[0] ? file.entryLines?.[path[1]] : undefined;
  return { file: file.source.path, line: recorded || file.source.locate(path).line, layer };
}

/** True when the party stands for `township` (its name, a short name, or the placeholder). */
function isTownshipParty(p: Party, township: string, registry: Registry): boolean {
  const n = normalize(p.party);
  if (PLACEHOLDERS.has(n)) return true;
  const t = registry.township(p.party);
  return t !== undefined && t.name === township;
}

function involves(item: Item, township: string, registry: Registry): boolean {
  return [item.lead, ...(item.support ?? [])].some((p) => isTownshipParty(p, township, registry));
}

/**
 * The item as it stands in one township's list: parties that stand for the township carry its name,
 * also in 施工图 and 说明书. Copies only what it changes (and the parties, which adjustments set),
 * sharing the rest with the base item: a deep copy per township and item dominated compile time.
 */
function localize(it: CompiledItem, township: string, registry: Registry): CompiledItem {
  const party = (p: Party): Party => (isTownshipParty(p, township, registry) ? { ...p, party: township } : { ...p });
  const named = <T extends { party?: string }>(list: T[] | undefined): T[] | undefined =>
    list?.some((s) => s.party && PLACEHOLDERS.has(normalize(s.party)))
      ? list.map((s) => (s.party && PLACEHOLDERS.has(normalize(s.party)) ? { ...s, party: township } : s))
      : list;
  const own: CompiledItem = { ...it, lead: party(it.lead) };
  if (it.support) own.support = it.support.map(party);
  if (it.steps) own.steps = named(it.steps);
  if (it.manual) own.manual = named(it.manual);
  return own;
}

/**
 * Compile the county base and each township's file into the lists in force. Pure: the project is
 * not changed. Results are cached per project, so rules and commands share one compilation.
 */
export function compile(project: Project, registry = Registry.fromProject(project)): BuildResult {
  return memo(project, COMPILED, () => compileUncached(project, registry));
}

/**
 * The items of a domain file as the county list holds them: with their list, domain and origin; entries
 * with schema problems (and files whose problems lie outside their entries) are left out.
 */
export function baseItemsOf(f: LoadedFile<DomainFile>): CompiledItem[] {
  if (!f.schemaOk) return [];
  const d = f.data as DomainFile;
  const out: CompiledItem[] = [];
  d.items.forEach((item, i) => {
    if (f.badEntries?.has(i)) return;
    // A shallow copy: nested values are shared with the loaded data, and neither is ever changed (each
    // township's list copies what it changes). A deep copy per item took a third of a province's diff.
    out.push({ ...item, list: item.list ?? d.list ?? '属地管理', domain: d.domain, origin: provenance(f, ['items', i], 'county') });
  });
  return out;
}

function compileUncached(project: Project, registry: Registry): BuildResult {
  const base: CompiledItem[] = project.domains.flatMap(baseItemsOf);
  const byId = new Map(base.map((it) => [it.id, it]));
  const problems: BuildProblem[] = [];
  const files = townshipFilesOf(project, registry, problems);
  const involved = involvement(base, registry);
  const townships: CompiledList[] = registry.townships.map((t) => compileTownship(t.name, involved(t.name), byId, files.get(t.name), registry, problems));
  const result: BuildResult = {
    county: { scope: 'county', name: project.config.jurisdiction.name, items: base },
    townships,
    problems,
  };
  return result;
}

/**
 * The base items that may concern each township, in base order: those with a placeholder party concern
 * every township, the others the townships they name. Each township's list then costs its own items,
 * not every item of the county (1,500 townships × 300,000 items at province scale).
 */
function involvement(base: CompiledItem[], registry: Registry): (township: string) => CompiledItem[] {
  const everyone: number[] = [];
  const named = new Map<string, number[]>();
  base.forEach((it, i) => {
    const parties = [it.lead, ...(it.support ?? [])];
    if (parties.some((p) => PLACEHOLDERS.has(normalize(p.party)))) return void everyone.push(i);
    for (const p of parties) {
      const t = registry.township(p.party);
      const list = t && (named.get(t.name) ?? named.set(t.name, []).get(t.name)!);
      if (list && list[list.length - 1] !== i) list.push(i);
    }
  });
  return (township) => {
    const mine = named.get(township) ?? [];
    const out: CompiledItem[] = [];
    for (let a = 0, b = 0; a < everyone.length || b < mine.length; ) {
      if (b >= mine.length || (a < everyone.length && everyone[a] < mine[b])) out.push(base[everyone[a++]]);
      else out.push(base[mine[b++]]);
    }
    return out;
  };
}

/** The township files by the official name of their township; a file naming no registered township is a problem. */
export function townshipFilesOf(project: Project, registry: Registry, problems: BuildProblem[]): Map<string, LoadedFile<TownshipFile>> {
  const files = new Map<string, LoadedFile<TownshipFile>>();
  for (const f of project.townshipFiles) {
    if (!f.schemaOk) continue;
    const name = f.data!.township;
    const t = registry.township(name);
    if (!t) {
      problems.push({ code: 'unknown-township', file: f.source.path, path: ['township'], township: name });
      continue;
    }
    files.set(t.name, f);
  }
  return files;
}

const unlocated = (file: LoadedFile, _path: (string | number)[], layer: 'county' | 'township'): Provenance => ({ file: file.source.path, line: 0, layer });

/**
 * The problems of compile(), without building the lists: only townships that have a file, with only
 * the county items their files name. Validation needs no more, and compiling every township's list
 * grows with townships × items.
 */
export function compileProblems(project: Project, registry = Registry.fromProject(project)): BuildProblem[] {
  const compiled = (project as { [COMPILED]?: BuildResult })[COMPILED];
  if (compiled) return compiled.problems;
  return memo(project, PROBLEMS, () => problemsUncached(project, registry));
}

function problemsUncached(project: Project, registry: Registry): BuildProblem[] {
  const named = new Set<string>();
  for (const f of project.townshipFiles) {
    if (!f.schemaOk) continue;
    for (const e of [...(f.data!.exclude ?? []), ...(f.data!.adjust ?? [])]) named.add(e.item);
  }
  const base: CompiledItem[] = [];
  for (const f of project.domains) {
    if (!f.schemaOk) continue;
    const d = f.data as DomainFile;
    d.items.forEach((item, i) => {
      if (!f.badEntries?.has(i) && named.has(item.id)) base.push({ ...item, list: item.list ?? d.list ?? '属地管理', domain: d.domain, origin: unlocated(f, [], 'county') });
    });
  }
  const byId = new Map(base.map((it) => [it.id, it]));
  const problems: BuildProblem[] = [];
  const files = townshipFilesOf(project, registry, problems);
  const involved = involvement(base, registry);
  for (const t of registry.townships) {
    const f = files.get(t.name);
    if (f) compileTownship(t.name, involved(t.name), byId, f, registry, problems, unlocated);
  }
  return problems;
}

/** One township's list in force: `involved` holds the county items that concern it (see involvement). */
function compileTownship(
  name: string,
  involved: CompiledItem[],
  byId: Map<string, CompiledItem>,
  file: LoadedFile<TownshipFile> | undefined,
  registry: Registry,
  problems: BuildProblem[],
  where = provenance,
): CompiledList {
  const data = file?.data;
  const place = (path: (string | number)[]) => ({ file: file!.source.path, path, township: name });

  const excluded = new Set<string>();
  (data?.exclude ?? []).forEach((ex, i) => {
    const it = byId.get(ex.item);
    if (!it || !involves(it, name, registry)) return void problems.push({ code: 'unknown-item', ...place(['exclude', i, 'item']), item: ex.item });
    excluded.add(ex.item);
    const missing = (['reason', 'approval'] as const).filter((k) => !ex[k]);
    if (missing.length) problems.push({ code: 'exclusion-record', ...place(['exclude', i]), item: ex.item, missing });
  });

  const items: CompiledItem[] = [];
  const index = new Map<string, CompiledItem>();
  for (const it of involved) {
    if (excluded.has(it.id)) continue;
    const own = localize(it, name, registry);
    items.push(own);
    index.set(own.id, own);
  }

  (data?.adjust ?? []).forEach((adj, i) => {
    const it = index.get(adj.item);
    if (!it) return void problems.push({ code: 'unknown-item', ...place(['adjust', i, 'item']), item: adj.item });
    adjust(it, i, name, file!, where, (p) => problems.push(p));
  });

  if (file) items.push(...ownItemsOf(file, name, registry, where));
  return { scope: 'township', name, items };
}

/** Apply the township file's adjustment number `i` to `it` (the township's own copy of the item). */
function adjust(it: CompiledItem, i: number, name: string, file: LoadedFile<TownshipFile>, where: typeof provenance, report: (p: BuildProblem) => void): void {
  const adj = file.data!.adjust![i];
  const place = (path: (string | number)[]) => ({ file: file.source.path, path, township: name });
  const mine = [it.lead, ...(it.support ?? [])].find((p) => p.party === name)!;
  let changed = false;
  for (const [key, value] of Object.entries(adj.set)) {
    if (!(ADJUSTABLE as readonly string[]).includes(key)) {
      report({ code: 'forbidden-field', ...place(['adjust', i, 'set', key]), item: adj.item, field: key });
      continue;
    }
    const target: Record<string, unknown> = key === 'office' || key === 'duties' ? (mine as unknown as Record<string, unknown>) : (it as unknown as Record<string, unknown>);
    if (JSON.stringify(target[key]) === JSON.stringify(value)) continue;
    target[key] = clone(value);
    it.adjusted = { ...it.adjusted, [key]: where(file, ['adjust', i, 'set', key], 'township') };
    changed = true;
  }
  const onlyForbidden = Object.keys(adj.set).every((k) => !(ADJUSTABLE as readonly string[]).includes(k));
  if (!changed && !onlyForbidden) report({ code: 'noop-adjustment', ...place(['adjust', i]), item: adj.item });
}

/** The township's own items (those its file adds), as its list holds them. */
function ownItemsOf(file: LoadedFile<TownshipFile>, name: string, registry: Registry, where = provenance): CompiledItem[] {
  const out: CompiledItem[] = [];
  (file.data?.items ?? []).forEach((item, i) => {
    if (file.badEntries?.has(i)) return;
    const list: ListKind = item.list ?? '基本履职';
    out.push(localize({ ...item, list, domain: item.category ?? list, origin: where(file, ['items', i], 'township') }, name, registry));
  });
  return out;
}

/**
 * One township's list built an item at a time, as the county items come (resp build and export of a
 * repository too large to hold): `take` gives the township's copy of a county item that concerns it
 * (undefined when its file excludes it), `own` the items its file adds. The list equals compile()'s for
 * the township when the county items come in repository order (ids unique).
 */
export class TownshipList {
  private readonly excluded: Set<string>;
  private readonly adjustments = new Map<string, number[]>();

  constructor(
    readonly name: string,
    private readonly file: LoadedFile<TownshipFile> | undefined,
    private readonly registry: Registry,
  ) {
    const data = file?.data;
    this.excluded = new Set((data?.exclude ?? []).map((ex) => ex.item));
    (data?.adjust ?? []).forEach((adj, i) => {
      const list = this.adjustments.get(adj.item) ?? this.adjustments.set(adj.item, []).get(adj.item)!;
      list.push(i);
    });
  }

  take(it: CompiledItem): CompiledItem | undefined {
    if (this.excluded.has(it.id)) return undefined;
    const own = localize(it, this.name, this.registry);
    for (const i of this.adjustments.get(it.id) ?? []) adjust(own, i, this.name, this.file!, provenance, () => {});
    return own;
  }

  own(): CompiledItem[] {
    return this.file ? ownItemsOf(this.file, this.name, this.registry) : [];
  }

  /**
   * True when the township's copy of `it` (see take) holds exactly what `it` holds, so that it is written
   * the same: no adjustment of it, every party standing for the township already named by its official
   * name, and no placeholder in its 施工图 or 说明书.
   */
  unchanged(it: CompiledItem): boolean {
    if (this.adjustments.has(it.id)) return false;
    for (const p of [it.lead, ...(it.support ?? [])]) if (p.party !== this.name && isTownshipParty(p, this.name, this.registry)) return false;
    for (const s of [...(it.steps ?? []), ...(it.manual ?? [])]) if (s.party && PLACEHOLDERS.has(normalize(s.party))) return false;
    return true;
  }
}

/**
 * The townships a county item concerns, in registry order when a placeholder stands for all of them
 * (`all`), else in the order its parties name them.
 */
export function townshipsOf(it: CompiledItem, registry: Registry, all: readonly string[]): readonly string[] {
  const parties = [it.lead, ...(it.support ?? [])];
  if (parties.some((p) => PLACEHOLDERS.has(normalize(p.party)))) return all;
  const out: string[] = [];
  for (const p of parties) {
    const t = registry.township(p.party);
    if (t && !out.includes(t.name)) out.push(t.name);
  }
  return out;
}
