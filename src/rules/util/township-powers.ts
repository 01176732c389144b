import type { Basis } from '../../model/types.js';
import { citedArticles } from './cited-articles.js';
import { VOCABULARY, type TownshipPower } from './vocabulary.js';

/** The statute among an item's basis that lets a township perform `term` itself (城乡规划法第六十五条 ...), if any. */
export function statutoryPowerFor(basis: readonly Basis[] | undefined, term: string): TownshipPower | undefined {
  const cited = citedArticles(basis);
  return VOCABULARY.townshipPowers.find(
    (p) =>
      p.terms.includes(term) &&
      cited.some((c) => c.title === p.law && c.article === p.article && (p.paragraph === undefined || c.paragraph === undefined || c.paragraph === p.paragraph)),
  );
}
