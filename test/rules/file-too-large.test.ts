import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.js';
import { check, where } from '../rule-tester.js';

const LIMITED = { ...MINI, 'resp.yaml': `${MINI['resp.yaml']}limits: {max_file_mb: 0.001}\n` };
const FILE = `kind: domain\ndomain: 自然资源\nitems: []\n# ${'x'.repeat(3000)}\n`;

describe('file-too-large', () => {
  it('reads no file over the limit set in resp.yaml, and says so at its top', () => {
    const f = check('file-too-large', { 'domains/a.yaml': FILE }, { base: LIMITED });
    expect(where(f)).toEqual([['file-too-large', 'domains/a.yaml', 1, 1]]);
    expect(f[0].messageId).toBe('tooLarge');
    expect(f[0].message).toContain('超过上限 0.001 MB，未解析');
  });

  it('is silent under the default limit', () => {
    expect(check('file-too-large', { 'domains/a.yaml': FILE })).toEqual([]);
  });
});
