/**
 * `find`: which items of the lists in force answer a problem told in plain words. Items are indexed by
 * overlapping two-character pieces of their name, keywords, examples, 说明书 situations, category,
 * duties and case, each field with its weight; a report is cut the same way, widened by a colloquial →
 * official vocabulary kept as data, and items are ranked by the weighted, saturated sum of the pieces
 * they share, rare pieces counting more. An answer is `confident` only when the best item covers
 * enough of what the report says and stands clear of the next one: otherwise a person should decide.
 */
import vocabulary from '../data/find-vocabulary.json' with { type: 'json' };
import type { CompiledItem } from '../compile/types.js';
import type { ManualEntry, Party } from '../model/types.js';
import { SCORING, bestSituation, browserSource, indexToJson, normalize, pieces, scoreQuery, type IndexData, type IndexJson } from './score.js';

export { pieces } from './score.js';
export type { IndexData, IndexJson } from './score.js';

/** Field weights: what an item is called and how people describe it count most. */
const WEIGHTS = { name: 3, keywords: 3, examples: 2.5, manual: 2, category: 1.5, duties: 1, case: 1 } as const;
type Field = keyof typeof WEIGHTS;
/** Saturation: the second occurrence of a piece in a field adds less than the first. */
const K = 0.8;

/**
 * A confident answer: the best item's score, divided by ln(1 + number of items) so that the bar does not
 * move with the size of the index, reaches `score`, and it leads the next item by `margin`. Chosen on
 * the development sets (eval/find/dev.yaml, dev2.yaml): no wrong confident answer and no out-of-scope
 * report answered there while answering more than half of the reports.
 */
export const CONFIDENCE = { score: SCORING.score, margin: SCORING.margin };

export interface FindOptions {
  /** How many results at most (default 5). */
  limit?: number;
}

/** One ranked answer. */
export interface FindResult {
  item: CompiledItem;
  score: number;
  /** Share of the report's (weighted) pieces the item holds, 0..1. */
  coverage: number;
  /** The 说明书 situation that matches the report best, when one does. */
  manual?: ManualEntry;
}

export interface FindAnswer {
  query: string;
  results: FindResult[];
  /** True when the first result can be given without a person checking it. */
  confident: boolean;
}

const STOP = new Set(vocabulary.stop.flatMap((w) => pieces(w)));
const STOP_CHARS = new Set([...vocabulary.stopChars].map((c) => `1${c}`));
const TERMS = Object.entries(vocabulary.terms as Record<string, string[]>);

/**
 * An index of items, built once, searched many times. Scoring is src/find/score.ts over `data`, plain
 * data that `resp export --html` ships to the page as it is.
 */
export class FindIndex {
  /** The index as plain data (item numbers are positions in `items`). */
  readonly data: IndexData;

  constructor(readonly items: CompiledItem[]) {
    // Each item's pieces and weights, item by item into flat arrays (row of the piece, position of the
    // weight); then the same entries regrouped piece by piece, items ascending within a piece.
    const rows = new Map<string, number>();
    const weights: number[] = [];
    const weightAt = new Map<number, number>();
    let rowOf: Uint32Array<ArrayBuffer> = new Uint32Array(1 << 16);
    let weightOf: Uint32Array<ArrayBuffer> = new Uint32Array(1 << 16);
    const itemStart = new Uint32Array(items.length + 1);
    let n = 0;
    const table = new PieceTable();
    // Per row, for the item and the field at hand: occurrences in the field, weight in the item.
    let count = new Uint32Array(1 << 12);
    let tf = new Float64Array(1 << 12);
    const rowsOfItem: number[] = [];
    const rowsOfField: number[] = [];
    items.forEach((item, doc) => {
      itemStart[doc] = n;
      for (const [field, texts] of fieldsOf(item)) {
        for (const t of texts) {
          scanPieces(t, (a, b) => {
            let row = table.find(a, b);
            if (row < 0) {
              row = table.add(a, b);
              rows.set(b < 0 ? String.fromCodePoint(a) : String.fromCodePoint(a, b), row);
              if (row >= count.length) {
                count = growTo(count, new Uint32Array(count.length * 2));
                tf = growTo(tf, new Float64Array(tf.length * 2));
              }
            }
            if (count[row]++ === 0) rowsOfField.push(row);
          });
        }
        for (const row of rowsOfField) {
          const c = count[row];
          if (tf[row] === 0) rowsOfItem.push(row);
          tf[row] += WEIGHTS[field] * (c / (c + K)) * (1 + K);
          count[row] = 0;
        }
        rowsOfField.length = 0;
      }
      if (n + rowsOfItem.length > rowOf.length) {
        const size = Math.max(rowOf.length * 2, n + rowsOfItem.length);
        rowOf = growTo(rowOf, new Uint32Array(size));
        weightOf = growTo(weightOf, new Uint32Array(size));
      }
      for (const row of rowsOfItem) {
        const w = tf[row];
        let k = weightAt.get(w);
        if (k === undefined) weightAt.set(w, (k = weights.push(w) - 1));
        rowOf[n] = row;
        weightOf[n++] = k;
        tf[row] = 0;
      }
      rowsOfItem.length = 0;
    });
    itemStart[items.length] = n;
    const start = new Uint32Array(rows.size + 1);
    for (let i = 0; i < n; i++) start[rowOf[i] + 1]++;
    for (let r = 0; r < rows.size; r++) start[r + 1] += start[r];
    const next = start.slice(0, rows.size);
    const docs = new Uint32Array(n);
    const byRow = new Uint32Array(n);
    for (let doc = 0; doc < items.length; doc++) {
      for (let i = itemStart[doc]; i < itemStart[doc + 1]; i++) {
        const at = next[rowOf[i]]++;
        docs[at] = doc;
        byRow[at] = weightOf[i];
      }
    }
    this.data = { size: items.length, rows, start, docs, weightOf: byRow, weights, stop: STOP, stopChars: STOP_CHARS, terms: TERMS };
  }

  /** Rank the items for a report. */
  search(query: string, opts: FindOptions = {}): FindAnswer {
    const scored = scoreQuery(this.data, query, opts.limit ?? 5);
    const results: FindResult[] = scored.results.map(({ doc, score, coverage }) => {
      const item = this.items[doc];
      const m = bestSituation((item.manual ?? []).map((entry) => new Set(pieces(entry.situation))), scored.asked);
      const manual = m < 0 ? undefined : item.manual?.[m];
      return { item, score, coverage, ...(manual ? { manual } : {}) };
    });
    return { query, results, confident: scored.confident };
  }
}

const RUN = /[^\p{Script=Han}a-z0-9]+/u;
const ONE = '1'.codePointAt(0)!;

/**
 * The pieces of a text with single characters, exactly as pieces(text, true) cuts them, given to
 * `visit` as code points without making strings: (X, -1) for a character alone, (X, Y) for two
 * characters, and ('1', X) for a single character marked 1X — the same two code points as the pair
 * "1" + X, as the strings are the same (test/find/find.test.ts compares the two cuts).
 */
export function scanPieces(text: string, visit: (a: number, b: number) => void): void {
  const cps: number[] = [];
  for (const run of normalize(text).toLowerCase().split(RUN)) {
    cps.length = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run.codePointAt(i)!;
      if (c > 0xffff) i++;
      cps.push(c);
    }
    if (cps.length === 1) visit(cps[0], -1);
    for (let i = 0; i + 1 < cps.length; i++) visit(cps[i], cps[i + 1]);
    if (cps.length > 1) for (const c of cps) visit(ONE, c);
  }
}

/** Rows of pieces by their code points: an open-addressing table over typed arrays (no string, no boxing). */
class PieceTable {
  private keys = new Int32Array(2 << 12).fill(-2);
  private rows = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private size = 0;

  /** The row of (a, b), or -1. */
  find(a: number, b: number): number {
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const k = this.keys[2 * i];
      if (k === -2) return -1;
      if (k === a && this.keys[2 * i + 1] === b) return this.rows[i];
    }
  }

  /** Add (a, b), not yet present, as the next row. */
  add(a: number, b: number): number {
    if (2 * (this.size + 1) > this.mask + 1) this.resize();
    let i = this.slot(a, b);
    while (this.keys[2 * i] !== -2) i = (i + 1) & this.mask;
    this.keys[2 * i] = a;
    this.keys[2 * i + 1] = b;
    this.rows[i] = this.size;
    return this.size++;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77);
    h ^= h >>> 15;
    return h & this.mask;
  }

  private resize(): void {
    const { keys, rows } = this;
    const capacity = 2 * (this.mask + 1);
    this.keys = new Int32Array(2 * capacity).fill(-2);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < rows.length; i++) {
      if (keys[2 * i] === -2) continue;
      let j = this.slot(keys[2 * i], keys[2 * i + 1]);
      while (this.keys[2 * j] !== -2) j = (j + 1) & this.mask;
      this.keys[2 * j] = keys[2 * i];
      this.keys[2 * j + 1] = keys[2 * i + 1];
      this.rows[j] = rows[i];
    }
  }
}

/** `b` (larger) holding `a` at its start. */
function growTo<T extends Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(a: T, b: T): T {
  b.set(a);
  return b;
}

/** What a page needs to search `items` exactly as `resp find` does (`resp export --html`). */
export interface PageSearch {
  /** The items indexed: an item's number in the index (or in its county's index) is its position there. */
  items: CompiledItem[];
  /** The index as plain data, ready for JSON; absent when the items are split by county. */
  index?: IndexJson;
  /** The scoring's source text (score.ts browserSource): defines scoreQuery, bestSituation, pieces, indexFromJson. */
  scorer: string;
  /**
   * Items of several counties (counties/<name>/…): each county's items and index, which a page loads
   * alone when that county is asked, instead of one index of them all.
   */
  shards?: { label: string; items: CompiledItem[]; index: IndexJson }[];
}

export function pageSearch(items: CompiledItem[]): PageSearch {
  const indexOf = (list: CompiledItem[]) => indexToJson(new FindIndex(list).data);
  const counties = searchShards(items);
  if (counties.length > 1) return { items, scorer: browserSource(), shards: counties.map((c) => ({ label: c.county, items: c.items, index: indexOf(c.items) })) };
  return { items, index: indexOf(items), scorer: browserSource() };
}

/** A part of the items in force that a page searches alone: one county's. */
interface SearchShard {
  /** The county's folder name (counties/<name>/…), or '' for items outside any. */
  county: string;
  items: CompiledItem[];
}

/**
 * The items in force by county, for a site whose search loads one county's index at a time: a
 * repository of several counties keeps each under counties/<name>/, and an item belongs to the
 * county of the file it was written in. In order of first appearance; one shard for a single county.
 */
function searchShards(items: CompiledItem[]): SearchShard[] {
  const by = new Map<string, CompiledItem[]>();
  for (const item of items) {
    const county = /(?:^|\/)counties\/([^/]+)\//.exec(item.origin.file)?.[1] ?? '';
    let list = by.get(county);
    if (!list) by.set(county, (list = []));
    list.push(item);
  }
  return [...by].map(([county, list]) => ({ county, items: list }));
}

/** The texts of each field of an item. */
function fieldsOf(item: CompiledItem): [Field, string[]][] {
  const duties = (p: Party) => p.duties;
  return [
    ['name', [item.name]],
    ['keywords', item.keywords ?? []],
    ['examples', item.examples ?? []],
    ['manual', (item.manual ?? []).map((m) => m.situation)],
    ['category', [item.category ?? '', item.domain]],
    ['duties', [...duties(item.lead), ...(item.support ?? []).flatMap(duties)]],
    ['case', item.case ? [item.case.title ?? '', item.case.text] : []],
  ];
}
