/**
 * A legal-basis cell becomes citations: one entry per numbered line or per 《title》; a later
 * 第X条 without a title keeps the title before it; article text pasted after the citation goes to the
 * item's notes, never lost; entries that cite nothing readable are kept as written and reported.
 */
import { parseBasis } from '../law/cite.js';
import { tidy } from './cells.js';

export interface BasisRead {
  /** The citations, as basis entries of the item. */
  bases: string[];
  /** Article text that was pasted after a citation (《title》第X条：…), for the item's notes. */
  quoted: string[];
  /** Entries kept as written that cite no 《title》 and no article. */
  unparsed: string[];
}

const MARK = /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])\s*/;
const ARTICLE = /^第[一二三四五六七八九十百零〇两\d]+条/;
// A citation at the start of an entry: 《title》, an optional bracket (version, 令号), then 第X条第X款第X项.
const CITE_HEAD = /^(《[^《》]+》(?:[（(][^（）()]{1,40}[）)])?(?:第[一二三四五六七八九十百零〇两\d]+[条款项](?:[（(][一二三四五六七八九十\d]+[）)])?)*)/;

/** Read one basis cell. */
export function readBasis(cell: string): BasisRead {
  const out: BasisRead = { bases: [], quoted: [], unparsed: [] };
  const entries: string[] = [];
  for (const raw of tidy(cell).split('\n')) {
    const line = raw.replace(MARK, '').trim();
    if (!line) continue;
    // Several titles in one line (《A》、《B》) are several entries.
    const parts = line.split(/[、，,；;]\s*(?=《)/);
    const starts = MARK.test(raw) || line.startsWith('《') || ARTICLE.test(line);
    if (!entries.length || starts) entries.push(...parts);
    else entries[entries.length - 1] += line;
  }
  let lastTitle: string | undefined;
  for (let e of entries) {
    if (ARTICLE.test(e) && lastTitle) e = `《${lastTitle}》${e}`;
    const title = /《([^《》]+)》/.exec(e)?.[1];
    if (title) lastTitle = title;
    const head = CITE_HEAD.exec(e)?.[1];
    const parsed = parseBasis(e);
    if (!title && !parsed.citations.some((c) => c.title)) {
      out.unparsed.push(e);
      out.bases.push(e);
      continue;
    }
    const colon = /[：:]/.exec(e);
    if (head && e.length > head.length) {
      // Text after the citation: pasted article text (after a colon, or straight after the numbers).
      const rest = e.slice(head.length).replace(/^[：:\s]+/, '');
      const pasted = colon !== null && colon.index >= head.length - 1 ? true : rest.length > 6 && /^[^、，,；;（(]/.test(rest) && !/^(?:之|的)?规定/.test(rest);
      if (pasted) {
        out.bases.push(head);
        out.quoted.push(`${head}：${rest}`);
        continue;
      }
    } else if (!head && colon && colon.index > 0) {
      // A document cited by its issuer and title, then a colon and its text (…印发《…》：29.…).
      out.bases.push(e.slice(0, colon.index));
      out.quoted.push(e);
      continue;
    }
    out.bases.push(e);
  }
  return out;
}
