import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { townshipFile as T } from './township-fixture.js';

describe('township-noop-adjustment', () => {
  it('reports an adjustment that sets what the county item already says', () => {
    const f = check('township-noop-adjustment', { 'townships/东湖镇.yaml': T('adjust:\n  - item: BASE-001\n    set:\n      duties: [日常巡查，发现后及时劝阻并报告]\n') });
    expect(where(f)).toEqual([['township-noop-adjustment', 'townships/东湖镇.yaml', 4, 5]]);
  });

  it('is silent for an adjustment that changes something', () => {
    expect(check('township-noop-adjustment', { 'townships/东湖镇.yaml': T('adjust:\n  - item: BASE-001\n    set: {office: 综合执法中心, duties: [巡查]}\n') })).toEqual([]);
  });
});
