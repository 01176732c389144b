import { afterEach, describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';

const ANSI = /\u001b\[[0-9;]*m/;
const BAD = { ...MINI, 'domains/a.yaml': 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-1\n    name: 甲\n    power: 行政处理\n    lead: {party: 县自然资源局, duties: [查处]}\n' };

const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR, isTTY: process.stdout.isTTY };

/** Run `resp validate` with the given colour environment and terminal state. */
async function human(env: { NO_COLOR?: string; FORCE_COLOR?: string }, isTTY: boolean, extra: string[] = []) {
  for (const k of ['NO_COLOR', 'FORCE_COLOR'] as const) {
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  process.stdout.isTTY = isTTY;
  return (await runCli(['validate', ...extra], tempRepo(BAD))).stdout;
}

afterEach(() => {
  for (const k of ['NO_COLOR', 'FORCE_COLOR'] as const) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  process.stdout.isTTY = saved.isTTY;
});

describe('colour', () => {
  it('is off when the output is not a terminal', async () => {
    expect(await human({}, false)).not.toMatch(ANSI);
  });

  it('is on on a terminal', async () => {
    expect(await human({}, true)).toMatch(ANSI);
  });

  it('is off on a terminal with NO_COLOR, even with FORCE_COLOR', async () => {
    expect(await human({ NO_COLOR: '1' }, true)).not.toMatch(ANSI);
    expect(await human({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR when the output is not a terminal, and FORCE_COLOR=0 does not force it', async () => {
    const forced = await human({ FORCE_COLOR: '1' }, false);
    expect(forced).toMatch(ANSI);
    expect(forced.replace(new RegExp(ANSI.source, 'g'), '')).toBe(await human({}, false));
    expect(await human({ FORCE_COLOR: '0' }, false)).not.toMatch(ANSI);
  });

  it('is off with --no-color, whatever the environment', async () => {
    expect(await human({ FORCE_COLOR: '1' }, true, ['--no-color'])).not.toMatch(ANSI);
  });

  it('never colours machine formats', async () => {
    for (const f of ['json', 'sarif', 'github', 'junit']) expect(await human({ FORCE_COLOR: '1' }, true, ['-f', f]), f).not.toMatch(ANSI);
  });
});
