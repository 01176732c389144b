import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compile } from '../../src/compile/compile.js';
import { jsonPieces, YAML_OPTIONS, yamlPieces } from '../../src/compile/serialize.js';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';

const example = () => {
  const r = compile(loadProject(discover(['examples/county'], process.cwd()), 'zh'));
  return { version: 1, county: r.county, townships: r.townships } as Record<string, unknown>;
};

// Odd values: empty containers, undefined, multi-line text, keys that need quotes, nulls in arrays.
const odd: Record<string, unknown> = {
  version: 1,
  empty: [],
  none: {},
  skipped: undefined,
  county: {
    scope: 'county',
    'key: with colon': 'x',
    items: [
      { id: 'A-1', note: '第一行\n第二行\n\n第四行', list: [], sub: { deep: [1, 2, { deeper: [undefined, null, true] }] } },
      { id: 'A-2', text: '- looks like a list', num: 2.5, missing: undefined },
    ],
  },
  townships: [{ name: '东湖镇', items: [] }],
};

describe('lists written in pieces', () => {
  it('join into exactly what JSON.stringify gives', () => {
    for (const v of [example(), odd]) expect([...jsonPieces(v)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('join into exactly what yaml gives, without anchors or aliases for values lists share', () => {
    for (const v of [example(), odd]) {
      const text = [...yamlPieces(v)].join('');
      expect(text).toBe(stringify(v, YAML_OPTIONS));
      expect(text).not.toMatch(/[&*]a\d+\b/);
      expect(parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
    }
  });

  it('never make a long list one string', () => {
    type List = { items: unknown[] };
    const doc = example() as { county: List; townships: List[] };
    const longer = (l: List) => ({ ...l, items: Array.from({ length: 1000 }, (_, i) => l.items[i % l.items.length]) });
    const long = { ...doc, county: longer(doc.county), townships: doc.townships.map(longer) };
    expect([...jsonPieces(long)].join('')).toBe(`${JSON.stringify(long, null, 2)}\n`);
    expect([...yamlPieces(long)].join('')).toBe(stringify(long, YAML_OPTIONS));
    const pieces = [...jsonPieces(long)];
    const total = pieces.reduce((n, p) => n + p.length, 0);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(total / 10);
  });
});
