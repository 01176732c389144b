/**
 * Running resp as a user would: `node bin/resp.js …` in a child process (the built dist/), with a
 * timeout, so that crashes, hangs, stack traces and exit codes are seen as they are.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'resp.js');
export const EXAMPLE = join(ROOT, 'examples', 'county');

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `resp …` in `cwd`; stops it after `timeout` ms (a hang shows as signal SIGTERM). */
export function resp(args: string[], cwd: string, opts: { timeout?: number; env?: Record<string, string> } = {}): Outcome {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, encoding: 'utf8', timeout: opts.timeout ?? 30_000, maxBuffer: 64 << 20,
    env: { ...process.env, RESP_LANG: '', NO_COLOR: '1', ...opts.env },
  } as SpawnSyncOptions) as unknown as { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A bash command line in `cwd` (`resp` is resp); the exit code is that of the command's first process. */
export function sh(line: string, cwd: string, timeout = 30_000): Outcome {
  const r = spawnSync('bash', ['-c', `resp() { "$RESP_NODE" "$RESP_BIN" "$@"; }; ${line}; exit \${PIPESTATUS[0]}`], {
    cwd, encoding: 'utf8', timeout, env: { ...process.env, RESP_NODE: process.execPath, RESP_BIN: BIN, RESP_LANG: '', NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A node stack trace or an unhandled error event in a process's output. */
export const STACK = /\n\s+at |Unhandled 'error' event|node:internal|FATAL ERROR/;

/** A copy of the example county in a fresh temporary folder. */
export function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'resp-hostile-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its size and bytes (hidden ones too): compare before and after. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = e.isFile() ? `${statSync(p).size}:${readFileSync(p).toString('base64')}` : 'special';
    }
  };
  walk(dir);
  return out;
}

/** Temporary files the writer leaves when something goes wrong (`.NAME.PID….tmp`), anywhere under `dir`. */
export function tempFiles(dir: string): string[] {
  return Object.keys(snapshot(dir)).filter((p) => /(^|\/)\..*\.tmp$/.test(p));
}
