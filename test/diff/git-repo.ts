import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempRepo } from '../helpers.js';

/** A git repository in a temporary folder, for diff tests; never the project's own repository. */
export class TestRepo {
  readonly dir: string;

  constructor(files: Record<string, string>, message = 'v1') {
    this.dir = tempRepo(files);
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.invalid');
    this.git('config', 'commit.gpgsign', 'false');
    this.commit(message);
  }

  /** Run git in the repository; returns its output. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  }

  /** Write (or, with null, delete) files in the working tree. */
  write(files: Record<string, string | null>): this {
    for (const [name, content] of Object.entries(files)) {
      const p = join(this.dir, name);
      if (content === null) rmSync(p, { force: true });
      else {
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, content);
      }
    }
    return this;
  }

  /** Commit everything in the working tree, and tag the commit. */
  commit(tag: string): this {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', tag);
    this.git('tag', tag);
    return this;
  }
}

/** Run `resp diff ... -f json` in a folder and parse the change set. */
export async function diffJson(cwd: string, ...args: string[]): Promise<{ code: number; set: any; stderr: string }> {
  const { runCli } = await import('../helpers.js');
  const r = await runCli(['diff', ...args, '-f', 'json'], cwd);
  return { code: r.code, set: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}
