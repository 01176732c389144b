import { detach } from '../util/detach.js';
import { closest, normalize } from '../util/text.js';
import type { Department, DepartmentsFile, Office, Township, TownshipsFile } from './types.js';

/** A loaded registry file, as much of it as a Registry reads (a LoadedFile of load/ fits). */
interface RegistrySource<T> {
  data?: T;
  /** Indexes of entries that failed the schema: left out. */
  badEntries?: ReadonlySet<number>;
}

/** The registry files of a project (a Project of load/ fits). */
export interface RegistrySources {
  departments: readonly RegistrySource<DepartmentsFile>[];
  townships: readonly RegistrySource<TownshipsFile>[];
}

/** Names that stand for "each township" in a county list. */
export const TOWNSHIP_PLACEHOLDERS = [
  '乡镇（街道）', '乡镇人民政府（街道办事处）', '各乡镇（街道）', '乡镇政府（街道办事处）', '乡镇人民政府', '街道办事处', '镇（街道）', '镇街', '乡镇',
];

/** Distinct names remembered per cache; a national run keeps no more than this. */
const MAX_REMEMBERED = 50_000;

/** What a party name resolves to. */
export type PartyRef =
  | { kind: 'department'; department: Department }
  | { kind: 'township'; township: Township }
  | { kind: 'placeholder' };

/** Departments and townships of a repository, looked up by any of their names, widths normalised. */
export class Registry {
  private readonly byName = new Map<string, PartyRef>();
  private readonly formerNames = new Map<string, Department>();
  // Names as written, resolved: every rule resolves every party of every item, and names repeat.
  private readonly resolved = new Map<string, PartyRef | undefined>();
  // Values the rules derive from a name and the registry (is it a township, is it outdated), by kind.
  private readonly derivedByKind = new Map<symbol, Map<string, unknown>>();
  readonly departments: Department[] = [];
  readonly townships: Township[] = [];
  readonly commonOffices: Office[] = [];

  static fromProject(project: RegistrySources): Registry {
    // Entries put in directly: the caches to clear on a change are empty yet (a province registers thousands).
    const r = new Registry();
    for (const f of project.departments) {
      const list = f.data!.departments;
      for (let i = 0; i < list.length; i++) if (!f.badEntries?.has(i)) r.putDepartment(list[i]);
    }
    for (const f of project.townships) {
      if (f.data!.offices) for (const o of f.data!.offices) r.commonOffices.push(o);
      const list = f.data!.townships;
      for (let i = 0; i < list.length; i++) if (!f.badEntries?.has(i)) r.putTownship(list[i]);
    }
    return r;
  }

  constructor() {
    for (const p of TOWNSHIP_PLACEHOLDERS) this.byName.set(normalize(p), { kind: 'placeholder' });
  }

  addDepartment(d: Department): void {
    this.changed();
    this.putDepartment(d);
  }

  addTownship(t: Township): void {
    this.changed();
    this.putTownship(t);
  }

  private putDepartment(d: Department): void {
    this.departments.push(d);
    this.byName.set(normalize(d.name), { kind: 'department', department: d });
    if (d.short) for (const n of d.short) this.byName.set(normalize(n), { kind: 'department', department: d });
    if (d.former) for (const n of d.former) this.formerNames.set(normalize(n), d);
  }

  private putTownship(t: Township): void {
    this.townships.push(t);
    this.byName.set(normalize(t.name), { kind: 'township', township: t });
    if (t.short) for (const n of t.short) this.byName.set(normalize(n), { kind: 'township', township: t });
  }

  private changed(): void {
    this.resolved.clear();
    this.derivedByKind.clear();
  }

  /** Resolve a party name (official, short, or a township placeholder). */
  resolve(name: string): PartyRef | undefined {
    const hit = this.resolved.get(name);
    if (hit !== undefined || this.resolved.has(name)) return hit;
    const ref = this.byName.get(normalize(name));
    if (this.resolved.size >= MAX_REMEMBERED) this.resolved.clear();
    this.resolved.set(detach(name), ref);
    return ref;
  }

  /**
   * A value computed from a name and this registry, once per distinct name and `kind` (names repeat
   * in every item); recomputed after the registry changes. `compute` must depend on nothing else.
   */
  derived<T>(kind: symbol, name: string, compute: (name: string) => T): T {
    let values = this.derivedByKind.get(kind) as Map<string, T> | undefined;
    if (!values) this.derivedByKind.set(kind, (values = new Map()));
    const hit = values.get(name);
    if (hit !== undefined || values.has(name)) return hit as T;
    const v = compute(name);
    if (values.size >= MAX_REMEMBERED) values.clear();
    values.set(detach(name), v);
    return v;
  }

  /** The department that now carries a registered former name. */
  formerOf(name: string): Department | undefined {
    return this.formerNames.get(normalize(name));
  }

  /** The registered name closest to an unknown one. */
  suggest(name: string): string | undefined {
    const names = [...this.departments.map((d) => d.name), ...this.departments.flatMap((d) => d.short ?? []), ...this.townships.map((t) => t.name)];
    const n = normalize(name);
    const hit = closest(n, names.map(normalize));
    if (hit) return names.find((x) => normalize(x) === hit);
    // Containment catches 县自然资源局 vs 示例县自然资源和规划局 style near misses.
    return names.find((x) => normalize(x).includes(n) || n.includes(normalize(x)));
  }

  township(name: string): Township | undefined {
    const r = this.resolve(name);
    return r?.kind === 'township' ? r.township : undefined;
  }

  /** Offices a township may assign items to: the common ones plus its own. */
  officesOf(t: Township): Office[] {
    return [...this.commonOffices, ...(t.offices ?? [])];
  }
}
