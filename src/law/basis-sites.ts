/**
 * Every legal-basis entry of a project with where it sits and what it belongs to, parsed once per
 * run: the rules of this folder all walk the same sites.
 */
import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { Basis, Party, PowerType } from '../model/types.js';
import { items } from '../rules/util/items.js';
import { parseBasis, type ParsedBasis } from './cite.js';
import { memo } from '../util/memo.js';

/** What a basis entry belongs to: an item or an assignment (交办事项). */
export interface BasisOwner {
  id: string;
  name: string;
  powers: PowerType[];
  parties: Party[];
  file: LoadedFile;
  /** Path of the item or assignment. */
  path: DocPath;
  bases: BasisSite[];
}

/** One basis entry. */
export interface BasisSite {
  owner: BasisOwner;
  /** Path of the entry in its list: [..., 'basis', i]. */
  path: DocPath;
  /** Path of the citation text: the entry itself, or its `cite` field. */
  textPath: DocPath;
  text: string;
  /** The version the entry says it cites (object form only). */
  version?: string;
  parsed: ParsedBasis;
}

const OWNERS = Symbol('basis owners');

/** Items and assignments with their parsed basis entries, in file order (listed once per project). */
export function basisOwners(project: Project): BasisOwner[] {
  return memo(project, OWNERS, () => listOwners(project));
}

function listOwners(project: Project): BasisOwner[] {
  const owners: BasisOwner[] = [];
  for (const at of items(project)) {
    const it = at.item;
    owners.push(owner(at.file, at.path, it.id, it.name, it.power, [it.lead, ...(it.support ?? [])], it.basis));
  }
  for (const f of project.assignments) {
    if (!f.schemaOk) continue;
    f.data!.assignments.forEach((a, i) => {
      if (!f.badEntries?.has(i)) owners.push(owner(f, ['assignments', i], a.id, a.name, undefined, [a.lead, ...(a.support ?? [])], a.basis));
    });
  }
  return owners;
}

/** Every basis entry of a project. */
export function* basisSites(project: Project): Generator<BasisSite> {
  for (const o of basisOwners(project)) yield* o.bases;
}

function owner(file: LoadedFile, path: DocPath, id: string, name: string, power: PowerType | PowerType[] | undefined, parties: Party[], basis: Basis[] | undefined): BasisOwner {
  const o: BasisOwner = { id, name, powers: power === undefined ? [] : [power].flat(), parties, file, path, bases: [] };
  (basis ?? []).forEach((b, i) => {
    const text = typeof b === 'string' ? b : b.cite;
    const entry = [...path, 'basis', i];
    o.bases.push({ owner: o, path: entry, textPath: typeof b === 'string' ? entry : [...entry, 'cite'], text, version: typeof b === 'string' ? undefined : b.version, parsed: parseBasis(text) });
  });
  return o;
}
