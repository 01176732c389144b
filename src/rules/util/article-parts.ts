import data from '../../data/article-parts.json' with { type: 'json' };
import type { LawInfo } from '../../law/catalogue.js';

/** Paragraphs (款) and items (项) of the built-in laws' articles, from src/data/article-parts.json. */
const PARTS = (data as { laws: Record<string, { articles: number; parts: Record<string, number[]> }> }).laws;

/** What a law's text in force says about one article: its paragraphs, each with its number of items. */
export interface ArticleParts {
  /** Items per paragraph; [0] for an article of one paragraph without items. */
  paragraphs: number[];
  /** The text these counts come from. */
  file: string;
}

/**
 * The paragraphs and items of an article of a built-in law, when the structure of that law's text in
 * force is known and has as many articles as the catalogue says (a repository's own entry, or a
 * catalogue that moved to another version, is not judged by it).
 */
export function articleParts(law: LawInfo, article: number): ArticleParts | undefined {
  if (!law.builtin) return undefined;
  const entry = (PARTS as Record<string, (typeof PARTS)[string] & { file?: string }>)[law.title];
  if (!entry || entry.articles !== law.articles || article < 1 || article > entry.articles) return undefined;
  return { paragraphs: entry.parts[String(article)] ?? [0], file: entry.file ?? '' };
}
