import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const county = join(root, 'examples', 'county');
const resp = await import('resp');

const TEXT = `kind: domain
domain: 自然资源
items:
  - id: ZR-901
    name: 违法占用耕地的查处
    power: 行政处罚
    lead: {party: 县自然资源局, duties: [依法立案查处]}
    support:
      - {party: 乡镇（街道）, duties: [日常巡查，发现后立案查处]}
    basis: [《中华人民共和国土地管理法》第七十七条]
`;

describe('validateText (the library side of resp validate -)', () => {
  it('checks text in memory as a file of the repository it names, code frames from the text', async () => {
    let asked = 0;
    const r = await resp.validateText(
      { file: 'domains/新.yaml', read: async (limit: number) => ((asked = limit), { bytes: Buffer.from(TEXT), size: Buffer.byteLength(TEXT) }) },
      { lang: 'en', asOf: '2026-01-01', cwd: county },
    );
    expect(asked).toBe(8 * 1024 * 1024 + 1);
    expect(r.findings.map((f) => [f.rule, f.file, f.line, f.column])).toEqual([['township-enforcement', 'domains/新.yaml', 9, 34]]);
    expect([r.files, r.items, r.checked]).toEqual([1, 1, ['domains/新.yaml']]);
    expect(r.sourceOf('domains/新.yaml')?.[8]).toBe('      - {party: 乡镇（街道）, duties: [日常巡查，发现后立案查处]}');
  });

  it('names its default place <stdin>', () => {
    expect(resp.STDIN_NAME).toBe('<stdin>');
    expect([...resp.discoverText(undefined, county).scope]).toEqual(['<stdin>']);
  });
});
