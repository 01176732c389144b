import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRepository as fromSource } from '../../src/validate/repository.js';
import { corpus } from './corpus.js';

const ROOT = join(__dirname, '..', '..');
// Worker threads run compiled JavaScript: compile the sources into a private folder under dist/.
const OUT = join(ROOT, 'dist', `.test-workers-${process.pid}`);
let compiled: typeof import('../../src/validate/repository.js');

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', OUT], { stdio: 'inherit' });
  expect(existsSync(join(OUT, 'src', 'validate', 'worker.js'))).toBe(true);
  compiled = await import(pathToFileURL(join(OUT, 'src', 'validate', 'repository.js')).href);
}, 240_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('worker threads and the main thread give the same findings', () => {
  const opts = { lang: 'zh' as const, asOf: '2026-06-30' };
  for (const size of ['county', 'city'] as const) {
    it(`a generated ${size}`, async () => {
      const cwd = join(corpus(size).dir, 'a');
      const main = await fromSource([], { ...opts, cwd, jobs: 0 });
      const workers = await compiled.validateRepository([], { ...opts, cwd, jobs: 2 });
      expect(workers.findings).toEqual(main.findings);
      expect([workers.files, workers.items]).toEqual([main.files, main.items]);
    }, 120_000);
  }

  it('with the cache, in workers', async () => {
    const cwd = join(corpus('city').dir, 'a');
    const cacheLocation = join(OUT, 'cache');
    const main = await fromSource([], { ...opts, cwd, jobs: 0 });
    const cold = await compiled.validateRepository([], { ...opts, cwd, jobs: 2, cache: true, cacheLocation });
    const warm = await compiled.validateRepository([], { ...opts, cwd, jobs: 2, cache: true, cacheLocation });
    expect(cold.findings).toEqual(main.findings);
    expect(warm.findings).toEqual(main.findings);
    expect(warm.cache!.misses).toBe(0);
  }, 120_000);
});
