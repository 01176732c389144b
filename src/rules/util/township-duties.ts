import { memo } from '../../util/memo.js';
import type { DocPath } from '../../findings/types.js';
import type { LoadedFile } from '../../load/load-file.js';
import type { Basis, Delegation, PowerType } from '../../model/types.js';
import type { RuleContext } from '../types.js';
import { assignments } from './assignments.js';
import { items, parties } from './items.js';
import { isTownshipParty } from './township-party.js';

/** One duty a township carries, with what the enclosing item or assignment says about its legal footing. */
export interface TownshipDuty {
  file: LoadedFile;
  /** Path of the duty string. */
  path: DocPath;
  duty: string;
  party: string;
  /** The item or assignment id. */
  id: string;
  basis?: Basis[];
  delegation?: Delegation;
  /** Path of the delegation record, when there is one. */
  delegationPath?: DocPath;
  powers: PowerType[];
}

/**
 * Every duty of a township party: in county and township items (lead or support), in assignments, and
 * duties a township file sets for itself on a county item.
 */
export function* townshipDuties(ctx: RuleContext<string>): Generator<TownshipDuty> {
  // Two rules walk the same duties: list them once per project.
  yield* memo(ctx.project, LISTED, () => [...allDuties(ctx)]);
}

const LISTED = Symbol('township duties');

function* allDuties(ctx: RuleContext<string>): Generator<TownshipDuty> {
  const byId = new Map<string, { basis?: Basis[]; delegation?: Delegation; powers: PowerType[]; path: DocPath }>();
  for (const at of items(ctx.project)) {
    const powers = at.item.power === undefined ? [] : [at.item.power].flat();
    if (at.file.kind === 'domain') byId.set(at.item.id, { basis: at.item.basis, delegation: at.item.delegation, powers, path: at.path });
    for (const p of parties(at)) {
      if (!isTownshipParty(ctx.registry, p.party.party)) continue;
      for (let k = 0; k < p.party.duties.length; k++) {
        yield {
          file: at.file, path: [...p.path, 'duties', k], duty: p.party.duties[k], party: p.party.party, id: at.item.id,
          basis: at.item.basis, delegation: at.item.delegation, delegationPath: at.item.delegation ? [...at.path, 'delegation'] : undefined, powers,
        };
      }
    }
  }
  for (const at of assignments(ctx.project)) {
    const a = at.assignment;
    const ps = [{ party: a.lead, path: [...at.path, 'lead'] }, ...(a.support ?? []).map((s, i) => ({ party: s, path: [...at.path, 'support', i] }))];
    for (const p of ps) {
      if (!isTownshipParty(ctx.registry, p.party.party)) continue;
      for (let k = 0; k < p.party.duties.length; k++) {
        yield { file: at.file, path: [...p.path, 'duties', k], duty: p.party.duties[k], party: p.party.party, id: a.id, basis: a.basis, powers: [] };
      }
    }
  }
  for (const f of ctx.project.townshipFiles) {
    if (!f.schemaOk) continue;
    const adjust = f.data!.adjust ?? [];
    for (let i = 0; i < adjust.length; i++) {
      const duties = (adjust[i].set as { duties?: unknown }).duties;
      const base = byId.get(adjust[i].item);
      if (!Array.isArray(duties) || !base) continue;
      for (let k = 0; k < duties.length; k++) {
        if (typeof duties[k] !== 'string') continue;
        yield { file: f, path: ['adjust', i, 'set', 'duties', k], duty: duties[k], party: f.data!.township, id: adjust[i].item, basis: base.basis, delegation: base.delegation, powers: base.powers };
      }
    }
  }
}
