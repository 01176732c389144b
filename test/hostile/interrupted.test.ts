/**
 * An export interrupted while it writes: SIGTERM and SIGINT remove the temporary file at once; after
 * SIGKILL (which nothing can catch) the next write into the folder removes it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, copyExample, resp, snapshot } from './process.js';

/** The example county with a domain of `n` more items: an export that takes seconds. */
function largeRepo(n: number): string {
  const dir = copyExample();
  const lines = ['kind: domain', 'domain: 自然资源', 'items:'];
  for (let i = 1; i <= n; i++)
    lines.push(
      `  - id: BIG-${String(i).padStart(5, '0')}`,
      `    name: 非法占用土地行为的巡查与查处（第${i}片区）`,
      '    power: 行政处罚',
      '    lead: {party: 县自然资源局, duties: [依法立案查处非法占用土地行为]}',
      '    support:',
      '      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告]}',
      '    basis: [《中华人民共和国土地管理法》第七十七条]',
    );
  writeFileSync(join(dir, 'domains', 'big.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

const temps = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.tmp')) : []);

/** Start `resp export --xlsx` and send `signal` once its temporary file exists; resolves with the temp files seen and how it ended. */
function interrupt(dir: string, out: string, signal: NodeJS.Signals): Promise<{ seen: string[]; code: number | null; sig: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'export', '--xlsx', '--county', '--out', out], { cwd: dir, env: { ...process.env, RESP_LANG: '' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let seen: string[] = [];
    const poll = setInterval(() => {
      const t = temps(join(dir, out));
      if (t.length && !seen.length) {
        seen = t;
        child.kill(signal);
      }
    }, 5);
    const limit = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', fail);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      clearTimeout(limit);
      done({ seen, code, sig, stderr });
    });
  });
}

describe('an export interrupted while it writes', () => {
  let dir: string;
  beforeAll(() => {
    dir = largeRepo(3000);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: the temporary file is removed before resp ends`, async () => {
      const sources = snapshot(join(dir, 'domains'));
      const r = await interrupt(dir, `out-${signal}`, signal);
      expect(r.seen).toHaveLength(1);
      expect(r.seen[0]).toMatch(/^\..+\.xlsx\.\d+\.[0-9a-f]{12}\.tmp$/);
      expect(r.sig).toBe(signal);
      expect(temps(join(dir, `out-${signal}`))).toEqual([]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(join(dir, 'domains'))).toEqual(sources);
    });
  }

  it('SIGKILL: the temporary file stays, and the next write into the folder removes it', async () => {
    const r = await interrupt(dir, 'out-kill', 'SIGKILL');
    expect(r.seen).toHaveLength(1);
    expect(r.sig).toBe('SIGKILL');
    expect(temps(join(dir, 'out-kill'))).toEqual(r.seen);
    // The next run writes into the same folder (a quick one: the CSV of the county list).
    const next = resp(['export', '--csv', '--county', '--out', 'out-kill'], dir, { timeout: 90_000 });
    expect(next.code).toBe(0);
    expect(temps(join(dir, 'out-kill'))).toEqual([]);
  });
});
