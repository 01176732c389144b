/**
 * `resp validate` as ESLint and Spectral users drive it, run as a process (bin/resp.js): --max-warnings,
 * standard input with --stdin-filepath, --no-cache, several -f/-o pairs in one run, and the usage
 * errors around them (exit 2, one line, no stack trace).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, tempRepo, TOWNSHIP_ENFORCES, WARNING_ONLY } from '../helpers.js';
import { BIN, STACK } from '../hostile/process.js';
import { checkXml, childrenOf } from '../render/xml-check.js';

/** `resp …` in `cwd` with `input` on standard input. */
function resp(args: string[], cwd: string, input: string | Buffer = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20, env: { ...process.env, RESP_LANG: '', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

describe('--max-warnings', () => {
  const dir = tempRepo({ ...MINI, 'domains/a.yaml': WARNING_ONLY, 'domains/b.yaml': WARNING_ONLY.replace('YJ-001', 'YJ-002').replace('生产经营单位', '其他单位') });

  it('exits 1 when the warnings shown are more than N, 0 up to N', () => {
    expect(resp(['validate', '-f', 'json'], dir).stdout).toContain('"warnings": 2');
    expect(resp(['validate'], dir).code).toBe(0);
    expect(resp(['validate', '--max-warnings', '0'], dir).code).toBe(1);
    expect(resp(['validate', '--max-warnings', '1'], dir).code).toBe(1);
    expect(resp(['validate', '--max-warnings', '2'], dir).code).toBe(0);
    expect(resp(['validate', '--max-warnings=2'], dir).code).toBe(0);
    // -1 is no limit, as in ESLint.
    expect(resp(['validate', '--max-warnings', '-1'], dir).code).toBe(0);
  });

  it('does not count what --quiet hides, and errors still fail under any limit', () => {
    expect(resp(['validate', '-q', '--max-warnings', '0'], dir).code).toBe(0);
    const err = tempRepo({ ...MINI, 'domains/a.yaml': WARNING_ONLY.replace('party: 县应急管理局', 'party: 县应急管理厅') });
    expect(resp(['validate', '--max-warnings', '10'], err).code).toBe(1);
  });

  it('exits 2 for a value that is not a whole number', () => {
    for (const v of ['x', '1.5', '-2', '']) {
      const r = resp(['validate', '--max-warnings', v], dir);
      expect([r.code, r.stdout], v).toEqual([2, '']);
      expect(r.stderr, v).toBe(`resp: --max-warnings 应为 0 或正整数（-1 表示不限）：${v}\n`);
    }
    expect(resp(['--lang', 'en', 'validate', '--max-warnings', 'x'], dir).stderr).toBe('resp: --max-warnings must be 0 or a positive whole number (-1 for no limit): x\n');
  });
});

describe('standard input', () => {
  it('checks piped text as the file at --stdin-filepath, with the repository\'s registries and a code frame from the text', () => {
    const dir = tempRepo(MINI);
    const r = resp(['validate', '-', '--stdin-filepath', 'domains/新.yaml'], dir, TOWNSHIP_ENFORCES);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^domains\/新\.yaml:9:34  错误  township-enforcement  乡镇（街道）的职责“日常巡查，发现后立案查处”含执法行为/);
    expect(lines[2]).toBe('  >  9 |       - {party: 乡镇（街道）, duties: [日常巡查，发现后立案查处]}');
    expect(r.stdout).toContain('  依据：行政处罚法第十七条');
    // The parties are known from registry/departments.yaml: only the one finding, only this file counted.
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 个问题（1 个错误，0 个警告，0 个提示），检查了 1 个文件、1 个事项');
    expect(existsSync(join(dir, 'domains/新.yaml'))).toBe(false);
  });

  it('--stdin is the same as -, and the text stands in for a file that exists', () => {
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': TOWNSHIP_ENFORCES.replace('发现后立案查处', '发现后及时劝阻并报告') });
    expect(resp(['validate', 'domains/a.yaml'], dir).code).toBe(0);
    const r = resp(['validate', '--stdin', '--stdin-filepath', 'domains/a.yaml', '-f', 'json'], dir, TOWNSHIP_ENFORCES);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: any) => [f.rule, f.file, f.line, f.column, f.item])).toEqual([['township-enforcement', 'domains/a.yaml', 9, 34, 'ZR-901']]);
    expect(json.summary).toMatchObject({ files: 1, items: 1, errors: 1 });
    // The file on disk is left as it was.
    expect(readFileSync(join(dir, 'domains/a.yaml'), 'utf8')).toContain('及时劝阻并报告');
    // ESLint's spelling of the flag works too.
    expect(resp(['validate', '--stdin', '--stdin-filename', 'domains/a.yaml'], dir, TOWNSHIP_ENFORCES).stdout).toMatch(/^domains\/a\.yaml:9:34 /);
  });

  it('a clean text exits 0; without --stdin-filepath findings are located at <stdin>', () => {
    const dir = tempRepo(MINI);
    expect(resp(['validate', '-', '--stdin-filepath', 'domains/b.yaml'], dir, MINI['domains/base.yaml'].replace('BASE-001', 'B-1').replace('基础事项', '另一事项'))).toMatchObject({ code: 0, stderr: '' });
    const r = resp(['validate', '-', '-f', 'sarif'], dir, TOWNSHIP_ENFORCES);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout).runs[0].results[0];
    expect([result.ruleId, decodeURI(result.locations[0].physicalLocation.artifactLocation.uri), result.locations[0].physicalLocation.region.startLine]).toEqual(['township-enforcement', '<stdin>', 9]);
  });

  it('binary, wrongly encoded and huge input is reported as a file would be, without a stack trace', () => {
    const dir = tempRepo(MINI);
    const bin = resp(['validate', '-', '--stdin-filepath', 'domains/x.yaml', '-f', 'json'], dir, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]));
    expect(bin.code).toBe(1);
    expect(JSON.parse(bin.stdout).findings.map((f: any) => [f.rule, f.file])).toEqual([['encoding', 'domains/x.yaml']]);
    const gbk = resp(['validate', '-', '-f', 'json'], dir, Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xd7, 0xd4]));
    expect(JSON.parse(gbk.stdout).findings.map((f: any) => f.rule)).toEqual(['encoding']);
    const huge = resp(['validate', '-', '--stdin-filepath', 'domains/x.yaml'], dir, `# ${'x'.repeat(9 << 20)}\n`);
    expect(huge.code).toBe(1);
    expect(huge.stdout).toMatch(/^domains\/x\.yaml:1:1  错误  file-too-large  文件过大（>?\d+\.\d MB），超过上限 8 MB，未解析/);
    for (const r of [bin, gbk, huge]) expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  });

  it('the repository\'s size limit applies to the input too', () => {
    const dir = tempRepo({ ...MINI, 'resp.yaml': `${MINI['resp.yaml']}limits: {max_file_mb: 1}\n` });
    const r = resp(['validate', '-', '--stdin-filepath', 'domains/x.yaml', '-f', 'json'], dir, `# ${'x'.repeat(1100 << 10)}\n`);
    expect(JSON.parse(r.stdout).findings.map((f: any) => f.rule)).toEqual(['file-too-large']);
  });

  it('exits 2 for paths beside -, --stdin-filepath without input, and a folder as the file path', () => {
    const dir = tempRepo(MINI);
    const cases: [string[], string][] = [
      [['validate', '-', 'domains'], 'resp: 读取标准输入（- 或 --stdin）时不能再给出其他路径：domains；用 --stdin-filepath 说明输入对应的文件\n'],
      [['validate', '--stdin-filepath', 'domains/a.yaml'], 'resp: --stdin-filepath 只能与 --stdin 或路径 - 一起使用\n'],
      [['validate', '-', '--stdin-filepath', 'domains'], 'resp: --stdin-filepath domains 不是文件（文件夹、设备或管道）；请给出标准输入所对应的清单文件路径\n'],
    ];
    for (const [args, err] of cases) expect(resp(args, dir, TOWNSHIP_ENFORCES), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: err });
    expect(resp(['--lang', 'en', 'validate', '--stdin-filepath', 'a.yaml'], dir).stderr).toBe('resp: --stdin-filepath goes with --stdin or the path -\n');
  });
});

describe('several outputs in one run', () => {
  const bad = () => tempRepo({ ...MINI, 'domains/a.yaml': TOWNSHIP_ENFORCES, 'domains/w.yaml': WARNING_ONLY });

  it('pairs each -f with the -o at the same place; - is standard output; each file is what a single run writes', () => {
    const dir = bad();
    const single = (f: string) => resp(['validate', '-f', f], dir).stdout;
    const r = resp(['validate', '-f', 'human', '-f', 'sarif', '-f', 'junit', '-f', 'gitlab', '-o', '-', '-o', 'reports/resp.sarif', '-o', 'reports/junit.xml', '-o', 'reports/gl.json'], dir);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toBe(single('human'));
    expect(readFileSync(join(dir, 'reports/resp.sarif'), 'utf8')).toBe(single('sarif'));
    expect(readFileSync(join(dir, 'reports/junit.xml'), 'utf8')).toBe(single('junit'));
    expect(readFileSync(join(dir, 'reports/gl.json'), 'utf8')).toBe(single('gitlab'));
    // Written atomically: no temporary file is left beside them.
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['gl.json', 'junit.xml', 'resp.sarif']);
  });

  it('all to files, nothing to standard output', () => {
    const dir = bad();
    const r = resp(['validate', '-f', 'json', '-o', 'r.json', '--format', 'github', '--output', 'r.txt'], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', '']);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.errors).toBe(1);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toMatch(/^::error file=domains\/a\.yaml,line=9,/);
  });

  it('exits 2 and writes nothing when -f and -o do not pair up', () => {
    const dir = bad();
    const r = resp(['validate', '-f', 'human', '-f', 'sarif', '-o', 'x.sarif'], dir);
    expect(r).toEqual({
      code: 2, stdout: '',
      stderr: 'resp: -f 与 -o 的个数不一致（2 个格式，1 个输出）：多个输出时每个 -f 配一个 -o，按顺序对应，-o - 表示标准输出，如 -f human -f sarif -o - -o resp.sarif\n',
    });
    expect(existsSync(join(dir, 'x.sarif'))).toBe(false);
    const en = resp(['--lang', 'en', 'validate', '-f', 'json', '-o', 'a.json', '-o', 'b.json'], dir);
    expect([en.code, en.stderr]).toEqual([2, 'resp: -f and -o do not pair up (1 formats, 2 outputs): with several outputs give one -o per -f, in the same order, -o - for standard output, e.g. -f human -f sarif -o - -o resp.sarif\n']);
  });

  it('exits 2 for two outputs on standard output or into one file', () => {
    const dir = bad();
    expect(resp(['validate', '-f', 'human', '-f', 'json', '-o', '-', '-o', '-'], dir)).toEqual({ code: 2, stdout: '', stderr: 'resp: 只能有一个输出写到标准输出（-o -）\n' });
    expect(resp(['validate', '-f', 'sarif', '-f', 'json', '-o', 'r.out', '-o', './r.out'], dir)).toEqual({ code: 2, stdout: '', stderr: 'resp: 两个输出写到同一个文件：./r.out\n' });
  });

  it('refuses an output onto a source before anything is written', () => {
    const dir = bad();
    const before = readFileSync(join(dir, 'domains/a.yaml'), 'utf8');
    const r = resp(['validate', '-f', 'json', '-f', 'sarif', '-o', 'ok.json', '-o', 'domains/a.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resp: .*domains\/a\.yaml/);
    expect(readFileSync(join(dir, 'domains/a.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'ok.json'))).toBe(false);
  });

  it('an unknown format exits 2 with the list of choices, in either language', () => {
    const dir = bad();
    expect(resp(['validate', '-f', 'json', '-f', 'xml'], dir)).toEqual({ code: 2, stdout: '', stderr: '错误：选项 -f, --format <format> 的值 xml 无效，可选：human, json, sarif, github, junit, gitlab\n' });
    expect(resp(['--lang', 'en', 'validate', '-f', 'checkstyle'], dir).stderr).toBe("error: option '-f, --format <format>' argument 'checkstyle' is invalid. Allowed choices are human, json, sarif, github, junit, gitlab.\n");
  });

  it('-o - alone is standard output', () => {
    const dir = bad();
    const r = resp(['validate', '-f', 'json', '-o', '-'], dir);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('CI formats from the command line', () => {
  it('JUnit of a clean repository has one passing test per file checked', () => {
    const dir = tempRepo(MINI);
    const r = resp(['validate', '-f', 'junit'], dir);
    expect(r.code).toBe(0);
    const xml = checkXml(r.stdout);
    expect(xml.error).toBeUndefined();
    const suites = childrenOf(xml, 0, 'testsuite').map((s) => xml.attributes[s].name);
    expect(suites).toEqual(['domains/base.yaml', 'registry/departments.yaml', 'registry/townships.yaml', 'resp.yaml']);
    expect(xml.attributes[0]).toMatchObject({ tests: '4', failures: '0' });
  });

  it('JUnit fails a warning only under --fail-on warning', () => {
    const dir = tempRepo({ ...MINI, 'domains/w.yaml': WARNING_ONLY });
    const plain = checkXml(resp(['validate', '-f', 'junit'], dir).stdout);
    expect(plain.attributes[0]).toMatchObject({ tests: '5', failures: '0' });
    expect(plain.elements.filter((e) => e === 'failure')).toHaveLength(0);
    const strict = checkXml(resp(['validate', '-f', 'junit', '--fail-on', 'warning'], dir).stdout);
    expect(strict.attributes[0]).toMatchObject({ tests: '5', failures: '1' });
  });

  it('SARIF names the homepage of package.json as informationUri, and none while it names none', () => {
    const pkg = JSON.parse(readFileSync(join(BIN, '../../package.json'), 'utf8'));
    const driver = JSON.parse(resp(['validate', '-f', 'sarif'], tempRepo(MINI)).stdout).runs[0].tool.driver;
    expect(driver.informationUri).toBe(pkg.homepage);
  });
});

describe('--no-cache', () => {
  it('turns off an earlier --cache: nothing is cached, the findings are the same', () => {
    const dir = tempRepo({ ...MINI, 'domains/w.yaml': WARNING_ONLY });
    const off = resp(['validate', '--cache', '--no-cache', '-f', 'json'], dir);
    expect(existsSync(join(dir, '.resp-cache'))).toBe(false);
    const on = resp(['validate', '--cache', '-f', 'json'], dir);
    expect(existsSync(join(dir, '.resp-cache'))).toBe(true);
    expect(off.stdout).toBe(on.stdout);
  });
});
