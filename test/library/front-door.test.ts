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
});
