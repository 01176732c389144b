/** A device or a pipe named as a list is refused at once instead of being read without end. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers.js';

it('refuses /dev/zero and a named pipe with exit 2 and one line', async () => {
  const r = await runCli(['validate', '/dev/zero'], process.cwd());
  expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'resp: /dev/zero 不是文件或文件夹（设备、管道或套接字），无法作为清单读取\n' });
  const dir = mkdtempSync(join(tmpdir(), 'resp-fifo-'));
  try {
    execFileSync('mkfifo', [join(dir, 'list.yaml')]);
    const p = await runCli(['validate', join(dir, 'list.yaml')], dir);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/不是文件或文件夹/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
