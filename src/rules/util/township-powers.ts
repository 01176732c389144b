import type { LawCatalogue, LawInfo, TownshipPower } from '../../law/catalogue.js';
import { parseBasis } from '../../law/cite.js';
import type { Basis } from '../../model/types.js';
import { basisText } from './cited-articles.js';
import { VOCABULARY } from './vocabulary.js';

/** The licensing terms (审批, 审核批准, 核发 ...): the steps of granting one licence. */
const LICENSING: ReadonlySet<string> = new Set(VOCABULARY.enforcement.filter((c) => c.class === '许可').flatMap((c) => c.terms));

/** Ways of writing one act: a demolition the statute allows may be written 强制拆除, 强行拆除, 依法拆除 ... */
const DEMOLITION = (t: string) => t.endsWith('拆除');

/**
 * Whether a statutory power covers a term: one of its own terms; for a licensing power, any step of
 * granting the licence (a township that approves 宅基地 also issues the approval certificate: 核发); for
 * a power to demolish, any way of writing the demolition.
 */
function coversTerm(power: TownshipPower, term: string): boolean {
  if (power.terms.includes(term)) return true;
  if (LICENSING.has(term)) return power.terms.some((t) => LICENSING.has(t));
  return DEMOLITION(term) && power.terms.some(DEMOLITION);
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
