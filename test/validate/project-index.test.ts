/**
 * Rules across files read a typed project index: records of id, name, list, file and path (plus the
 * fields a rule declares in `needs`), made from whole files or from each file's cached summary, the
 * same records either way. A project-scope rule that reads ctx.project is refused.
 */
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/load/discover.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { summarize } from '../../src/validate/file-summary.js';
import { loadProject } from '../../src/validate/load.js';
import { indexOfProject, projectIndex } from '../../src/validate/project-index.js';
import { MINI, tempRepo } from '../helpers.js';

const DOMAIN = [
  'kind: domain',
  'domain: 自然资源',
  'list: 职责边界',
  'items:',
  '  - {id: ZR-1, name: 甲, power: 行政处罚, lead: {party: 县自然资源局, duties: [查处]}}',
  '  - {id: ZR-2, name: 乙, list: 属地管理, lead: {party: 县自然资源局, duties: [巡查]}}',
  '  - {id: ZR-3, lead: {party: 县自然资源局, duties: [巡查]}}',
  '',
].join('\n');
const TOWNSHIP = 'kind: township\ntownship: 东湖镇\nitems:\n  - {id: DH-1, name: 丙, lead: {party: 东湖镇, duties: [组织]}}\n';

const records = (items: Iterable<{ id: string; name: string; list: string; path: unknown; file: { source: { path: string }; kind: string; township?: string } }>) =>
  [...items].map((r) => ({ id: r.id, name: r.name, list: r.list, path: r.path, file: r.file.source.path.replace(/.*\/(domains|townships)\//, '$1/'), kind: r.file.kind, township: r.file.township }));

describe('project index', () => {
  const dir = tempRepo({ ...MINI, 'domains/zr.yaml': DOMAIN, 'townships/东湖镇.yaml': TOWNSHIP });
  const project = loadProject(discover([], dir), 'zh');

  it('holds every schema-valid item with its list, file and path, county files first', () => {
    const mine = records(indexOfProject(project).items()).filter((r) => r.file === 'domains/zr.yaml' || r.kind === 'township');
    expect(mine).toEqual([
      { id: 'ZR-1', name: '甲', list: '职责边界', path: ['items', 0], file: 'domains/zr.yaml', kind: 'domain', township: undefined },
      { id: 'ZR-2', name: '乙', list: '属地管理', path: ['items', 1], file: 'domains/zr.yaml', kind: 'domain', township: undefined },
      { id: 'DH-1', name: '丙', list: '基本履职', path: ['items', 0], file: 'townships/东湖镇.yaml', kind: 'township', township: '东湖镇' },
    ]);
  });

  it('gives the same records from the files\' summaries as from the files', () => {
    const files = [...project.domains, ...project.townshipFiles];
    const fromSummaries = projectIndex(files.map((f) => ({ summary: summarize(f), display: f.source.path, abs: f.source.abs })));
    expect(records(fromSummaries.items())).toEqual(records(indexOfProject(project).items()));
  });

  it('types an item by the fields its rule declares: reading one not declared does not compile', () => {
    defineRule({
      id: 'needs-power',
      category: 'consistency',
      scope: 'project',
      severity: 'info',
      needs: ['power'],
      title: { zh: '甲', en: 'a' },
      docs: { why: { zh: '甲', en: 'a' }, bad: '', good: '', source: 'x' },
      messages: { m: { zh: '{p}', en: '{p}' } },
      check(ctx) {
        for (const it of ctx.index.items()) {
          const power = it.power;
          // @ts-expect-error basis was not declared in needs
          const basis = it.basis;
          void power;
          void basis;
        }
      },
    });
    expect(true).toBe(true);
  });
});

describe('a project-scope rule', () => {
  it('may not read ctx.project: across files it sees only the index', async () => {
    const { runRules } = await import('../../src/validate/run-rules.js');
    const { RULES } = await import('../../src/rules/index.js');
    const rule = RULES.find((r) => r.id === 'unique-id')!;
    const check = rule.check;
    rule.check = (ctx) => void ctx.project;
    try {
      const project = loadProject(discover([], tempRepo(MINI)), 'zh');
      expect(() => runRules(project, { lang: 'zh', asOf: '2026-11-23', only: ['unique-id'] })).toThrow(/project-scope: it reads ctx.index, not ctx.project/);
    } finally {
      rule.check = check;
    }
  });
});
