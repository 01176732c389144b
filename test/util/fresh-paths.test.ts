import { describe, expect, it } from 'vitest';
import { freshPaths } from '../../src/util/fresh-paths.js';

describe('freshPaths', () => {
  it('keeps apart names that come out the same once made safe, letter case aside', () => {
    const path = freshPaths((s) => s.replace(/[/:]/g, '_'), '.yaml');
    expect(path('domains', '自然资源')).toBe('domains/自然资源.yaml');
    expect(path('domains', '自然资源')).toBe('domains/自然资源-2.yaml');
    expect(path('domains', 'a/b')).toBe('domains/a_b.yaml');
    expect(path('domains', 'A:B')).toBe('domains/A_B-2.yaml');
    expect(path('townships', '自然资源')).toBe('townships/自然资源.yaml');
    expect(path('domains', '自然资源')).toBe('domains/自然资源-3.yaml');
  });
});
