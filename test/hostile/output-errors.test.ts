/**
 * Closed pipes and full disks, the same in every command: a reader that goes away ends resp quietly;
 * a full disk (a small tmpfs when one can be mounted, and /dev/full as standard output) is one line and
 * exit 2, with no temporary file left.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, resp, sh, snapshot, STACK, tempFiles } from './process.js';

const COMMANDS = ['validate', 'validate -f json', 'rules', 'rules unique-id', 'diff . . -f json', 'diff . .', 'build', 'build -f yaml', 'import --help'];

describe('a closed pipe ends resp quietly', () => {
  let dir: string;
  beforeAll(() => (dir = copyExample()));
  for (const c of COMMANDS.filter((x) => !x.includes('help'))) {
    it(`resp ${c} | (reader gone)`, () => {
      const before = snapshot(dir);
      // `true` exits before resp writes: every write of resp meets a closed pipe.
      const r = sh(`resp ${c} | true`, dir);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).toBe('');
      expect(r.code).not.toBe(2);
      expect(r.signal).toBeNull();
      expect(snapshot(dir)).toEqual(before);
    });
  }
  it('resp validate | head -1 prints the first line only', () => {
    const r = sh('resp validate ../defects 2>&1 | head -1', dir);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).not.toMatch(STACK);
  });
});

describe('a full standard output (/dev/full) is one line and exit 2', () => {
  let dir: string;
  beforeAll(() => (dir = copyExample()));
  for (const c of COMMANDS) {
    it(`resp ${c} > /dev/full`, () => {
      const r = sh(`resp ${c} > /dev/full`, dir);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^resp: 写入标准输出失败：磁盘空间不足\n$/);
    });
  }
  it('in English', () => {
    const r = sh('resp rules --lang en > /dev/full', dir);
    expect([r.code, r.stderr]).toEqual([2, 'resp: writing standard output failed: no space left on the device\n']);
  });
});

/** A tiny tmpfs, full, when this machine lets us mount one (root in a sandbox); else the tests skip. */
function mountFull(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'resp-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  // Fill it: every later write meets ENOSPC.
  try {
    writeFileSync(join(dir, 'fill'), Buffer.alloc(1 << 20));
  } catch {
    // ENOSPC, as wanted
  }
  return dir;
}

describe('a full disk as the output target', () => {
  const full = mountFull();
  let dir: string;
  beforeAll(() => (dir = copyExample()));
  afterAll(() => {
    if (full) execFileSync('umount', [full]);
  });
  const cases: [string, (out: string) => string][] = [
    ['validate -o', (o) => `validate -f json -o ${o}/report.json`],
    ['diff -o', (o) => `diff . . -f json -o ${o}/diff.json`],
    ['diff -f xlsx -o', (o) => `diff . . -f xlsx -o ${o}/diff.xlsx`],
    ['build --out', (o) => `build --out ${o}/compiled`],
    ['export --xlsx', (o) => `export --xlsx --out ${o}/release`],
    ['export --md --csv --json', (o) => `export --md --csv --json --out ${o}/release2`],
  ];
  for (const [what, args] of cases) {
    it.skipIf(!full)(what, () => {
      const out = join(full!, what.replace(/\W+/g, '-'));
      mkdirSync(out);
      const r = resp(args(out).split(' '), dir, { timeout: 60_000 });
      expect(r.stderr).not.toMatch(STACK);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/resp: 写入 .* 失败：磁盘空间不足\n$/);
      expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('resp:'))).toHaveLength(1);
      expect(tempFiles(out)).toEqual([]);
      expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }
});
