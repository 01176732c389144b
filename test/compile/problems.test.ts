/**
 * Compiling township files names its problems as typed records without text: the code, the file, the
 * path and township, and what each code needs (the item, the missing parts, the field). The rules of
 * those codes give them their messages.
 */
import { describe, expect, it } from 'vitest';
import { compileProblems } from '../../src/compile/compile.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { MINI, tempRepo } from '../helpers.js';

const TOWNSHIP = [
  'kind: township',
  'township: 东湖镇',
  'exclude:',
  '  - item: BASE-001',
  '  - item: ZR-999',
  '    reason: 本镇无此情形',
  '    approval: 示县编办函〔2026〕1号',
  'adjust:',
  '  - item: BASE-002',
  '    set:',
  '      basis: [《中华人民共和国土地管理法》第七十七条]',
  '',
].join('\n');

describe('compile problems', () => {
  it('are records of their code, with no message text', () => {
    const dir = tempRepo({ ...MINI, 'townships/东湖镇.yaml': TOWNSHIP, 'townships/无名镇.yaml': 'kind: township\ntownship: 无名镇\n' });
    const problems = compileProblems(loadProject(discover([], dir), 'en'));
    const file = 'townships/东湖镇.yaml';
    expect(problems.filter((p) => p.file.endsWith(file)).map((p) => ({ ...p, file }))).toEqual(
      expect.arrayContaining([
        { code: 'exclusion-record', file, path: ['exclude', 0], township: '东湖镇', item: 'BASE-001', missing: ['reason', 'approval'] },
        { code: 'unknown-item', file, path: ['exclude', 1, 'item'], township: '东湖镇', item: 'ZR-999' },
      ]),
    );
    expect(problems.find((p) => p.code === 'unknown-township')).toMatchObject({ path: ['township'], township: '无名镇' });
    for (const p of problems) expect(JSON.stringify(p)).not.toMatch(/message|不能|may not/);
  });
});
