/**
 * How `resp find` scores a report, as pure functions over plain data and with no imports: FindIndex
 * scores with them, and `resp export --html` ships their own source text (browserSource) to the page's
 * search box, so the page and the command rank alike by construction, never by a second implementation.
 *
 * Every function here may use only its arguments, the others of this list and SCORING: the page gets
 * exactly these texts and nothing else (test/export/html-search.test.ts runs them apart from this module).
 */

/** Constants of scoring a report (the field weights are applied when the index is built). */
export const SCORING = {
  /** Weight of a single character of the report (1X), against 1 for a pair of its own. */
  single: 0.25,
  /** Weight of a piece that comes from the vocabulary rather than from the report's own words. */
  expansion: 0.7,
  /**
   * A confident answer: the best item's score, divided by ln(1 + number of items) so that the bar does
   * not move with the size of the index, reaches `score`, and it leads the next item by `margin`.
   */
  score: 10,
  margin: 1.8,
};

/**
 * An index as plain data: what scoring needs, and nothing of the items themselves. Postings are kept
 * piece by piece in flat typed arrays (a province holds hundreds of thousands of items): the postings of
 * the piece in row r are entries start[r] .. start[r + 1] - 1, item numbers ascending.
 */
export interface IndexData {
  /** Number of items indexed (item numbers are 0..size-1). */
  size: number;
  /** Each piece's row. */
  rows: Map<string, number>;
  /** Where each row's entries begin; one more than there are rows. */
  start: Uint32Array;
  /** The item number of each entry. */
  docs: Uint32Array;
  /** The weight of each entry, as its position in `weights`. */
  weightOf: Uint32Array;
  /** Each distinct weight once. */
  weights: number[];
  /** Pieces of a report that are not searched (cut from the vocabulary's stop words). */
  stop: Set<string>;
  /** Single characters (1X) of a report that are not searched. */
  stopChars: Set<string>;
  /** Colloquial phrase → the official terms it adds to the search. */
  terms: [string, string[]][];
}

/**
 * The same as IndexData, as JSON carries it compactly: each distinct weight once in `weights`, and each
 * piece's postings as pairs of (gap from the previous item number, position in `weights`). Weights are
 * written as JavaScript prints them, which reads back as the same number: scores come out identical.
 */
export interface IndexJson {
  size: number;
  weights: number[];
  postings: Record<string, number[]>;
  stop: string[];
  stopChars: string[];
  terms: [string, string[]][];
}

/** One scored item. */
export interface Scored {
  doc: number;
  score: number;
  /** Share of the report's (weighted) pieces the item holds, 0..1. */
  coverage: number;
}

export interface ScoredAnswer {
  /** Best first, at most `limit`. */
  results: Scored[];
  /** True when the first result can be given without a person checking it. */
  confident: boolean;
  /** The pieces searched, with their weights (1 own pair, SCORING.single, SCORING.expansion). */
  asked: Map<string, number>;
}

/**
 * Text as compared: full-width ASCII to half-width, every space and line break dropped (what
 * util/text.ts normalize does; a test keeps the two alike).
 */
export function normalize(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');
}

/**
 * The pieces of a text: each run of Chinese characters, letters or digits cut into overlapping pairs;
 * with `singles`, each character of a longer run as well (marked `1X`), which a report matches at a
 * low weight: 树 in 砍树 still finds 林木 items when no pair is shared.
 */
export function pieces(text: string, singles = false): string[] {
  const out: string[] = [];
  for (const run of normalize(text).toLowerCase().split(/[^\p{Script=Han}a-z0-9]+/u)) {
    const chars = [...run];
    if (chars.length === 1) out.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    if (singles && chars.length > 1) for (const c of chars) out.push(`1${c}`);
  }
  return out;
}

/** Round to three decimals, as scores are reported. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Rank the items for a report: its own pieces, then the vocabulary's, each piece once at its highest
 * weight; an item scores the sum over shared pieces of weight × rarity × the item's field weight.
 */
export function scoreQuery(data: IndexData, query: string, limit: number): ScoredAnswer {
  const asked = new Map<string, number>();
  for (const p of pieces(query)) if (!data.stop.has(p)) asked.set(p, 1);
  for (const p of pieces(query, true)) if (p.startsWith('1') && !data.stopChars.has(p) && !asked.has(p)) asked.set(p, SCORING.single);
  const plain = normalize(query);
  for (const [said, official] of data.terms) {
    if (!plain.includes(said)) continue;
    for (const term of official) for (const p of pieces(term)) if (!asked.has(p)) asked.set(p, SCORING.expansion);
  }
  const scores = new Float64Array(data.size);
  const held = new Float64Array(data.size);
  let total = 0;
  for (const [p, w] of asked) {
    const row = data.rows.get(p);
    const from = row === undefined ? 0 : data.start[row];
    const to = row === undefined ? 0 : data.start[row + 1];
    const n = to - from;
    const idf = Math.log(1 + (data.size - n + 0.5) / (n + 0.5));
    if (w === 1) total += idf;
    for (let i = from; i < to; i++) {
      const doc = data.docs[i];
      scores[doc] += w * idf * data.weights[data.weightOf[i]];
      held[doc] += w * idf;
    }
  }
  // The best `limit` items, by score and then by item number; only items that share a piece score.
  const ranked: number[] = [];
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (let doc = 0; doc < data.size; doc++) {
    if (!(scores[doc] > 0)) continue;
    if (ranked.length === limit && !better(doc, ranked[limit - 1])) continue;
    let at = ranked.length === limit ? limit - 1 : ranked.length;
    while (at > 0 && better(doc, ranked[at - 1])) {
      ranked[at] = ranked[at - 1];
      at--;
    }
    ranked[at] = doc;
    if (ranked.length > limit) ranked.length = limit;
  }
  const results: Scored[] = ranked.map((doc) => ({ doc, score: round(scores[doc]), coverage: round(Math.min(1, total ? held[doc] / total : 0)) }));
  const [first, second] = results;
  const scale = Math.log(1 + data.size);
  const confident = !!first && first.score / scale >= SCORING.score && (!second || first.score >= second.score * SCORING.margin);
  return { results, confident, asked };
}

/** Which of an item's 说明书 situations (each as its set of pieces) matches the report best: its number, or -1. */
export function bestSituation(situations: Set<string>[], asked: Map<string, number>): number {
  let best = -1;
  let bestN = 1;
  situations.forEach((ps, i) => {
    let n = 0;
    for (const p of asked.keys()) if (ps.has(p)) n++;
    if (n > bestN) {
      best = i;
      bestN = n;
    }
  });
  return best;
}

/** An index as JSON carries it (in the index's own order, so the same items give the same text). */
export function indexToJson(data: IndexData): IndexJson {
  const postings: Record<string, number[]> = {};
  for (const [p, row] of data.rows) {
    const out: number[] = [];
    let prev = 0;
    for (let i = data.start[row]; i < data.start[row + 1]; i++) {
      out.push(data.docs[i] - prev, data.weightOf[i]);
      prev = data.docs[i];
    }
    postings[p] = out;
  }
  return { size: data.size, weights: data.weights, postings, stop: [...data.stop], stopChars: [...data.stopChars], terms: data.terms };
}

/** An index back from its JSON. */
export function indexFromJson(json: IndexJson): IndexData {
  const pieces = Object.keys(json.postings);
  const rows = new Map<string, number>();
  const start = new Uint32Array(pieces.length + 1);
  let entries = 0;
  pieces.forEach((p, row) => {
    rows.set(p, row);
    start[row] = entries;
    entries += json.postings[p].length / 2;
  });
  start[pieces.length] = entries;
  const docs = new Uint32Array(entries);
  const weightOf = new Uint32Array(entries);
  let i = 0;
  for (const p of pieces) {
    const packed = json.postings[p];
    let doc = 0;
    for (let k = 0; k < packed.length; k += 2) {
      doc += packed[k];
      docs[i] = doc;
      weightOf[i++] = packed[k + 1];
    }
  }
  return { size: json.size, rows, start, docs, weightOf, weights: json.weights, stop: new Set(json.stop), stopChars: new Set(json.stopChars), terms: json.terms };
}

/**
 * The scoring as one script's text: SCORING and the functions above, as this build compiled them.
 * Evaluated in a scope of its own, it defines normalize, pieces, round, scoreQuery, bestSituation and
 * indexFromJson there.
 */
export function browserSource(): string {
  const fns = [normalize, pieces, round, scoreQuery, bestSituation, indexFromJson];
  return [`const SCORING = ${JSON.stringify(SCORING)};`, ...fns.map((f) => f.toString())].join('\n');
}
