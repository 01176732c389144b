import { spawn } from 'node:child_process';
import { RespError } from '../errors.js';
import { gitEnv, noGit } from './run-git.js';

/** One object read by `git cat-file --batch`. */
export interface BatchObject {
  name: string;
  /** Size in bytes, as git reported it. */
  size: number;
  /** Contents; undefined when the object is over `maxBytes` (its bytes are skipped, not kept). */
  data?: Buffer;
}

/**
 * Read many objects through one `git cat-file --batch` process (one process per file would cost
 * milliseconds each at province scale). Objects come back in the order asked.
 */
export function catFileBatch(cwd: string, names: string[], maxBytes = Infinity): Promise<BatchObject[]> {
  if (!names.length) return Promise.resolve([]);
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: BatchObject[] = [];
    const chunks: Buffer[] = [];
    let buffered = 0;
    let want: { name: string; size: number } | undefined;
    let stderr = '';
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(e);
    };

    // Take `n` bytes off the front of the buffered chunks (n <= buffered).
    const take = (n: number): Buffer => {
      const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, buffered);
      chunks.length = 0;
      const head = whole.subarray(0, n);
      const rest = whole.subarray(n);
      if (rest.length) chunks.push(rest);
      buffered = rest.length;
      return head;
    };

    const pump = () => {
      for (;;) {
        if (!want) {
          const nl = chunks.length ? indexOfNewline(chunks) : -1;
          if (nl < 0) return;
          const header = take(nl + 1).toString('utf8').trimEnd();
          const m = /^(\S+) (\S+) (\d+)$/.exec(header);
          if (!m) return fail(new RespError('git', { zh: 'git 对象不存在：{name}', en: 'missing git object: {name}' }, { name: header.split(' ')[0] }));
          want = { name: m[1], size: Number(m[3]) };
        }
        if (buffered < want.size + 1) return;
        // Copy, so one large chunk is not kept alive by a small file's view of it.
        const body = take(want.size + 1).subarray(0, want.size);
        out.push({ name: want.name, size: want.size, data: want.size <= maxBytes ? Buffer.from(body) : undefined });
        want = undefined;
      }
    };

    child.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? noGit() : e));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      buffered += d.length;
      pump();
    });
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0 || out.length !== names.length) {
        return fail(new RespError('git', { zh: 'git cat-file 失败：{detail}', en: 'git cat-file failed: {detail}' }, { detail: stderr.trim().split('\n')[0] || `exit ${code}` }));
      }
      resolvePromise(out);
    });
    child.stdin.on('error', () => undefined); // reported through 'close'
    child.stdin.end(names.join('\n') + '\n');
  });
}

// Position of the first newline across the buffered chunks, counted from the start.
function indexOfNewline(chunks: Buffer[]): number {
  let offset = 0;
  for (const c of chunks) {
    const i = c.indexOf(10);
    if (i >= 0) return offset + i;
    offset += c.length;
  }
  return -1;
}
