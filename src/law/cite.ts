/**
 * Parse a legal-basis text into citations: 《title》第X条第X款第X项, several in one text, Chinese or
 * Arabic numerals, brackets of either width around 项, titles without 《》, and article text pasted
 * after a colon. Malformed parts become problems with their character offset, never exceptions.
 */
import { detach } from '../util/detach.js';
import { NUMERAL_CHARS, parseNumeral } from './numerals.js';

/** One citation found in a basis text. */
export interface Citation {
  /** The law's title as written, without 《》; undefined when none was written or could be inferred. */
  title?: string;
  /** True when the title was taken from text before 第X条 because 《》 were missing. */
  titleInferred?: boolean;
  /** Article number; undefined when only the title is cited. */
  article?: number;
  paragraph?: number;
  item?: number;
  /** The citation as written (title and numbers). */
  raw: string;
  /** Index of its first character in the basis text. */
  offset: number;
  /** The parenthesis written right after the title: a version or a 文号/令号, e.g. 国务院令第116号. */
  note?: string;
  /** Article text pasted after a colon, if any. */
  quoted?: string;
}

/**
 * Kinds of malformed citation. Besides unreadable numbers and titles: 第 left out before a number
 * (《城乡规划法》六十四条, 第六十二条四款) or written twice (第第六十五条), a bracket left open or put
 * round a 款 (第（二项, 第（一）款: 款 has no brackets), a 款 written after the 项 it contains, a range
 * written with a dash inside one number (第七十七—七十八条), a 目 with no article before it, and a
 * number with no unit at all (《土地管理法》第七十七).
 */
export type CiteProblemCode =
  | 'unbalanced-title'
  | 'item-without-article'
  | 'paragraph-without-article'
  | 'subitem-without-article'
  | 'bad-numeral'
  | 'missing-title'
  | 'missing-ordinal'
  | 'repeated-ordinal'
  | 'bracket'
  | 'misordered'
  | 'dashed-range'
  | 'missing-unit';

/** A malformed part of a basis text. */
export interface CiteProblem {
  code: CiteProblemCode;
  offset: number;
  raw: string;
}

/** The citations and problems of one basis text. */
export interface ParsedBasis {
  citations: Citation[];
  problems: CiteProblem[];
}

const SEPARATORS = '、，,；;。\n';
const OPEN = '(（';
const CLOSE = ')）';
/** Brackets that are not for item numbers (【】, [], 〔〕 belong to 文号): 第【二】项 is read, and reported. */
const WRONG_OPEN = '【[［〔';
const WRONG_CLOSE = '】]］〕';
const QUOTES: Record<string, string> = { '“': '”', '"': '"', '「': '」', '『': '』', '‘': '’' };
const UNITS = '条款项目';
/** Words that may end the name of a law, regulation, rule or document. */
const TITLE_END = /(法|条例|规定|办法|细则|决定|规则|意见|通知|方案|准则|章程|纲要)$/;
const LEAD_WORDS = /^(?:\d+[.．、]?)?(?:依据|根据|按照|依照|参照|详见|见)?/;

interface NumberToken {
  unit: string;
  value?: number;
  numeral: string;
  end: number;
  /** The bracket round the numeral is left open (第（二项), or put round a 款 (第（一）款). */
  bracketProblem?: boolean;
  /** 第七十七—七十八条: the last number of a range written with a dash. */
  rangeEnd?: number;
}

/** 第七十七、七十八条 (numbers listed under one 第 and one unit). */
const ENUMERATED = /^第([零〇一二三四五六七八九两十百千0-9０-９]+(?:[、,，][零〇一二三四五六七八九两十百千0-9０-９]+)+)([条款项])/;

/** 第七十七 with no unit, at the end of the text or before a separator other than 、. */
const NO_UNIT = /^第([零〇一二三四五六七八九两十百千0-9０-９]+)(?=$|[，,；;。\s])/;

/** A dash between two numbers inside one 第…条: 第七十七—七十八条, 第77-78条. 至 is not a dash. */
const DASH_RANGE = /^([^—–\-－~～]+)\s*[—–\-－~～]+\s*([^—–\-－~～]+)$/;

// The same basis text recurs across many items (one article cited by many); each is parsed once. The
// results are shared, so callers must not change them. Bounded, so a national run keeps no more than this.
const parsed = new Map<string, ParsedBasis>();
const MAX_REMEMBERED = 50_000;

/** Parse one basis text. */
export function parseBasis(text: string): ParsedBasis {
  let p = parsed.get(text);
  if (!p) {
    if (parsed.size >= MAX_REMEMBERED) parsed.clear();
    const own = detach(text);
    parsed.set(own, (p = new Scanner(own).run()));
  }
  return p;
}

class Scanner {
  private readonly citations: Citation[] = [];
  private readonly problems: CiteProblem[] = [];
  private title: { text: string; offset: number; end: number; used: boolean; inferred: boolean; note?: string } | undefined;
  private last: Citation | undefined;
  /** The last token was a number of `last`, with only spaces since: a following 款/项 belongs to it. */
  private adjacent = false;
  /** No separator since `last`: a colon starts pasted article text. */
  private sameSegment = false;

  constructor(private readonly text: string) {}

  run(): ParsedBasis {
    const t = this.text;
    let i = 0;
    while (i < t.length) {
      const c = t[i];
      if (c === '《') i = this.openTitle(i);
      else if (c === '》') i = this.strayClose(i); else if (c === '第') i = this.number(i);
      else if ((OPEN.includes(c) || WRONG_OPEN.includes(c)) && this.adjacent && this.last) i = this.bracketItem(i);
      else if ((c === '：' || c === ':') && this.sameSegment && this.last) i = this.pasted(i + 1);
      else if (NUMERAL_CHARS.includes(c) && this.afterCitationStart(i)) i = this.bareNumber(i);
      else {
        if (SEPARATORS.includes(c)) this.sameSegment = false;
        if (!/\s/.test(c)) this.adjacent = false;
        i++;
      }
    }
    this.flushTitleOnly();
    this.citations.sort((a, b) => a.offset - b.offset);
    return { citations: this.citations, problems: this.problems };
  }

  /**
   * Position i follows a title (only spaces between) or the number just read (第六十二条|四款): a number
   * written there without 第 is still part of the citation.
   */
  private afterCitationStart(i: number): boolean {
    const ti = this.title;
    if (ti && !ti.used && !ti.inferred && onlySpaces(this.text, ti.end, i)) return true;
    return this.adjacent && this.last !== undefined && this.last.offset + this.last.raw.length === i;
  }

  /** A numeral followed by 条 or 款 with no 第 before it: reported, and read as if 第 were there. */
  private bareNumber(i: number): number {
    const t = this.text;
    let j = i;
    while (j < t.length && j - i < 8 && NUMERAL_CHARS.includes(t[j])) j++;
    const unit = t[j];
    const value = parseNumeral(t.slice(i, j));
    if ((unit !== '条' && unit !== '款') || value === undefined) {
      this.adjacent = false;
      return j;
    }
    this.problem('missing-ordinal', i, t.slice(i, j + 1));
    if (unit === '条') this.article(i, value, j + 1);
    else this.subdivision(i, j + 1, 'paragraph', value);
    return j + 1;
  }

  private problem(code: CiteProblemCode, offset: number, raw: string): void {
    this.problems.push({ code, offset, raw });
  }

  /** A title cited without any article becomes a citation of its own (title only). */
  private flushTitleOnly(): void {
    const ti = this.title;
    if (ti && !ti.used && !ti.inferred) this.citations.push({ title: ti.text, raw: this.text.slice(ti.offset, ti.end), offset: ti.offset, ...(ti.note ? { note: ti.note } : {}) });
  }

  private openTitle(i: number): number {
    const t = this.text;
    let close = -1;
    for (let j = i + 1; j < t.length; j++) {
      if (t[j] === '》') {
        close = j;
        break;
      }
      if (t[j] === '《') break;
    }
    if (close < 0) {
      // Quote the unclosed title up to the next separator, so the message shows what was written.
      let end = i + 1;
      while (end < t.length && end - i < 40 && !SEPARATORS.includes(t[end]) && t[end] !== '《') end++;
      this.problem('unbalanced-title', i, t.slice(i, end));
      return i + 1;
    }
    this.flushTitleOnly();
    this.title = { text: t.slice(i + 1, close), offset: i, end: close + 1, used: false, inferred: false };
    this.last = undefined;
    this.adjacent = false;
    this.sameSegment = false;
    let j = close + 1;
    while (j < t.length && /[ \t]/.test(t[j])) j++;
    // A parenthesis right after the title gives its version or 令号, e.g. （2019修正）（国务院令第116号）.
    if (OPEN.includes(t[j])) {
      const k = closingParen(t, j);
      if (k > 0) {
        this.title.end = k + 1;
        this.title.note = t.slice(j + 1, k);
        return k + 1;
      }
    }
    return close + 1;
  }

  /** A 》 without its 《: reported, and the words before it still taken as the title. */
  private strayClose(i: number): number {
    this.problem('unbalanced-title', i, '》');
    let j = i;
    while (j > 0 && !/[、，,；;。：:\s《》（）()“”"'「」]/.test(this.text[j - 1])) j--;
    const lead = LEAD_WORDS.exec(this.text.slice(j, i))?.[0] ?? '';
    if (j + lead.length < i) {
      this.flushTitleOnly();
      this.title = { text: this.text.slice(j + lead.length, i), offset: j + lead.length, end: i + 1, used: false, inferred: true };
      this.last = undefined;
      this.adjacent = false;
      this.sameSegment = false;
    }
    return i + 1;
  }

  private number(i: number): number {
    // 第第六十五条: the second 第 starts the number.
    if (this.text[i + 1] === '第') {
      this.problem('repeated-ordinal', i, '第第');
      return i + 1;
    }
    const tok = readNumber(this.text, i);
    if (!tok) {
      const listed = this.enumerated(i);
      if (listed > i) return listed;
      this.adjacent = false;
      return i + 1;
    }
    const raw = this.text.slice(i, tok.end);
    if (tok.value === undefined) {
      this.problem('bad-numeral', i, raw);
      this.adjacent = false;
      return tok.end;
    }
    if (tok.bracketProblem) this.problem('bracket', i, raw);
    if (tok.rangeEnd !== undefined) this.problem('dashed-range', i, raw);
    if (tok.unit === '条') {
      this.article(i, tok.value, tok.end);
      // Both ends of a dashed range are cited (the articles between are not named one by one).
      if (tok.rangeEnd !== undefined && this.last) this.push({ ...this.last, article: tok.rangeEnd, raw, offset: i });
    } else if (tok.unit === '款') this.subdivision(i, tok.end, 'paragraph', tok.value);
    else if (tok.unit === '项') this.subdivision(i, tok.end, 'item', tok.value);
    else if (!this.last || this.last.article === undefined) {
      if (!/(附件|附表|目录|清单)[一二三四五六七八九十\d]*\s*$/.test(this.text.slice(Math.max(0, i - 8), i))) this.problem('subitem-without-article', i, raw);
      this.adjacent = false;
    } else if (this.adjacent) this.extend(tok.end);
    return tok.end;
  }

  /**
   * 第七十七、七十八条: several numbers under one 第 and one unit, a common shorthand for
   * 第七十七条、第七十八条; each is cited. 第七十七 with no unit at all, at the end of the text or
   * before a separator, is reported. Returns where reading goes on (i when neither applies).
   */
  private enumerated(i: number): number {
    const t = this.text;
    const m = ENUMERATED.exec(t.slice(i, i + 40));
    if (m) {
      const values = m[1].split(/[、,，]/).map(parseNumeral);
      const end = i + m[0].length;
      if (values.every((v) => v !== undefined)) {
        const unit = m[2];
        values.forEach((v, k) => {
          if (unit === '条') {
            if (k === 0) this.article(i, v!, end);
            else if (this.last) this.push({ ...this.last, article: v!, raw: t.slice(i, end), offset: i, paragraph: undefined, item: undefined });
          } else this.subdivision(i, end, unit === '款' ? 'paragraph' : 'item', v!);
        });
        return end;
      }
    }
    const bare = NO_UNIT.exec(t.slice(i, i + 12));
    if (bare && parseNumeral(bare[1]) !== undefined && (this.title || this.last)) {
      this.problem('missing-unit', i, bare[0]);
      return i + bare[0].length;
    }
    return i;
  }

  private article(i: number, value: number, end: number): void {
    if (!this.title || this.title.used) {
      const inferred = inferTitle(this.text, i);
      if (inferred) this.title = { ...inferred, end: i, used: false, inferred: true };
    }
    const ti = this.title;
    // The first article after a title is reported from the title on: 《土地管理法》第七十七条.
    const start = ti && !ti.used && onlySpaces(this.text, ti.end, i) ? ti.offset : i;
    if (!ti) this.problem('missing-title', i, this.text.slice(i, end));
    const cit: Citation = { title: ti?.text, article: value, raw: this.text.slice(start, end), offset: start };
    if (ti?.inferred) cit.titleInferred = true;
    if (ti?.note) cit.note = ti.note;
    if (ti) ti.used = true;
    this.push(cit);
  }

  private subdivision(i: number, end: number, field: 'paragraph' | 'item', value: number): void {
    const last = this.last;
    // 附件第115项, 附表第3项, 目录第12项: an entry of an annex or catalogue, not an item of an article.
    if ((!last || last.article === undefined) && /(附件|附表|目录|清单)[一二三四五六七八九十\d]*\s*$/.test(this.text.slice(Math.max(0, i - 8), i))) {
      this.adjacent = false;
      return;
    }
    if (!last || last.article === undefined) {
      this.problem(field === 'item' ? 'item-without-article' : 'paragraph-without-article', i, this.text.slice(i, end));
      this.adjacent = false;
      return;
    }
    // 第一百二十二条第一项第一款: the 款 comes after the 项 it should contain.
    if (field === 'paragraph' && this.adjacent && last.item !== undefined && last.paragraph === undefined) {
      this.problem('misordered', last.offset, this.text.slice(last.offset, end));
      last.paragraph = value;
      this.extend(end);
      return;
    }
    const free = field === 'paragraph' ? last.paragraph === undefined && last.item === undefined : last.item === undefined;
    if (this.adjacent && free) {
      last[field] = value;
      this.extend(end);
      return;
    }
    // 第三条第一款、第二款: a later 款 or 项 repeats the article (and paragraph) cited before it.
    const cit: Citation = { title: last.title, article: last.article, raw: this.text.slice(i, end), offset: i };
    if (last.titleInferred) cit.titleInferred = true;
    if (last.note) cit.note = last.note;
    if (field === 'item' && last.paragraph !== undefined) cit.paragraph = last.paragraph;
    cit[field] = value;
    this.push(cit);
  }

  private bracketItem(i: number): number {
    const t = this.text;
    const wrong = WRONG_OPEN.includes(t[i]);
    const k = wrong ? (WRONG_CLOSE.includes(t[i + 2]) ? i + 2 : WRONG_CLOSE.includes(t[i + 3]) ? i + 3 : -1) : closingParen(t, i);
    if (k < 0) return i + 1;
    const inner = t.slice(i + 1, k).trim();
    if (!inner || ![...inner].every((ch) => NUMERAL_CHARS.includes(ch))) {
      this.adjacent = false;
      return i + 1;
    }
    let end = k + 1;
    if (t[end] === '项') end++;
    else if (wrong) {
      this.adjacent = false;
      return i + 1;
    }
    const value = parseNumeral(inner);
    if (value === undefined) {
      this.problem('bad-numeral', i, t.slice(i, end));
      this.adjacent = false;
      return end;
    }
    if (wrong) this.problem('bracket', i, t.slice(i, end));
    this.subdivision(i, end, 'item', value);
    return end;
  }

  /** Article text pasted after a colon: quoted, or up to the end of the line, a 「；」 or the next numbered entry. */
  private pasted(from: number): number {
    const t = this.text;
    let j = from;
    while (j < t.length && /[ \t]/.test(t[j])) j++;
    const closeQuote = QUOTES[t[j]];
    let text: string;
    let end: number;
    if (closeQuote) {
      const k = t.indexOf(closeQuote, j + 1);
      end = k < 0 ? t.length : k + 1;
      text = t.slice(j + 1, k < 0 ? t.length : k);
    } else {
      const rest = t.slice(j);
      const m = /\n|；|;|\d+[.．、]\s*《/.exec(rest);
      end = m ? j + m.index : t.length;
      text = t.slice(j, end);
    }
    if (this.last) this.last.quoted = text.trim();
    this.adjacent = false;
    this.sameSegment = false;
    return end;
  }

  private push(cit: Citation): void {
    this.citations.push(cit);
    this.last = cit;
    this.adjacent = true;
    this.sameSegment = true;
  }

  private extend(end: number): void {
    const last = this.last!;
    last.raw = this.text.slice(last.offset, end);
  }
}

/** Read 第<numeral><unit> at i (the numeral may be bracketed for 项); undefined if no unit follows. */
function readNumber(t: string, i: number): NumberToken | undefined {
  let j = i + 1;
  while (j < t.length && /[ \t]/.test(t[j])) j++;
  const bracket = OPEN.includes(t[j]);
  if (bracket) j++;
  // 第【二】项, 第[2]项: an item number in brackets meant for document numbers.
  const wrongBracket = !bracket && WRONG_OPEN.includes(t[j]);
  if (wrongBracket) {
    const close = [1, 2, 3].map((d) => j + d).find((x) => WRONG_CLOSE.includes(t[x]));
    if (close === undefined || t[close + 1] !== '项' || !isNumeral(t.slice(j + 1, close))) return undefined;
    const numeral = t.slice(j + 1, close);
    return { unit: '项', numeral, value: parseNumeral(numeral), end: close + 2, bracketProblem: true };
  }
  let numeral = '';
  // A numeral is short; anything else before a unit is taken as a malformed numeral (第X条).
  while (j < t.length && numeral.length < 12 && !UNITS.includes(t[j]) && !SEPARATORS.includes(t[j]) && !'第《》：:'.includes(t[j]) && !/\s/.test(t[j])) {
    if (bracket && CLOSE.includes(t[j])) break;
    numeral += t[j];
    j++;
  }
  let bracketProblem = false;
  if (bracket) {
    // 第（二项: the bracket is never closed.
    if (CLOSE.includes(t[j])) j++;
    else bracketProblem = true;
  }
  while (j < t.length && /[ \t]/.test(t[j])) j++;
  const unit = t[j];
  if (!unit || !UNITS.includes(unit) || numeral === '') return undefined;
  // 第（一）款: 款 are not numbered in brackets (立法法第六十五条); only 项 are.
  if (bracket && unit !== '项') {
    if (unit !== '款' || bracketProblem) return undefined;
    bracketProblem = true;
  }
  if (bracketProblem && !isNumeral(numeral)) return undefined;
  const range = DASH_RANGE.exec(numeral);
  if (range && unit === '条' && !bracket && isNumeral(range[1]) && isNumeral(range[2])) {
    const from = parseNumeral(range[1]);
    const to = parseNumeral(range[2]);
    if (from !== undefined && to !== undefined && from < to) return { unit, numeral, value: from, rangeEnd: to, end: j + 1 };
  }
  // Longer runs with other characters are ordinary words (第一次会议通过的条例), not numerals.
  if (numeral.length > 2 && !isNumeral(numeral)) return undefined;
  return { unit, numeral, value: parseNumeral(numeral), end: j + 1, ...(bracketProblem ? { bracketProblem } : {}) };
}

function isNumeral(s: string): boolean {
  return s.length > 0 && [...s].every((ch) => NUMERAL_CHARS.includes(ch));
}

/** Index of the bracket closing the one at i, or -1. */
function closingParen(t: string, i: number): number {
  let depth = 0;
  for (let j = i; j < t.length; j++) {
    if (OPEN.includes(t[j])) depth++;
    else if (CLOSE.includes(t[j]) && --depth === 0) return j;
    else if (t[j] === '\n') return -1;
  }
  return -1;
}

function onlySpaces(t: string, from: number, to: number): boolean {
  return /^\s*$/.test(t.slice(from, to));
}

/** A title written without 《》 right before 第X条: 中华人民共和国土地管理法第七十七条. */
function inferTitle(t: string, i: number): { text: string; offset: number } | undefined {
  let j = i;
  while (j > 0 && !/[、，,；;。：:\s《》（）()“”"'「」]/.test(t[j - 1])) j--;
  const run = t.slice(j, i);
  const lead = LEAD_WORDS.exec(run)?.[0] ?? '';
  const text = run.slice(lead.length);
  if (!text || !TITLE_END.test(text)) return undefined;
  return { text, offset: j + lead.length };
}
