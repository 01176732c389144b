import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeepAt } from '../../src/load/depth.js';
import { EXAMPLES, generated, yamlFiles } from '../perf/corpus.js';

describe('nesting depth, found before parsing', () => {
  it('the example and generated repositories are far from the limit', () => {
    for (const [, dir] of [...EXAMPLES, ...generated('county')]) {
      for (const f of yamlFiles(dir())) {
        const text = readFileSync(f, 'utf8');
        expect(tooDeepAt(text), f).toBe(-1);
        expect(tooDeepAt(text, 12), f).toBe(-1);
      }
    }
  });

  const shapes: [string, (n: number) => string][] = [
    ['flow sequences', (n) => `items: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['flow mappings', (n) => `items: ${'{a: '.repeat(n)}x${'}'.repeat(n)}\n`],
    ['compact block sequences', (n) => `items:\n  ${'- '.repeat(n)}x\n`],
    ['indented mappings', (n) => `items:\n${Array.from({ length: n }, (_, k) => `${' '.repeat(k + 1)}a${k}:\n`).join('')}`],
    ['flow over several lines', (n) => `items: [\n${'  [\n'.repeat(n)}${'  ]\n'.repeat(n)}]\n`],
  ];
  for (const [what, make] of shapes) {
    it(`${what}: refused beyond the limit, accepted at it`, () => {
      expect(tooDeepAt(make(MAX_DEPTH - 2))).toBe(-1);
      expect(tooDeepAt(make(10_000))).toBeGreaterThan(0);
    });
  }

  it('brackets inside quotes, comments, block scalars and plain values are not nesting', () => {
    const deep = '['.repeat(300);
    const text = [
      `name: "${deep}"`,
      `note: '${deep}'`,
      `# ${deep}`,
      `plain: a${deep}`,
      'text: |',
      `  ${deep}`,
      `  - ${'- '.repeat(200)}`,
      'after: ok',
      '',
    ].join('\n');
    expect(tooDeepAt(text)).toBe(-1);
  });

  it('points at the character where the limit is passed', () => {
    const text = `items: ${'['.repeat(500)}${']'.repeat(500)}\n`;
    expect(tooDeepAt(text)).toBe('items: '.length + MAX_DEPTH - 1);
  });
});
