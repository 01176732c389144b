/** Run a command as a child process and measure its wall time and peak memory (resident set size). */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured run. */
export interface Measured {
  seconds: number;
  /** Peak RSS in MB, when it could be measured. */
  peakMb?: number;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';

/** True when GNU time is there to report peak RSS (`apt-get install -y time` otherwise). */
export const hasGnuTime = existsSync(GNU_TIME);

/** Run `cmd args` in `cwd`; kill it after `timeoutS` seconds. */
export function measure(cmd: string, args: string[], cwd: string, timeoutS = 600, env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'resp-bench-time-'));
  const report = join(dir, 'time.txt');
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-o', report, '-f', '%M', cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let hwm = 0;
    // Without GNU time, sample the child's high-water mark while it runs (Linux only).
    const poll = hasGnuTime ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 20);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let peakMb: number | undefined = hwm ? hwm / 1024 : undefined;
      if (hasGnuTime && existsSync(report)) {
        const kb = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) peakMb = kb / 1024;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ seconds, peakMb, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

function vmHwm(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The median run (by time) of `n` runs. */
export async function median(n: number, run: () => Promise<Measured>): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < n; i++) runs.push(await run());
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)];
}
