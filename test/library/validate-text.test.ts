import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOWNSHIP_ENFORCES } from '../helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const county = join(root, 'examples', 'county');
const resp = await import('resp');

const TEXT = TOWNSHIP_ENFORCES;

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
