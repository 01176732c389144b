import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate/repository.js';
import { validatePaths } from '../../src/validate/validate.js';
import { MINI, tempRepo } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const RULE = 'usage-reference';
const FILE = 'delegations/usage-2025.yaml';

const usage = (...lines: string[]) => ['kind: usage', 'year: 2025', 'source: 2025年度镇街赋权事项运行情况统计表', 'usage:', ...lines, ''].join('\n');

describe('usage-reference', () => {
  it('reports a line naming an item no list holds, at its id', () => {
    const f = check(RULE, { [FILE]: usage('  - {township: 东湖镇, item: BASE-01, count: 2}') });
    expect(where(f)).toEqual([[RULE, FILE, 5, 27]]);
    expect(f[0].messageId).toBe('unknownItem');
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('办件量记录的事项编号 BASE-01 不在任何清单中');
  });

  it('reports an unregistered township, with the registered name it was probably meant to be', () => {
    const f = check(RULE, { [FILE]: usage('  - township: 东胡镇', '    item: BASE-001', '    count: 2') }, { lang: 'en' });
    expect(where(f)).toEqual([[RULE, FILE, 5, 15]]);
    expect(f[0].messageId).toBe('unknownTownship');
    expect(f[0].message).toBe('the usage line names township "东胡镇", which is not in the township registry; did you mean "东湖镇"?');
  });

  it('reports a second line for the same township and item of the year, pointing back at the first', () => {
    const f = check(RULE, { [FILE]: usage('  - {township: 东湖镇, item: BASE-001, count: 2}', '  - {township: 西山乡, item: BASE-001, count: 0}', '  - {township: 东湖镇, item: BASE-001, count: 5}') });
    expect(where(f)).toEqual([[RULE, FILE, 7, 5]]);
    expect(f[0].messageId).toBe('duplicate');
    expect(f[0].message).toBe(`2025 年 东湖镇 的 BASE-001 已在 ${FILE}:5 登记过办件量`);
    expect(f[0].related).toEqual([{ file: FILE, line: 5, column: 5 }]);
  });

  it('accepts registered townships (by short name too) and the items of domain and township files', () => {
    const files = {
      [FILE]: usage('  - {township: 东湖镇, item: BASE-001, count: 2}', '  - {township: 西山乡, item: XS-1, count: 0}'),
      'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nitems:\n  - {id: XS-1, name: 乡村道路巡查, list: 基本履职, lead: {party: 西山乡, duties: [巡查]}}\n',
    };
    expect(check('*', files)).toEqual([]);
  });

  it('finds the same file by file (usage files are context) as over the whole project', async () => {
    const dir = tempRepo({ ...MINI, [FILE]: usage('  - {township: 东胡镇, item: BASE-001, count: 2}', '  - {township: 西山乡, item: NONE-9, count: 1}') });
    const opts = { lang: 'zh' as const, asOf: '2026-03-01', cwd: dir };
    const whole = validatePaths([], opts).findings;
    const byFile = (await validateRepository([], { ...opts, jobs: 0 })).findings;
    expect(whole.map((f) => [f.rule, f.line, f.messageId])).toEqual([[RULE, 5, 'unknownTownship'], [RULE, 6, 'unknownItem']]);
    expect(byFile).toEqual(whole);
  });
});
