/**
 * `resp find`: plain-word reports ranked to the item that answers them, the JSON shape, declining what
 * no item covers, answers from one township's list in force.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindIndex, pieces, scanPieces } from '../../src/find/index.js';
import { runCli } from '../helpers.js';
import { BIN } from '../hostile/process.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');
const find = async (...args: string[]) => {
  const r = await runCli(['find', ...args, '-C', EXAMPLE, '-f', 'json'], process.cwd());
  return { code: r.code, stderr: r.stderr, json: r.stdout ? JSON.parse(r.stdout) : undefined };
};

describe('resp find', () => {
  it('cuts text into overlapping pairs of characters, ignoring punctuation', () => {
    expect(pieces('挖沙，油烟')).toEqual(['挖沙', '油烟']);
    expect(pieces('河里挖沙')).toEqual(['河里', '里挖', '挖沙']);
    expect(pieces('A级景区')).toEqual(['a级', '级景', '景区']);
  });

  it('indexes the same pieces as numbers as the report is cut into as text (collisions included: 1X and the pair 1, X)', () => {
    const scanned = (text: string) => {
      const out: string[] = [];
      scanPieces(text, (a, b) => out.push(b < 0 ? String.fromCodePoint(a) : String.fromCodePoint(a, b)));
      return out;
    };
    for (const text of ['河里挖沙', 'A级景区，１２３４５热线', '1a 1号 a', '𠀀𠀁 古𠀂', '油', '，', '「立案」查处（第七十七条）', '']) {
      expect(scanned(text)).toEqual(pieces(text, true));
    }
    expect(scanned('1a')).toEqual(['1a', '11', '1a']);
  });

  it('keeps postings piece by piece, items ascending, each weight once', () => {
    const item = (id: string, name: string) => ({ id, name, domain: '测试', lead: { party: '县水利局', duties: [] } }) as never;
    const { data } = new FindIndex([item('A', '河道采砂'), item('B', '采砂许可'), item('C', '河道')]);
    const postings = (p: string) => {
      const r = data.rows.get(p)!;
      return [...data.docs.subarray(data.start[r], data.start[r + 1])];
    };
    expect(postings('采砂')).toEqual([0, 1]);
    expect(postings('河道')).toEqual([0, 2]);
    expect(data.start[data.rows.size]).toBe(data.docs.length);
    expect(new Set(data.weights).size).toBe(data.weights.length);
  });

  it.each([
    ['村里有人烧秸秆', 'ST-001'],
    ['饭店油烟超标排放', 'ZF-004'],
    ['楼下烧烤摊烟太大', 'ZF-005'],
  ])('%s → %s, with confidence', async (q, id) => {
    const r = await find(q);
    expect(r.code).toBe(0);
    expect(r.json.results[0].id).toBe(id);
    expect(r.json.confident).toBe(true);
    expect(r.json.results[0].confident).toBe(true);
  });

  it('puts the right item first but leaves it to a person when another is close', async () => {
    // Building on farmland is a house built on land without approval (ZR-002) or farmland destroyed (ZR-003).
    const r = await find('有人在耕地上盖房子住');
    expect(r.json.results.slice(0, 2).map((x: { id: string }) => x.id)).toEqual(['ZR-002', 'ZR-003']);
    expect(r.json.confident).toBe(false);
    expect(r.code).toBe(1);
  });

  it('prints the documented JSON shape', async () => {
    const r = await find('有人晚上在河里挖沙', '-n', '2');
    expect(Object.keys(r.json)).toEqual(['version', 'query', 'confident', 'results']);
    expect(r.json.version).toBe(1);
    expect(r.json.results).toHaveLength(2);
    const first = r.json.results[0];
    expect(Object.keys(first)).toEqual(['id', 'name', 'domain', 'list', 'score', 'coverage', 'confident', 'lead', 'support']);
    expect(first.lead).toEqual({ party: '县水利局', duties: ['依法实施河道采砂许可，对采砂活动实施监督管理，查处非法采砂行为。'] });
    expect(first.support[0]).toEqual({ party: '乡镇（街道）', office: '城乡建设办公室', duties: ['夜间和节假日加强巡查，发现非法采砂的记录船只、车辆信息并报告县水利局。'] });
    expect(r.json.results[1].confident).toBe(false);
  });

  it('declines what no item covers: no confident answer, exit 1', async () => {
    for (const q of ['快递丢了找谁', '手机信号太差']) {
      const r = await find(q);
      expect(r.code).toBe(1);
      expect(r.json.confident).toBe(false);
    }
  });

  it('answers from a township\'s list in force: its own items and offices', async () => {
    const r = await find('宅基地审批去哪里办', '--township', '东湖镇');
    expect(r.json.township).toBe('东湖镇');
    expect(r.json.results[0].id).toBe('DH-001');
    expect(r.json.results[0].lead).toMatchObject({ party: '东湖镇', office: '综合服务中心' });
    const bad = await runCli(['find', '挖沙', '-C', EXAMPLE, '--township', '东湖'], process.cwd());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^resp: 没有登记名为“东湖”的乡镇（街道）/);
  });

  it('says how to ask when the report is empty or -n is wrong', async () => {
    expect((await runCli(['find', ' ', '-C', EXAMPLE], process.cwd())).stderr).toBe('resp: 请用平常的话描述要找的问题，例如 resp find "有人晚上在河里挖沙"\n');
    expect((await runCli(['find', '挖沙', '-n', '0', '-C', EXAMPLE], process.cwd())).code).toBe(2);
  });
});

describe('resp find --stdin (one report a line, the index built once)', () => {
  const run = (input: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'find', '--stdin', '-C', EXAMPLE, ...args], { input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, RESP_LANG: '', NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('answers each line as one JSON object a line, blank lines skipped; exit 1 when any needs a person', () => {
    const r = run('村里有人烧秸秆\n\n快递丢了找谁\r\n饭店油烟超标排放\n', '-f', 'json');
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.query, a.confident, a.results[0]?.id])).toEqual([
      ['村里有人烧秸秆', true, 'ST-001'],
      ['快递丢了找谁', false, answers[1].results[0]?.id],
      ['饭店油烟超标排放', true, 'ZF-004'],
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('exits 0 when every report had a confident answer; human answers one after another', () => {
    const r = run('村里有人烧秸秆\n楼下烧烤摊烟太大\n', '-n', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^“村里有人烧秸秆”\n\n1\. ST-001 [^\n]*把握较大[\s\S]*\n\n“楼下烧烤摊烟太大”\n\n1\. ZF-005 /);
  });

  it('refuses a report on the command line beside --stdin (exit 2, no stack)', () => {
    const r = spawnSync(process.execPath, [BIN, 'find', '--stdin', '挖沙', '-C', EXAMPLE], { input: '', encoding: 'utf8', env: { ...process.env, RESP_LANG: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--stdin 从标准输入读取问题');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('never echoes control characters: escape sequences and bells in a report become spaces', () => {
    const r = run('村里有人\u001b[31m烧秸秆\u0007\n', '-n', '1');
    expect(r.stdout.startsWith('“村里有人 [31m烧秸秆”\n\n1. ST-001 ')).toBe(true);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('takes binary noise and an empty input without a crash', () => {
    expect(run('').code).toBe(0);
    const r = run('\u0000\u0001\uFFFD\u001b[31m'.repeat(1000) + '\n', '-f', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).confident).toBe(false);
  });
});
