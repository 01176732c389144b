import { execFile } from 'node:child_process';
import { RespError } from '../errors.js';

/** What a git command printed and how it ended. */
export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

// Listings of a province-sized tree run to tens of megabytes.
const MAX_BUFFER = 512 * 1024 * 1024;

/** Run git with an argument array (never a shell) in `cwd`. Resolves even when git exits non-zero. */
export function tryGit(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, env: gitEnv() }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: unknown }) | null;
      if (e && e.code === 'ENOENT') return reject(noGit());
      if (e && typeof e.code !== 'number' && e.code !== undefined) return reject(e);
      resolvePromise({ ok: !e, stdout: stdout ?? Buffer.alloc(0), stderr: String(stderr ?? '').trim() });
    });
  });
}

/** Run git and return its standard output; a failure becomes a RespError quoting git's message. */
export async function git(args: string[], cwd: string): Promise<Buffer> {
  const r = await tryGit(args, cwd);
  if (!r.ok) {
    throw new RespError('git', { zh: 'git {cmd} 失败：{detail}', en: 'git {cmd} failed: {detail}' }, { cmd: args[0], detail: r.stderr.split('\n')[0] || '?' });
  }
  return r.stdout;
}

/** The environment for git: no pager, no prompts, stable output. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
}

/** The error for a machine without git. */
export function noGit(): RespError {
  return new RespError('git', { zh: '找不到 git 命令：比对 git 版本需要安装 git', en: 'git not found: comparing git revisions needs git installed' });
}
