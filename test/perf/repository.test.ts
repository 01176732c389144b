import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate/repository.js';
import { validatePaths } from '../../src/validate/validate.js';
import { MINI, tempRepo } from '../helpers.js';
import { EXAMPLES, generated, type Repo } from './corpus.js';

const opts = { lang: 'zh' as const, asOf: '2026-06-30' };

const crossFile = tempRepo({
  ...MINI,
  'domains/a.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: DUP-001\n    name: 同名事项\n    lead: {party: 县自然资源局, duties: [巡查]}\n',
  'domains/b.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: DUP-001\n    name: 同名事项\n    lead: {party: 县自然资源局, duties: [巡查]}\n  - {id: B-2, name: 另一事项, lead: {party: 无此局, duties: [巡查]}}\n',
  'townships/东湖镇.yaml': 'kind: township\ntownship: 东湖镇\nexclude:\n  - {item: BASE-001, reason: 不涉及}\nadjust:\n  - item: BASE-001\n    set:\n      duties: [依法查处非法占地行为]\n  - {item: NONE-1, set: {notes: 无}}\n',
  'townships/西山乡.yaml': '{kind: township, township: 西山乡, items: [{id: XS-1, name: 同名事项, list: 基本履职, lead: {party: 西山乡, duties: [巡查]}}]}\n',
});

describe('file-by-file validation finds what whole-project validation finds', () => {
  const repos: Repo[] = [
    ...EXAMPLES,
    ['ids and names repeated across files, adjustments naming county items, a township file in flow style', () => crossFile],
    ...generated('county', 'city'),
  ];
  for (const [what, dir] of repos) {
    it(what, async () => {
      const whole = validatePaths([], { ...opts, cwd: dir() });
      const byFile = await validateRepository([], { ...opts, cwd: dir(), jobs: 0 });
      expect(byFile.findings).toEqual(whole.findings);
      expect([byFile.files, byFile.items]).toEqual([whole.files, whole.items]);
    });
  }

  it('reports only the files asked for, and gives their source for code frames', async () => {
    const whole = validatePaths(['domains/b.yaml'], { ...opts, cwd: crossFile });
    const byFile = await validateRepository(['domains/b.yaml'], { ...opts, cwd: crossFile, jobs: 0 });
    expect(byFile.findings).toEqual(whole.findings);
    expect(byFile.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['unique-id', 'unknown-party']));
    expect(byFile.sourceOf('domains/b.yaml')?.[0]).toBe('kind: domain');
  });

  it('finds the county items a township file names, wherever they are', async () => {
    const { findings } = await validateRepository([], { ...opts, cwd: crossFile, jobs: 0 });
    const town = findings.filter((f) => f.file === 'townships/东湖镇.yaml').map((f) => f.rule);
    expect(town).toEqual(expect.arrayContaining(['township-exclusion-record', 'township-unknown-item', 'township-enforcement']));
  });
});
