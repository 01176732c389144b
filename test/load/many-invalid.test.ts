/**
 * Many invalid entries: schema checking grows with the number of entries (not its square), and a file
 * reports at most MAX_SCHEMA_FINDINGS schema findings plus one that counts the rest.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_FINDINGS } from '../../src/validate/load.js';
import { loadText } from '../../src/validate/load.js';
import { checkSchema } from '../../src/validate/schema.js';

const numbers = (n: number) => `kind: domain\ndomain: 自然资源\nitems: [${Array.from({ length: n }, (_, i) => i).join(', ')}]\n`;

describe('a file with many invalid entries', () => {
  it('200,000 invalid items: checked in seconds, 100 findings and one summary', () => {
    const t = performance.now();
    const r = loadText('domains/many.yaml', '/x/domains/many.yaml', numbers(200_000), { lang: 'zh' });
    const seconds = (performance.now() - t) / 1000;
    expect(seconds).toBeLessThan(20);
    const schema = r.findings.filter((f) => f.rule === 'schema');
    expect(schema).toHaveLength(MAX_SCHEMA_FINDINGS + 1);
    expect(schema[0]).toMatchObject({ line: 3, column: 9, path: ['items', 0] });
    expect(schema[MAX_SCHEMA_FINDINGS - 1].path).toEqual(['items', MAX_SCHEMA_FINDINGS - 1]);
    const last = schema[MAX_SCHEMA_FINDINGS];
    expect(last.message).toBe('还有 199900 个结构问题未列出（每个文件最多列出 100 个）');
    expect(last.path).toEqual(['items', MAX_SCHEMA_FINDINGS]);
    // Every bad entry is still known, so that rules skip them all.
    expect(r.badEntries?.size).toBe(200_000);
  });

  it('grows linearly: four times the entries take well under sixteen times as long', () => {
    const time = (n: number) => {
      const text = numbers(n);
      const t = performance.now();
      loadText('d.yaml', '/x/d.yaml', text, { lang: 'en' });
      return performance.now() - t;
    };
    time(2_000);
    const small = Math.min(time(5_000), time(5_000));
    const large = Math.min(time(20_000), time(20_000));
    expect(large / small).toBeLessThan(8);
  });

  it('English summary', () => {
    const r = loadText('d.yaml', '/x/d.yaml', numbers(150), { lang: 'en' });
    expect(r.findings.at(-1)?.message).toBe('50 more schema problems not listed (at most 100 are listed per file)');
  });
});

describe('long lists are checked a chunk at a time, with the same problems', () => {
  const item = (i: number) => ({
    id: `ZR-${String(i).padStart(5, '0')}`, name: `事项${i}`, power: '行政处罚',
    lead: { party: '县自然资源局', duties: ['依法查处'] }, basis: ['《中华人民共和国土地管理法》第七十七条'],
  });
  it('problems of entries past the first chunk keep their own entry numbers; coerced values reach the data', () => {
    const items: unknown[] = Array.from({ length: 2500 }, (_, i) => item(i));
    delete (items[3] as Record<string, unknown>).lead;
    (items[1500] as Record<string, unknown>).power = '行政处理';
    items[2400] = 7;
    (items[2001] as Record<string, unknown>).id = 12;
    const data = { kind: 'domain', domain: 12, items };
    const problems = checkSchema('domain', data);
    expect(problems.map((p) => p.path)).toEqual([['items', 3], ['items', 1500, 'power'], ['items', 2400]]);
    expect(problems[1].args.value).toBe('行政处理');
    expect((items[2001] as Record<string, unknown>).id).toBe('12');
    expect(data.domain).toBe('12');
    // The same entries in a short list give the same problems.
    const short = checkSchema('domain', { kind: 'domain', domain: 'x', items: [items[3], items[1500], items[2400]] });
    const same = (p: { messageId: string; args: unknown }) => `${p.messageId} ${JSON.stringify(p.args)}`.replace(/items\[\d+\]/, 'items[#]');
    expect(short.map((p) => [p.path.slice(2), same(p)])).toEqual(problems.map((p) => [p.path.slice(2), same(p)]));
  });
});
