/**
 * A damaged cache is a cache miss: the findings are exactly those of a run without the cache, whatever
 * happened to its files (truncated, emptied, the wrong shape), and never an internal error.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the example with one duplicate id (a unique-id error that needs every file's summary). */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'resp-cache-'));
  made.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true });
  writeFileSync(join(dir, 'domains', '重复.yaml'), 'kind: domain\ndomain: 重复\nitems:\n  - id: ZR-001\n    name: 重复编号的事项\n    lead: {party: 县水利局, duties: [依法查处。]}\n');
  return dir;
}

const run = async (dir: string, cache: boolean) => {
  const r = await runCli(['validate', dir, '-f', 'json', '--as-of', '2026-07-01', '-j', '0', ...(cache ? ['--cache'] : [])], dir);
  return { code: r.code, stderr: r.stderr, findings: JSON.parse(r.stdout).findings };
};

describe('a damaged cache', () => {
  const damages: [string, (cacheDir: string) => void][] = [
    ['summaries cut in half', (c) => {
      const f = join(c, 'summaries.json');
      const text = readFileSync(f, 'utf8');
      writeFileSync(f, text.slice(0, text.length >> 1));
    }],
    ['summaries emptied', (c) => writeFileSync(join(c, 'summaries.json'), '{}')],
    ['summaries of the wrong shape', (c) => writeFileSync(join(c, 'summaries.json'), '[1,2,3]')],
    ['index of the wrong shape', (c) => {
      const f = join(c, 'validate.json');
      const index = JSON.parse(readFileSync(f, 'utf8'));
      const [first] = Object.keys(index.entries);
      writeFileSync(f, JSON.stringify({ ...index, entries: { ...index.entries, [first]: { findings: 'none' } } }));
    }],
    ['index not JSON', (c) => writeFileSync(join(c, 'validate.json'), '{"format": 3, "stats": {')],
  ];
  for (const [what, damage] of damages) {
    it(`${what}: the same findings as without the cache`, async () => {
      const dir = repo();
      const plain = await run(dir, false);
      expect(plain.findings.some((f: { rule: string }) => f.rule === 'unique-id')).toBe(true);
      expect((await run(dir, true)).findings).toEqual(plain.findings);
      // An edit of names makes the next run read every file's summary from the cache.
      const f = join(dir, 'domains', '自然资源.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('name: 盗伐、滥伐林木行为的查处', 'name: 盗伐滥伐林木行为的查处'));
      const edited = await run(dir, false);
      damage(join(dir, '.resp-cache'));
      const cached = await run(dir, true);
      expect(cached.stderr).toBe('');
      expect(cached.code).toBe(edited.code);
      expect(cached.findings).toEqual(edited.findings);
    });
  }
});

describe('damaged changes beside the index', () => {
  /** The duty edited in turn: an edit that keeps ids and names, so a cached run writes its changes beside the index. */
  const duty = (dir: string, from: string, to: string) => {
    const f = join(dir, 'domains', '自然资源.yaml');
    const text = readFileSync(f, 'utf8');
    expect(text.includes(from)).toBe(true);
    writeFileSync(f, text.replace(from, to));
  };
  const damages: [string, (file: string) => void][] = [
    ['cut in half', (f) => writeFileSync(f, readFileSync(f, 'utf8').slice(0, readFileSync(f, 'utf8').length >> 1))],
    ['of the wrong shape', (f) => {
      const c = JSON.parse(readFileSync(f, 'utf8'));
      const [first] = Object.keys(c.entries);
      writeFileSync(f, JSON.stringify({ ...c, entries: { ...c.entries, [first]: { findings: 'none' } } }));
    }],
    ['written for another index', (f) => writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, 'utf8')), base: 'another' }))],
  ];
  for (const [what, damage] of damages) {
    it(`${what}: the same findings as without the cache`, async () => {
      const dir = repo();
      await run(dir, true);
      duty(dir, '建立违法用地台账。', '建立违法用地台账，每月汇总。');
      const first = await run(dir, true);
      expect(first.findings).toEqual((await run(dir, false)).findings);
      const changes = join(dir, '.resp-cache', 'validate-changes.json');
      expect(JSON.parse(readFileSync(changes, 'utf8')).entries).not.toEqual({});
      duty(dir, '建立违法用地台账，每月汇总。', '建立违法用地台账，每季度汇总。');
      const edited = await run(dir, false);
      damage(changes);
      const cached = await run(dir, true);
      expect(cached.stderr).toBe('');
      expect(cached.code).toBe(edited.code);
      expect(cached.findings).toEqual(edited.findings);
    });
  }
});
