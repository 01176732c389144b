/**
 * Every legal-basis entry of a project with where it sits and what it belongs to, parsed once per
 * run: the rules of this folder all walk the same sites.
 */
import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { Basis, Party, PowerType } from '../model/types.js';
import { items } from '../load/items.js';
import { parseBasis, type ParsedBasis } from './cite.js';
import { memo } from '../util/memo.js';

/** What a basis entry belongs to: an item or an assignment (交办事项). */
export interface BasisOwner {
  readonly id: string;
  readonly name: string;
  readonly powers: PowerType[];
  readonly parties: Party[];
  readonly file: LoadedFile;
  /** Path of the item or assignment. */
  readonly path: DocPath;
  readonly bases: BasisSite[];
}

/** One basis entry. */
export interface BasisSite {
  readonly owner: BasisOwner;
  /** Path of the entry in its list: [..., 'basis', i]. */
  readonly path: DocPath;
  /** Path of the citation text: the entry itself, or its `cite` field. */
  readonly textPath: DocPath;
  readonly text: string;
  /** The version the entry says it cites (object form only). */
  readonly version?: string;
  readonly parsed: ParsedBasis;
}

const OWNERS = Symbol('basis owners');
const SITES = Symbol('basis sites');

/** Items and assignments with their parsed basis entries, in file order (listed once per project). */
export function basisOwners(project: Project): readonly BasisOwner[] {
  return memo(project, OWNERS, () => listOwners(project));
}

function listOwners(project: Project): BasisOwner[] {
  const owners: BasisOwner[] = [];
  for (const at of items(project)) {
    const it = at.item;
    owners.push(new Owner(at.file, at.path, it.id, it.name, it.power, it.lead, it.support, it.basis));
  }
  for (const f of project.assignments) {
    if (!f.schemaOk) continue;
    f.data!.assignments.forEach((a, i) => {
      if (!f.badEntries?.has(i)) owners.push(new Owner(f, ['assignments', i], a.id, a.name, undefined, a.lead, a.support, a.basis));
    });
  }
  return owners;
}

/** Every basis entry of a project, in file order (listed once per project). */
export function basisSites(project: Project): readonly BasisSite[] {
  return memo(project, SITES, () => basisOwners(project).flatMap((o) => o.bases));
}

// Owners and sites are made for every item, but few are ever reported: what only a report or some
// rules need (paths, the party list) is built when asked for.

class Owner implements BasisOwner {
  readonly bases: BasisSite[] = [];
  private powerList?: PowerType[];

  constructor(
    readonly file: LoadedFile,
    readonly path: DocPath,
    readonly id: string,
    readonly name: string,
    private readonly power: PowerType | PowerType[] | undefined,
    private readonly lead: Party,
    private readonly support: Party[] | undefined,
    basis: Basis[] | undefined,
  ) {
    if (basis) for (let i = 0; i < basis.length; i++) this.bases.push(new Site(this, i, basis[i]));
  }

  get powers(): PowerType[] {
    return (this.powerList ??= this.power === undefined ? [] : [this.power].flat());
  }

  get parties(): Party[] {
    return [this.lead, ...(this.support ?? [])];
  }
}

class Site implements BasisSite {
  readonly text: string;
  readonly version?: string;
  readonly parsed: ParsedBasis;
  /** Written as {cite, version}, not as a string. */
  private readonly object: boolean;

  constructor(
    readonly owner: BasisOwner,
    private readonly index: number,
    entry: Basis,
  ) {
    this.object = typeof entry !== 'string';
    this.text = typeof entry === 'string' ? entry : entry.cite;
    this.version = typeof entry === 'string' ? undefined : entry.version;
    this.parsed = parseBasis(this.text);
  }

  get path(): DocPath {
    return [...this.owner.path, 'basis', this.index];
  }

  get textPath(): DocPath {
    return this.object ? [...this.path, 'cite'] : this.path;
  }
}
