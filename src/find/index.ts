/**
 * `find`: which items of the lists in force answer a problem told in plain words. Items are indexed by
 * overlapping two-character pieces of their name, keywords, examples, 说明书 situations, category,
 * duties and case, each field with its weight; a report is cut the same way, widened by a colloquial →
 * official vocabulary kept as data, and items are ranked by the weighted, saturated sum of the pieces
 * they share, rare pieces counting more. An answer is `confident` only when the best item covers
 * enough of what the report says and stands clear of the next one: otherwise a person should decide.
 */
import vocabulary from '../data/find-vocabulary.json' with { type: 'json' };
import type { CompiledItem } from '../build/types.js';
import type { ManualEntry, Party } from '../model/types.js';
import { SCORING, bestSituation, browserSource, indexToJson, pieces, scoreQuery, type IndexData, type IndexJson } from './score.js';

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
  private readonly manualPieces: Set<string>[][] = [];

  constructor(readonly items: CompiledItem[]) {
    const postings = new Map<string, number[]>();
    items.forEach((item, doc) => {
      const tf = new Map<string, number>();
      for (const [field, texts] of fieldsOf(item)) {
        const counts = new Map<string, number>();
        for (const t of texts) for (const p of pieces(t, true)) counts.set(p, (counts.get(p) ?? 0) + 1);
        for (const [p, n] of counts) tf.set(p, (tf.get(p) ?? 0) + WEIGHTS[field] * (n / (n + K)) * (1 + K));
      }
      for (const [p, weight] of tf) {
        let list = postings.get(p);
        if (!list) postings.set(p, (list = []));
        list.push(doc, weight);
      }
      this.manualPieces.push((item.manual ?? []).map((entry) => new Set(pieces(entry.situation))));
    });
    this.data = { size: items.length, postings, stop: STOP, stopChars: STOP_CHARS, terms: TERMS };
  }

  /** Rank the items for a report. */
  search(query: string, opts: FindOptions = {}): FindAnswer {
    const scored = scoreQuery(this.data, query, opts.limit ?? 5);
    const results: FindResult[] = scored.results.map(({ doc, score, coverage }) => {
      const m = bestSituation(this.manualPieces[doc], scored.asked);
      const manual = m < 0 ? undefined : this.items[doc].manual?.[m];
      return { item: this.items[doc], score, coverage, ...(manual ? { manual } : {}) };
    });
    return { query, results, confident: scored.confident };
  }
}

/** What a page needs to search `items` exactly as `resp find` does (`resp export --html`). */
export interface PageSearch {
  /** The items indexed: an item's number in the index is its position here. */
  items: CompiledItem[];
  /** The index as plain data, ready for JSON. */
  index: IndexJson;
  /** The scoring's source text (score.ts browserSource): defines scoreQuery, bestSituation, pieces, indexFromJson. */
  scorer: string;
}

export function pageSearch(items: CompiledItem[]): PageSearch {
  return { items, index: indexToJson(new FindIndex(items).data), scorer: browserSource() };
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
