import type { BasisSite } from './basis-sites.js';
import { versionYear, type LawInfo } from './catalogue.js';

/** True when a basis entry says it cites a version older than the catalogue's current one. */
export function citesOlderVersion(site: BasisSite, law: LawInfo): boolean {
  const cited = versionYear(site.version);
  const current = versionYear(law.version);
  return cited !== undefined && current !== undefined && cited < current;
}
