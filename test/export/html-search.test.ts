/**
 * The site's search ranks exactly as `resp find`: the scoring the page gets (browserSource, run here in
 * a scope of its own, with the index through JSON as search-index.js carries it) gives the same items,
 * scores, coverage, confidence and 说明书 situation as FindIndex for every report of the evaluation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { itemsInForce } from '../../src/cli/commands/find.js';
import { FindIndex, pageSearch } from '../../src/find/index.js';
import { normalize as scoreNormalize, type IndexData, type IndexJson, type ScoredAnswer } from '../../src/find/score.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { normalize } from '../../src/util/text.js';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'county');

interface Isolated {
  scoreQuery: (d: IndexData, q: string, n: number) => ScoredAnswer;
  bestSituation: (s: Set<string>[], asked: Map<string, number>) => number;
  pieces: (t: string, singles?: boolean) => string[];
  indexFromJson: (j: IndexJson) => IndexData;
}

/** The page's scoring: only its own text, evaluated where this module's names cannot be seen. */
const isolated = (scorer: string): Isolated => new Function(`${scorer}\nreturn { scoreQuery, bestSituation, pieces, indexFromJson };`)() as Isolated;

const reports = ['dev', 'test'].flatMap((f) => (parse(readFileSync(join(ROOT, 'eval', 'find', `${f}.yaml`), 'utf8')) as { reports: { text: string }[] }).reports.map((r) => r.text));

describe('the site search and resp find', () => {
  it('normalises text as util/text.ts does (widths, every kind of space)', () => {
    const odd = ['\u3000', '\u00a0', '\ufeff', '\u2028', '\t', '\n', ' ', '\u2003', '\u205f', 'Ａ', 'ｚ', '１', '（', '）', '！', '～', '挖', 'a', '\u1680', '\u202f'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => odd[Math.floor(rnd() * odd.length)]).join('');
      expect(scoreNormalize(s)).toBe(normalize(s));
    }
    // Every code unit of the Basic Multilingual Plane, one at a time.
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (scoreNormalize(s) !== normalize(s)) expect([c, scoreNormalize(s)]).toEqual([c, normalize(s)]);
    }
  });

  it('ranks every evaluation report exactly as FindIndex does, from its own source text and the JSON index', () => {
    const result = compile(loadProject(discover([EXAMPLE], EXAMPLE), 'zh'));
    const lists = [itemsInForce(result.county.items, result.townships.map((t) => t.items)), ...result.townships.map((t) => t.items)];
    let compared = 0;
    for (const items of lists) {
      const index = new FindIndex(items);
      // What `resp export --html` ships: the scorer's text and the index through JSON.
      const shipped = pageSearch(items);
      const page = isolated(shipped.scorer);
      const data = page.indexFromJson(JSON.parse(JSON.stringify(shipped.index)) as IndexJson);
      for (const q of [...reports, '', '！！', 'ＡＢＣ挖沙', '快递丢了找谁']) {
        const want = index.search(q, { limit: 5 });
        const got = page.scoreQuery(data, q, 5);
        expect(got.confident, q).toBe(want.confident);
        expect(got.results.map((r) => [items[r.doc].id, r.score, r.coverage]), q).toEqual(want.results.map((r) => [r.item.id, r.score, r.coverage]));
        const situations = got.results.map((r) => {
          const m = page.bestSituation((items[r.doc].manual ?? []).map((x) => new Set(page.pieces(x.situation))), got.asked);
          return m < 0 ? undefined : items[r.doc].manual![m].situation;
        });
        expect(situations, q).toEqual(want.results.map((r) => r.manual?.situation));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
