import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateRepository, type RepositoryOptions } from '../../src/validate/repository.js';
import { corpus, yamlFiles } from './corpus.js';

/** A copy of a repository in a fresh folder, with a cache folder beside it. */
function copy(dir: string): { repo: string; cache: string } {
  const base = mkdtempSync(join(tmpdir(), 'resp-cache-test-'));
  cpSync(dir, join(base, 'repo'), { recursive: true });
  return { repo: join(base, 'repo'), cache: join(base, 'cache') };
}

const run = (repo: string, extra: Partial<RepositoryOptions> = {}) => validateRepository([], { lang: 'zh', asOf: '2026-06-30', cwd: repo, jobs: 0, ...extra });

/** The cached run's findings, checked against an uncached run of the same repository. */
async function same(repo: string, cache: string, extra: Partial<RepositoryOptions> = {}) {
  const cached = await run(repo, { ...extra, cache: true, cacheLocation: cache });
  const fresh = await run(repo, extra);
  expect(cached.findings).toEqual(fresh.findings);
  expect([cached.files, cached.items]).toEqual([fresh.files, fresh.items]);
  return cached;
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text.includes(from), `${file} has ${from}`).toBe(true);
  writeFileSync(file, text.replace(from, to));
};

describe('validate --cache gives the findings of an uncached run', () => {
  it('on a generated city: cold, warm, after edits, after a registry change, in another language, on another day', async () => {
    const { repo, cache } = copy(join(corpus('city').dir, 'a'));
    const cold = await same(repo, cache);
    expect(cold.cache!.hits).toBe(0);
    const warm = await same(repo, cache);
    expect(warm.cache!.misses).toBe(0);

    // One domain file edited so that it gains a finding: that file is checked again, and the township
    // files naming its items (their key holds the contents of the files they name).
    const domains = yamlFiles(join(repo, 'domains'));
    edit(domains[3], '发现后及时劝阻', '发现后依法查处');
    const edited = await same(repo, cache);
    expect(edited.cache!.misses).toBeGreaterThanOrEqual(1);
    expect(edited.cache!.misses).toBeLessThan(5);
    expect(edited.findings.some((f) => f.rule === 'township-enforcement')).toBe(true);

    // A county item that a township file excludes no longer concerns the townships: the township file's result changes.
    const townFile = yamlFiles(join(repo, 'townships')).find((f) => (load(readFileSync(f, 'utf8')) as { exclude?: unknown[] }).exclude)!;
    const excluded = (load(readFileSync(townFile, 'utf8')) as { exclude: { item: string }[] }).exclude[0].item;
    const holder = domains.find((f) => readFileSync(f, 'utf8').includes(`id: ${excluded}\n`))!;
    const text = readFileSync(holder, 'utf8');
    const at = text.indexOf(`id: ${excluded}\n`);
    const end = text.indexOf('\n  - id:', at);
    writeFileSync(holder, text.slice(0, at) + text.slice(at, end < 0 ? undefined : end).replaceAll('party: 乡镇（街道）', 'party: 市公安局') + (end < 0 ? '' : text.slice(end)));
    const moved = await same(repo, cache);
    expect(moved.findings.some((f) => f.rule === 'township-unknown-item' && f.item === excluded)).toBe(true);

    // A registry change invalidates every file's result (only the unchanged registry files themselves are reused).
    edit(join(repo, 'registry', 'departments.yaml'), '示例市交通运输局', '示例市交通局');
    const renamed = await same(repo, cache);
    expect(renamed.cache!.hits).toBeLessThan(5);
    expect(renamed.findings.some((f) => f.rule === 'unknown-party')).toBe(true);

    // Another day: only results that depend on the day (assignments' deadlines) are checked again.
    const later = await same(repo, cache, { asOf: '2027-07-01' });
    expect(later.findings.some((f) => f.rule === 'assignment-expired')).toBe(true);
    expect(later.cache!.misses).toBeLessThan(5);

    // Another language: other messages, so other entries.
    const en = await same(repo, cache, { lang: 'en' });
    expect(en.cache!.hits).toBeLessThan(5);
    expect(en.findings.map((f) => f.message)).not.toEqual(renamed.findings.map((f) => f.message));
  });

  it('writes an edit that keeps ids and names as changes beside the index, which later runs read', async () => {
    const { repo, cache } = copy(join(corpus('city').dir, 'a'));
    await same(repo, cache);
    const index = readFileSync(join(cache, 'validate.json'));
    const domains = yamlFiles(join(repo, 'domains'));
    // Edits one after another: each run adds its own changes to those before.
    for (const [i, to] of ['发现后立即劝阻', '发现后当即劝阻', '发现后及时制止'].entries()) {
      edit(domains[i], '发现后及时劝阻', to);
      const edited = await same(repo, cache);
      expect(edited.cache!.misses).toBeGreaterThanOrEqual(1);
      expect(edited.cache!.misses).toBeLessThan(5);
      expect(readFileSync(join(cache, 'validate.json')).equals(index)).toBe(true);
    }
    const changes = JSON.parse(readFileSync(join(cache, 'validate-changes.json'), 'utf8')) as { stats: Record<string, unknown> };
    expect(domains.slice(0, 3).every((f) => changes.stats[f])).toBe(true);
    expect((await same(repo, cache)).cache!.misses).toBe(0);

    // An edit of names (new summaries) writes the whole index again; the changes are in it and are removed.
    edit(domains[0], 'name: ', 'name: 改名的');
    await same(repo, cache);
    expect(readFileSync(join(cache, 'validate.json')).equals(index)).toBe(false);
    expect(existsSync(join(cache, 'validate-changes.json'))).toBe(false);
    expect((await same(repo, cache)).cache!.misses).toBe(0);
  });

  it('keeps the county items a township file names from a file it read again, for the next check of that township file', async () => {
    const { repo, cache } = copy(join(corpus('city').dir, 'a'));
    const domains = yamlFiles(join(repo, 'domains'));
    const holderOf = (id: string) => domains.find((f) => readFileSync(f, 'utf8').includes(`id: ${id}\n`));
    // A township file that excludes an item of one file (B) and names items of another (A).
    const [town, b, a] = yamlFiles(join(repo, 'townships')).flatMap((t) => {
      const d = load(readFileSync(t, 'utf8')) as { exclude?: { item: string }[]; adjust?: { item: string }[] };
      const excluded = d.exclude?.[0]?.item;
      const b = excluded && holderOf(excluded);
      const a = (d.adjust ?? []).map((x) => holderOf(x.item)).find((f) => f && f !== b);
      return b && a ? [[{ file: t, excluded: excluded! }, b, a] as const] : [];
    })[0];
    expect(town).toBeDefined();
    await same(repo, cache);
    // A's edits check the township file again; B, unchanged, is read once and then kept.
    writeFileSync(a, `${readFileSync(a, 'utf8')}# 第一次修改\n`);
    await same(repo, cache);
    writeFileSync(a, `${readFileSync(a, 'utf8')}# 第二次修改\n`);
    await same(repo, cache);
    const changes = readFileSync(join(cache, 'validate-changes.json'), 'utf8');
    expect(changes).toContain(`"id":"${town.excluded}"`);
    // B changed: what was kept of it is not used (the township file's finding follows the new text).
    const text = readFileSync(b, 'utf8');
    const at = text.indexOf(`id: ${town.excluded}\n`);
    const end = text.indexOf('\n  - id:', at);
    writeFileSync(b, text.slice(0, at) + text.slice(at, end < 0 ? undefined : end).replaceAll('party: 乡镇（街道）', 'party: 市公安局') + (end < 0 ? '' : text.slice(end)));
    writeFileSync(a, `${readFileSync(a, 'utf8')}# 第三次修改\n`);
    const moved = await same(repo, cache);
    expect(moved.findings.some((f) => f.rule === 'township-unknown-item' && f.item === town.excluded)).toBe(true);
  });

  it('on examples/county', async () => {
    const { repo, cache } = copy(join(__dirname, '..', '..', 'examples', 'county'));
    await same(repo, cache);
    const warm = await same(repo, cache);
    expect(warm.cache!.misses).toBe(0);
  });

  it('checks files it never saw without looking them up, and knows them by their hash next time', async () => {
    const { repo, cache } = copy(join(corpus('city').dir, 'a'));
    // Files older than the cache's racy window, as in a repository not just written.
    const past = new Date(Date.now() - 3_600_000);
    for (const f of yamlFiles(repo)) utimesSync(f, past, past);
    const cold = await same(repo, cache);
    expect(cold.cache!.hits).toBe(0);
    const index = JSON.parse(readFileSync(join(cache, 'validate.json'), 'utf8')) as { stats: Record<string, { hash?: string }> };
    const domains = yamlFiles(join(repo, 'domains'));
    expect(domains.every((f) => /^[0-9a-f]{40}$/.test(index.stats[f]?.hash ?? ''))).toBe(true);
    expect((await same(repo, cache)).cache!.misses).toBe(0);

    // A file under a new name is one the cache never saw: checked again, same findings.
    renameSync(domains[0], domains[0].replace(/\.yaml$/, '-renamed.yaml'));
    const renamed = await same(repo, cache);
    expect(renamed.cache!.misses).toBeGreaterThanOrEqual(1);
  });
});
