import { describe, expect, it } from 'vitest';
import { check, where } from '../rule-tester.js';
import { townshipFile as T } from './township-fixture.js';

describe('township-forbidden-field', () => {
  it('reports a township changing the lead of a county item, in English too', () => {
    const files = { 'townships/东湖镇.yaml': T('adjust:\n  - item: BASE-001\n    set:\n      lead: {party: 东湖镇, duties: [查处]}\n') };
    const f = check('township-forbidden-field', files, { lang: 'en' });
    expect(where(f)).toEqual([['township-forbidden-field', 'townships/东湖镇.yaml', 6, 13]]);
    expect(f[0].message).toContain('may not change lead of item BASE-001');
    expect(f[0].messageId).toBeDefined();
  });

  it('is silent for the fields a township may set (its office and its own duties)', () => {
    expect(check('township-forbidden-field', { 'townships/东湖镇.yaml': T('adjust:\n  - item: BASE-001\n    set: {office: 综合执法中心, duties: [巡查]}\n') })).toEqual([]);
  });
});
