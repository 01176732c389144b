import type { Basis } from '../../model/types.js';
import { normalize } from '../../util/text.js';

/** An article a basis cites: the law's short title (without 中华人民共和国), article and paragraph. */
export interface CitedArticle {
  title: string;
  article: number;
  paragraph?: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number written in Arabic or Chinese numerals (六十五, 一百零二, 65); undefined when it is neither. */
export function parseNumeral(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c in UNITS) {
      total += (digit || 1) * UNITS[c];
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

/** A law title as compared: widths normalised, title marks and the 中华人民共和国 prefix dropped. */
export function shortTitle(title: string): string {
  return normalize(title).replace(/[《》〈〉]/g, '').replace(/^中华人民共和国/, '');
}

/** True when a title names a 法律 (…法, not …办法). */
export function isLawTitle(title: string): boolean {
  const t = shortTitle(title);
  return /法$/.test(t) && !/办法$/.test(t);
}

/** The text of a basis entry. */
export function basisText(b: Basis): string {
  return typeof b === 'string' ? b : b.cite;
}

/** Titles cited in a basis entry (《…》, or the text before 第 when there are no title marks). */
export function citedTitles(b: Basis): string[] {
  const text = normalize(basisText(b));
  const marked = [...text.matchAll(/《([^》]+)》/g)].map((m) => shortTitle(m[1]));
  if (marked.length) return marked;
  const bare = /^(.+?)第/.exec(text)?.[1] ?? text;
  return [shortTitle(bare)];
}

const TOKEN = /《([^》]+)》|第([零〇一二三四五六七八九十百千两\d]+)条(?:第([零〇一二三四五六七八九十\d]+)款)?/g;

/** Articles cited by a list of basis entries; later articles without a title belong to the last title named. */
export function citedArticles(basis: readonly Basis[] | undefined): CitedArticle[] {
  const out: CitedArticle[] = [];
  for (const b of basis ?? []) {
    const text = normalize(basisText(b));
    let title = text.includes('《') ? '' : shortTitle(/^(.+?)第/.exec(text)?.[1] ?? '');
    for (const m of text.matchAll(TOKEN)) {
      if (m[1] !== undefined) {
        title = shortTitle(m[1]);
        continue;
      }
      const article = parseNumeral(m[2]);
      if (!title || article === undefined) continue;
      const paragraph = m[3] !== undefined ? parseNumeral(m[3]) : undefined;
      out.push({ title, article, paragraph });
    }
  }
  return out;
}
