import { titleKey, type LawCatalogue } from '../../law/catalogue.js';
import { parseBasis } from '../../law/cite.js';
import type { Basis } from '../../model/types.js';

/** An article a basis cites: the law's title key (without 《》 or 中华人民共和国), article and paragraph. */
export interface CitedArticle {
  title: string;
  article: number;
  paragraph?: number;
}

/** The text of a basis entry. */
export function basisText(b: Basis): string {
  return typeof b === 'string' ? b : b.cite;
}

/** Articles cited by a list of basis entries, each with the title it belongs to. */
export function citedArticles(basis: readonly Basis[] | undefined): CitedArticle[] {
  return (basis ?? []).flatMap((b) =>
    parseBasis(basisText(b)).citations.flatMap((c) => (c.title && c.article !== undefined ? [{ title: titleKey(c.title), article: c.article, paragraph: c.paragraph }] : [])),
  );
}

/** True when some basis entry cites a 法律 (by the catalogue, else by its title). */
export function citesLaw(laws: LawCatalogue, basis: readonly Basis[] | undefined): boolean {
  return (basis ?? []).some((b) => parseBasis(basisText(b)).citations.some((c) => !!c.title && laws.levelOf(c.title) === '法律'));
}
