import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const county = join(root, 'examples', 'county');

// The built package, by its own name: package.json's `exports` lets a package import itself.
const resp = await import('resp');

describe('the library front door', () => {
  it('resolves to the built package, not to the sources', () => {
    expect(import.meta.resolve('resp')).toBe(new URL('../../dist/src/index.js', import.meta.url).href);
  });

  it('validates examples/county with no errors', async () => {
    const r = await resp.validateRepository([county], { lang: 'en', asOf: '2026-01-01', cwd: root, jobs: 0 });
    expect(r.files).toBeGreaterThan(0);
    expect(r.items).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const json = JSON.parse(resp.RENDERERS.json(r.findings, { lang: 'en', color: false, files: r.files, items: r.items, version: resp.version() }));
    expect(json).toBeTypeOf('object');
  });

  it('compiles examples/county into a county list with items', () => {
    const project = resp.loadProject(resp.discover([county], root), 'zh');
    const result = resp.compile(project);
    expect(result.county.scope).toBe('county');
    expect(result.county.items.length).toBeGreaterThan(0);
    expect(result.townships.length).toBeGreaterThan(0);
  });

  it('exposes the rules, the writer and RespError', () => {
    expect(resp.getRule('unique-id')?.id).toBe('unique-id');
    expect(resp.ALL_RULES.length).toBeGreaterThan(20);
    expect(typeof resp.writeAtomic).toBe('function');
    expect(typeof resp.createNew).toBe('function');
    expect(new resp.RespError('io', { zh: '甲', en: 'a' })).toBeInstanceOf(Error);
  });

  it('imports a workbook: the export of the example comes back as a repository with no losses', async () => {
    const { mkdtempSync, rmSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'resp-lib-'));
    try {
      const project = resp.loadProject(resp.discover([county], root), 'zh');
      const list = resp.compile(project).county;
      const doc = { list, title: resp.titleOf(list), revision: resp.revisionLine(project.config), date: new Date('2026-07-01'), isTownship: (p: { party: string }) => p.party === '乡镇（街道）' };
      const file = join(out, 'county.xlsx');
      await resp.EXPORTERS.xlsx(doc, file);
      const r = await resp.importFiles([file]);
      expect(r.losses).toEqual([]);
      expect(r.assembled.items.length).toBe(list.items.length);
      expect([...r.files.keys()]).toContain('resp.yaml');
      expect(readdirSync(out)).toEqual(['county.xlsx']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
