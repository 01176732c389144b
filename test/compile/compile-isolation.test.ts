import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/compile.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { MINI, tempRepo } from '../helpers.js';

describe('compile keeps lists apart', () => {
  it('an adjustment in one township changes neither the county list, another township, nor the source data', () => {
    const dir = tempRepo({
      ...MINI,
      'townships/东湖镇.yaml': 'kind: township\ntownship: 东湖镇\nadjust:\n  - item: BASE-001\n    set: {office: 综合执法中心, duties: [本镇巡查]}\n',
    });
    const project = loadProject(discover([], dir), 'zh');
    const before = JSON.stringify(project.domains[0].data);
    const r = compile(project);
    const support = (list: string) => r.townships.find((t) => t.name === list)!.items[0].support![0];
    expect(support('东湖镇')).toEqual({ party: '东湖镇', duties: ['本镇巡查'], office: '综合执法中心' });
    expect(support('西山乡')).toEqual({ party: '西山乡', duties: ['日常巡查，发现后及时劝阻并报告'] });
    expect(r.county.items[0].support![0]).toEqual({ party: '乡镇（街道）', duties: ['日常巡查，发现后及时劝阻并报告'] });
    expect(JSON.stringify(project.domains[0].data)).toBe(before);
  });
});
