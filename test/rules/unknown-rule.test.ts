import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { check, where } from '../rule-tester.js';
import { DEFECT } from './waiver-fixture.js';

/** MINI with a `rules:` section in resp.yaml. */
const withLevels = (lines: string[]) => ({ ...MINI, 'resp.yaml': `${MINI['resp.yaml']}rules:\n${lines.map((l) => `  ${l}\n`).join('')}` });

describe('unknown-rule', () => {
  it('reports a level set for a misspelt rule id at its key, suggests the right id, and the misspelt setting changes nothing', () => {
    const f = check('*', DEFECT, { base: withLevels(['township-enforcment: off']) });
    expect(where(f)).toEqual([
      ['township-enforcement', 'domains/a.yaml', 9, 34],
      ['unknown-rule', 'resp.yaml', 5, 3],
    ]);
    expect(f[1].messageId).toBe('unknown');
    expect(f[1].severity).toBe('warning');
    expect(f[1].message).toBe('rules 中的规则 township-enforcment 不存在（是否指 township-enforcement？），这项设置不起作用');
    expect(f[0].severity).toBe('error');
  });

  it('speaks English with --lang en, and names no guess when nothing is near', () => {
    const f = check('unknown-rule', DEFECT, { base: withLevels(['no-such-thing-at-all: warning']), lang: 'en' });
    expect(f.map((x) => x.message)).toEqual(['rules sets a level for no-such-thing-at-all, which does not exist; the setting has no effect']);
  });

  it('stays silent for the ids that exist, and is switched off like any rule', () => {
    expect(check('unknown-rule', DEFECT, { base: withLevels(['township-enforcement: warning', 'uncatalogued-law: off']) })).toEqual([]);
    expect(check('unknown-rule', DEFECT, { base: withLevels(['township-enforcment: off', 'unknown-rule: off']) })).toEqual([]);
  });
});
