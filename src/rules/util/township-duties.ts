import { memo } from '../../util/memo.js';
import type { DocPath } from '../../findings/types.js';
import type { LoadedFile } from '../../load/load-file.js';
import type { Basis, Delegation, Item, Party, PowerType } from '../../model/types.js';
import type { RuleContext } from '../types.js';
import { assignments } from './assignments.js';
import { items, parties } from '../../load/items.js';
import { isTownshipParty } from './township-party.js';

/**
 * The duties of one township party of an item or assignment, with what the enclosing item or
 * assignment says about their legal footing. Duties are listed per party, not one by one, and paths
 * are built only for a duty that is reported: there are millions of duties in a province and almost
 * none is reported.
 */
export interface TownshipDuties {
  readonly file: LoadedFile;
  /** The duty strings; entries that are not strings (in a township file's adjust) are no duties. */
  readonly duties: readonly unknown[];
  readonly party: string;
  /** The item or assignment id. */
  readonly id: string;
  readonly basis?: Basis[];
  readonly delegation?: Delegation;
  readonly powers: PowerType[];
  /** Path of the k-th duty string. */
  pathOf(k: number): DocPath;
}

/** Where a list of duties hangs: a party (the list is its `duties`), or an adjustment's `set`. */
interface Holder {
  readonly path: DocPath;
}

class Duties implements TownshipDuties {
  constructor(
    readonly file: LoadedFile,
    readonly id: string,
    readonly party: string,
    readonly duties: readonly unknown[],
    readonly basis: Basis[] | undefined,
    readonly delegation: Delegation | undefined,
    private readonly power: PowerType | PowerType[] | undefined,
    private readonly holder: Holder,
  ) {}

  get powers(): PowerType[] {
    return this.power === undefined ? [] : [this.power].flat();
  }

  pathOf(k: number): DocPath {
    return [...this.holder.path, 'duties', k];
  }
}

/**
 * The duties of every township party: in county and township items (lead or support), in assignments,
 * and duties a township file sets for itself on a county item.
 */
export function townshipDuties(ctx: RuleContext<string>): readonly TownshipDuties[] {
  // Two rules walk the same duties: list them once per project.
  return memo(ctx.project, LISTED, () => allDuties(ctx));
}

const LISTED = Symbol('township duties');

function allDuties(ctx: RuleContext<string>): TownshipDuties[] {
  const out: TownshipDuties[] = [];
  const { registry, project } = ctx;
  // County items by id, for the duties township files set on them (most runs have no such file).
  const adjusting = project.townshipFiles.some((f) => f.schemaOk && f.data!.adjust?.length);
  const byId = new Map<string, Item>();
  for (const at of items(project)) {
    const it = at.item;
    if (adjusting && at.file.kind === 'domain') byId.set(it.id, it);
    for (const p of parties(at)) {
      if (!p.party.duties.length || !isTownshipParty(registry, p.party.party)) continue;
      out.push(new Duties(at.file, it.id, p.party.party, p.party.duties, it.basis, it.delegation, it.power, p));
    }
  }
  for (const at of assignments(project)) {
    const a = at.assignment;
    const add = (party: Party, path: DocPath) => {
      if (isTownshipParty(registry, party.party)) out.push(new Duties(at.file, a.id, party.party, party.duties, a.basis, undefined, undefined, { path }));
    };
    add(a.lead, [...at.path, 'lead']);
    (a.support ?? []).forEach((s, i) => add(s, [...at.path, 'support', i]));
  }
  if (!adjusting) return out;
  for (const f of project.townshipFiles) {
    if (!f.schemaOk) continue;
    const adjust = f.data!.adjust ?? [];
    for (let i = 0; i < adjust.length; i++) {
      const duties = (adjust[i].set as { duties?: unknown }).duties;
      const base = byId.get(adjust[i].item);
      if (!Array.isArray(duties) || !base) continue;
      out.push(new Duties(f, adjust[i].item, f.data!.township, duties, base.basis, base.delegation, base.power, { path: ['adjust', i, 'set'] }));
    }
  }
  return out;
}
