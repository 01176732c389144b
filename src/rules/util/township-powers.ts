import type { LawCatalogue, LawInfo, TownshipPower } from '../../law/catalogue.js';
import { parseBasis } from '../../law/cite.js';
import type { Basis } from '../../model/types.js';
import { basisText } from './cited-articles.js';

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
        (p) => p.article === c.article && p.terms.includes(term) && (p.paragraph === undefined || c.paragraph === undefined || c.paragraph === p.paragraph),
      );
      if (power) return { law: law!, power };
    }
  }
  return undefined;
}
