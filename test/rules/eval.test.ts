/**
 * The evaluation of the legal and policy rules on the labelled development set (eval/rules/dev.yaml): the
 * figures measured when the set was written, as floors, so that a change that finds fewer defects or
 * raises more false alarms fails here. The targets (recall ≥ 95%, false alarms ≤ 3% per case): when
 * the set was written, dev recall 89.8% (44 of 49), false alarms 8.2% (7 in 85 cases); after the legal
 * rules' revision (profiles, sources, vocabulary, repealed laws, names in duties), 100% (49 of 49) and 0.
 * Raise the floors when the rules improve. The second development set (eval/rules/dev2.yaml, 130 items
 * written the way county and township lists phrase them) measured 79.3% (73 of 92) and 4 false alarms when
 * written; after the revision that followed, 100% and 1 (a township penalty under 村庄和集镇规划建设管理条例
 * 第三十七条第二款, which the law catalogue does not list among the township powers yet). The third
 * development set (eval/rules/dev3.yaml, 135 items written before the rules were changed for it, weighted
 * to the held-out misses) measured 72.6% (53 of 73) and 9 false alarms when written; after the revision
 * that followed (citation shapes, more written forms of acts, entrusted bodies other than townships,
 * moves of 农产品质量安全法, 文物保护法 and 食品安全法), 100% of 74 and none. The held-out set
 * (eval/rules/test.yaml) is not run here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, figures } from '../../bench/eval-rules.js';

const DEV = join(__dirname, '..', '..', 'eval', 'rules', 'dev.yaml');
const DEV2 = join(__dirname, '..', '..', 'eval', 'rules', 'dev2.yaml');
const DEV3 = join(__dirname, '..', '..', 'eval', 'rules', 'dev3.yaml');

describe('legal and policy rules on the evaluation set', () => {
  it('development set: no worse than measured (recall 100%, no false alarm)', async () => {
    const s = await evaluate(DEV);
    expect(s.cases).toBe(85);
    expect(s.broken.map((o) => o.id)).toEqual([]);
    const f = figures(s);
    expect(s.found).toBeGreaterThanOrEqual(49);
    expect(s.falseAlarms).toBeLessThanOrEqual(0);
    expect(f.recall).toBeGreaterThanOrEqual(1);
    expect(f.falseAlarmRate).toBeLessThanOrEqual(0);
  });

  it('second development set: no worse than measured (recall 100%, no false alarm)', async () => {
    const s = await evaluate(DEV2);
    expect(s.cases).toBe(130);
    expect(s.broken.map((o) => o.id)).toEqual([]);
    const f = figures(s);
    expect(s.found).toBeGreaterThanOrEqual(92);
    expect(s.falseAlarms).toBeLessThanOrEqual(0);
    expect(f.recall).toBeGreaterThanOrEqual(1);
  });

  it('third development set: no worse than measured (recall 100%, no false alarm)', async () => {
    const s = await evaluate(DEV3);
    expect(s.cases).toBe(135);
    expect(s.broken.map((o) => o.id)).toEqual([]);
    const f = figures(s);
    expect(s.found).toBeGreaterThanOrEqual(74);
    expect(s.falseAlarms).toBeLessThanOrEqual(0);
    expect(f.recall).toBeGreaterThanOrEqual(1);
  });
});
