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
import { normalize } from '../util/text.js';

/** Field weights: what an item is called and how people describe it count most. */
const WEIGHTS = { name: 3, keywords: 3, examples: 2.5, manual: 2, category: 1.5, duties: 1, case: 1 } as const;
type Field = keyof typeof WEIGHTS;
/** Weight of a piece that comes from the vocabulary rather than from the report's own words. */
const EXPANSION = 0.7;
/** Saturation: the second occurrence of a piece in a field adds less than the first. */
const K = 0.8;

/**
 * A confident answer: the best item's score, divided by ln(1 + number of items) so that the bar does not
 * move with the size of the index, reaches `score`, and it leads the next item by `margin`. Chosen on
 * the development set (eval/find/dev.yaml): no wrong confident answer there while answering half the reports.
 */
export const CONFIDENCE = { score: 12, margin: 1.9 };

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

const STOP = new Set(vocabulary.stop.flatMap((w) => pieces(w)));
const STOP_CHARS = new Set([...'的了在我你他她们有是个这那就也都还没不人家里上下到着过很吗呢啊吧说要去来把被给让天晚好多大小一二三'].map((c) => `1${c}`));
const SINGLE = 0.25;
const TERMS = Object.entries(vocabulary.terms as Record<string, string[]>);

interface Posting {
  doc: number;
  /** Weighted, saturated term frequency over the fields. */
  weight: number;
}

/** An index of items, built once, searched many times. */
export class FindIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly manualPieces: { entry: ManualEntry; pieces: Set<string> }[][] = [];

  constructor(readonly items: CompiledItem[]) {
    items.forEach((item, doc) => {
      const tf = new Map<string, number>();
      for (const [field, texts] of fieldsOf(item)) {
        const counts = new Map<string, number>();
        for (const t of texts) for (const p of pieces(t, true)) counts.set(p, (counts.get(p) ?? 0) + 1);
        for (const [p, n] of counts) tf.set(p, (tf.get(p) ?? 0) + WEIGHTS[field] * (n / (n + K)) * (1 + K));
      }
      for (const [p, weight] of tf) {
        let list = this.postings.get(p);
        if (!list) this.postings.set(p, (list = []));
        list.push({ doc, weight });
      }
      this.manualPieces.push((item.manual ?? []).map((entry) => ({ entry, pieces: new Set(pieces(entry.situation)) })));
    });
  }

  private idf(p: string): number {
    const n = this.postings.get(p)?.length ?? 0;
    return Math.log(1 + (this.items.length - n + 0.5) / (n + 0.5));
  }

  /** Rank the items for a report. */
  search(query: string, opts: FindOptions = {}): FindAnswer {
    const limit = opts.limit ?? 5;
    // The report's own pieces, then the vocabulary's, each piece once at its highest weight.
    const asked = new Map<string, number>();
    for (const p of pieces(query)) if (!STOP.has(p)) asked.set(p, 1);
    for (const p of pieces(query, true)) if (p.startsWith('1') && !STOP_CHARS.has(p) && !asked.has(p)) asked.set(p, SINGLE);
    const plain = normalize(query);
    for (const [said, official] of TERMS) {
      if (!plain.includes(said)) continue;
      for (const term of official) for (const p of pieces(term)) if (!asked.has(p)) asked.set(p, EXPANSION);
    }
    const scores = new Map<number, number>();
    const held = new Map<number, number>();
    let total = 0;
    for (const [p, w] of asked) {
      const list = this.postings.get(p);
      const idf = this.idf(p);
      if (w === 1) total += idf;
      if (!list) continue;
      for (const { doc, weight } of list) {
        scores.set(doc, (scores.get(doc) ?? 0) + w * idf * weight);
        held.set(doc, (held.get(doc) ?? 0) + w * idf);
      }
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
    const results: FindResult[] = ranked.map(([doc, score]) => {
      const manual = this.bestManual(doc, asked);
      return { item: this.items[doc], score: round(score), coverage: round(Math.min(1, total ? (held.get(doc) ?? 0) / total : 0)), ...(manual ? { manual } : {}) };
    });
    const [first, second] = results;
    const scale = Math.log(1 + this.items.length);
    const confident = !!first && first.score / scale >= CONFIDENCE.score && (!second || first.score >= second.score * CONFIDENCE.margin);
    return { query, results, confident };
  }

  private bestManual(doc: number, asked: Map<string, number>): ManualEntry | undefined {
    let best: ManualEntry | undefined;
    let bestN = 1;
    for (const { entry, pieces: ps } of this.manualPieces[doc]) {
      let n = 0;
      for (const p of asked.keys()) if (ps.has(p)) n++;
      if (n > bestN) {
        best = entry;
        bestN = n;
      }
    }
    return best;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
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
