import type { LawCatalogue, LawInfo, TownshipPower } from '../../law/catalogue.js';
import { parseBasis } from '../../law/cite.js';
import type { Basis } from '../../model/types.js';
import { basisText } from './cited-articles.js';
import { VOCABULARY } from './vocabulary.js';

/** The licensing terms (审批, 审核批准, 核发 ...): the steps of granting one licence. */
const LICENSING: ReadonlySet<string> = new Set(VOCABULARY.enforcement.filter((c) => c.class === '许可').flatMap((c) => c.terms));

/**
 * Whether a statutory power covers a term: one of its own terms, or, for a licensing power, any step of
 * granting the licence (a township that approves 宅基地 also issues the approval certificate: 核发).
 */
function coversTerm(power: TownshipPower, term: string): boolean {
  return power.terms.includes(term) || (LICENSING.has(term) && power.terms.some((t) => LICENSING.has(t)));
}

/** A statutory township power found among an item's basis: the law and its article. */
export interface StatutoryPower {
  law: LawInfo;
  power: TownshipPower;
}

/**
 * The article among an item's basis that lets a township perform `term` itself (城乡规划法第六十五条,
 * 土地管理法第六十二条第四款 ...), if any: the built-in catalogue's township_powers and those a
 * repository's registry/laws.yaml marks on its own laws.
 */
export function statutoryPowerFor(laws: LawCatalogue, basis: readonly Basis[] | undefined, term: string): StatutoryPower | undefined {
  for (const b of basis ?? []) {
    for (const c of parseBasis(basisText(b)).citations) {
      if (!c.title || c.article === undefined) continue;
      const law = laws.resolve(c.title);
      const power = law?.townshipPowers.find(
        (p) => p.article === c.article && coversTerm(p, term) && (p.paragraph === undefined || c.paragraph === undefined || c.paragraph === p.paragraph),
      );
      if (power) return { law: law!, power };
    }
  }
  return undefined;
}
