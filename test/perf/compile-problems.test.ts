import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, compileProblems } from '../../src/compile/compile.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { MINI, tempRepo } from '../helpers.js';
import { EXAMPLES, generated, type Repo } from './corpus.js';

const load = (dir: string) => loadProject(discover([], dir), 'zh');

const townshipDefects = tempRepo({
  ...MINI,
  'townships/东湖镇.yaml': [
    'kind: township',
    'township: 东湖镇',
    'exclude:',
    '  - {item: BASE-001, reason: 不涉及}',
    '  - {item: NONE-001, reason: 不存在, approval: 文号}',
    'adjust:',
    '  - {item: BASE-001, set: {office: 综合执法中心}}',
    '  - {item: NONE-002, set: {notes: 无}}',
    '',
  ].join('\n'),
  'townships/西山乡.yaml': 'kind: township\ntownship: 西山乡\nadjust:\n  - {item: BASE-001, set: {name: 改名, office: 综合执法中心}}\n  - {item: BASE-001, set: {office: 综合执法中心}}\n',
  'townships/无此镇.yaml': 'kind: township\ntownship: 无此镇\n',
});

describe('compileProblems finds what compile finds, without building the lists', () => {
  const repos: Repo[] = [...EXAMPLES, ['township files with every kind of problem', () => townshipDefects], ...generated('city')];
  for (const [what, dir] of repos) {
    it(what, () => {
      const full = compile(load(dir())).problems;
      expect(compileProblems(load(dir()))).toEqual(full);
      if (what.startsWith('township files')) expect(new Set(full.map((p) => p.code)).size).toBe(5);
    });
  }
});
