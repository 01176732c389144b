/**
 * Byte for byte: `resp validate -f json` and `resp export` on the shipped examples (the county and the
 * defect copy) and on a small generated county equal the outputs committed in test/examples/expected/
 * (exports as a list of SHA-256 sums, file by file), and the main thread, worker threads and the cache
 * (cold and warm) give the same JSON. A change of wording, order or content shows up here; when it is
 * meant, `npx vitest run test/examples/byte-identity.test.ts -u` writes the new expectations, and the
 * diff of those files is what a reviewer reads.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSpec } from '../../bench/gen/generate.js';
import { runCli } from '../helpers.js';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'resp.js');
const AS_OF = '2026-11-23';
const run = promisify(execFile);

/** A generated county small enough to stay fast: 4 townships with a file each, 3 domain files of 12 items. */
const SMALL = { counties: 1, unit: '县', townshipsPerCounty: 4, domainFilesPerCounty: 3, itemsPerFile: 12, townshipFiles: 1, ownItems: [2, 3] } as const;

interface Corpus {
  name: string;
  /** Where the commands run, and the repository as named there (file names in findings are relative to cwd). */
  cwd: () => string;
  repo: string;
  /** Export a draft (a corpus with errors, as the defect copy and the generated county have, exports nothing else). */
  draft?: boolean;
}

let generated = '';
const CORPORA: Corpus[] = [
  { name: 'county', cwd: () => ROOT, repo: 'examples/county' },
  { name: 'defects', cwd: () => ROOT, repo: 'examples/defects', draft: true },
  { name: 'generated', cwd: () => generated, repo: 'a', draft: true },
];

/** SHA-256 of every file under a folder, by path relative to it, sorted: the byte identity of an export. */
function manifest(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(`${createHash('sha256').update(readFileSync(p)).digest('hex')}  ${relative(dir, p).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return out.join('\n') + '\n';
}

beforeAll(() => {
  generated = mkdtempSync(join(tmpdir(), 'resp-bytes-'));
  generateSpec({ ...SMALL, ownItems: [...SMALL.ownItems] }, generated, 20260701, 'byte-identity');
  // The worker threads run the built JavaScript: `npm test` builds first.
  expect(existsSync(join(ROOT, 'dist', 'src', 'validate', 'worker.js')), 'run npm run build first').toBe(true);
});

describe.each(CORPORA)('$name', (c) => {
  const validate = async (...more: string[]) => {
    const r = await runCli(['validate', c.repo, '-f', 'json', '--as-of', AS_OF, ...more], c.cwd());
    expect(r.stderr).toBe('');
    return r.stdout;
  };

  it('validate -f json gives the committed output, the same on the main thread, in worker threads and from the cache', async () => {
    const main = await validate('-j', '0');
    await expect(main).toMatchFileSnapshot(`expected/validate-${c.name}.json`);
    // Worker threads: the built program in its own process, told to use two.
    const workers = await run(process.execPath, [BIN, 'validate', c.repo, '-f', 'json', '--as-of', AS_OF, '-j', '2'], { cwd: c.cwd(), maxBuffer: 64 << 20 }).catch((e: { stdout: string }) => e);
    expect(workers.stdout).toBe(main);
    const cache = mkdtempSync(join(tmpdir(), 'resp-bytes-cache-'));
    expect(await validate('-j', '0', '--cache', '--cache-location', cache)).toBe(main);
    expect(await validate('-j', '0', '--cache', '--cache-location', cache)).toBe(main);
  });

  it('export writes the committed bytes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'resp-bytes-out-'));
    // At a fixed day: the 赋权事项台账's statuses and a draft's open problems depend on it.
    const r = await runCli(['export', c.repo, '--xlsx', '--md', '--csv', '--json', '--as-of', AS_OF, '--out', out, ...(c.draft ? ['--draft'] : [])], c.cwd());
    expect(r.code).toBe(0);
    await expect(manifest(out)).toMatchFileSnapshot(`expected/export-${c.name}.sha256`);
  });
});
