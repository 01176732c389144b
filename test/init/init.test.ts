/**
 * `resp init`: a new repository that validates clean at once, named for the county, with editor schemas
 * that travel with the folder; it never writes into a folder that already holds a list.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = join(__dirname, '..', '..', 'bin', 'resp.js');
const made: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'resp-init-'));
  made.push(d);
  return d;
};
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
const resp = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, RESP_LANG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('resp init', () => {
  it('creates a repository named for the county that validates clean, in this folder or another', () => {
    const dir = temp();
    const r = resp(['init', 'repo', '--county', '青禾县', '--city', '示例市', '--province', '山东省', '--townships', '东湖镇,西山乡,青禾街道', '--profile', 'shandong'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^已创建 青禾县的清单仓库：20 个文件写入 repo\n下一步：\n {2}cd repo\n/);
    const repo = join(dir, 'repo');
    const v = resp(['validate'], repo);
    expect(v.stdout).toBe('✔ 未发现问题，检查了 5 个文件、2 个事项\n');
    expect(v.code).toBe(0);
    const config = parse(readFileSync(join(repo, 'resp.yaml'), 'utf8'));
    expect(config.jurisdiction).toEqual({ name: '青禾县', level: '县', city: '示例市', province: '山东省' });
    expect(config.profile).toBe('shandong');
    const deps = parse(readFileSync(join(repo, 'registry', 'departments.yaml'), 'utf8')).departments as { name: string; short?: string[]; level: string }[];
    expect(deps.find((d) => d.name === '青禾县自然资源和规划局')?.short).toEqual(['县自然资源和规划局', '县自然资源局']);
    expect(deps.find((d) => d.name === '示例市生态环境局青禾分局')).toMatchObject({ level: '市级派出', parent: '示例市生态环境局' });
    const tw = parse(readFileSync(join(repo, 'registry', 'townships.yaml'), 'utf8'));
    expect(tw.townships).toEqual([{ name: '东湖镇', type: '镇' }, { name: '西山乡', type: '乡' }, { name: '青禾街道', type: '街道' }]);
    expect(tw.offices).toHaveLength(9);
    for (const f of ['.gitignore', '.github/workflows/resp.yml', '.gitlab-ci.yml', '.vscode/extensions.json', 'townships/东湖镇.yaml', 'domains/自然资源.yaml']) expect(existsSync(join(repo, f)), f).toBe(true);
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toBe('.resp-cache/\nout/\n');
    // The editor runs resp lsp through a generic LSP client; CI writes several outputs in one run.
    expect(JSON.parse(readFileSync(join(repo, '.vscode', 'settings.json'), 'utf8'))).toEqual({ 'glspc.server.command': 'resp', 'glspc.server.commandArguments': ['lsp'], 'glspc.server.languageId': ['yaml'] });
    expect(JSON.parse(readFileSync(join(repo, '.vscode', 'extensions.json'), 'utf8')).recommendations).toEqual(['redhat.vscode-yaml', 'zsol.vscode-glspc']);
    const gitlab = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'));
    expect(gitlab.resp.artifacts.reports).toEqual({ junit: 'resp-junit.xml', codequality: 'gl-code-quality.json' });
    expect(gitlab.resp.script).toContain('resp validate --cache -f human -o - -f junit -o resp-junit.xml -f gitlab -o gl-code-quality.json');
    expect(readFileSync(join(repo, '.github', 'workflows', 'resp.yml'), 'utf8')).toContain('resp validate --cache -f github -o - -f sarif -o resp.sarif');
    // Without townships: no township registry, still clean; in the current folder.
    const here = temp();
    expect(resp(['init', '--county', '宁国市'], here).code).toBe(0);
    expect(existsSync(join(here, 'registry', 'townships.yaml'))).toBe(false);
    expect(resp(['validate'], here).code).toBe(0);
  });

  it('writes schema lines that still resolve after the folder is copied elsewhere', () => {
    const dir = temp();
    resp(['init', 'a', '--county', '青禾县', '--townships', '东湖镇'], dir);
    const moved = join(temp(), 'deep', 'b');
    cpSync(join(dir, 'a'), moved, { recursive: true });
    const yamls = ['resp.yaml', 'registry/departments.yaml', 'registry/townships.yaml', 'domains/自然资源.yaml', 'townships/东湖镇.yaml'];
    for (const f of yamls) {
      const first = readFileSync(join(moved, f), 'utf8').split('\n')[0];
      const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(m, f).not.toBeNull();
      const schema = resolve(dirname(join(moved, f)), m![1]);
      expect(existsSync(schema), `${f} → ${m![1]}`).toBe(true);
      // The schema's own references resolve beside it.
      for (const ref of readFileSync(schema, 'utf8').matchAll(/"\$ref":\s*"([^"#]+)#/g)) expect(existsSync(join(dirname(schema), ref[1]))).toBe(true);
    }
    expect(readdirSync(join(moved, '.resp', 'schemas')).sort()).toEqual(readdirSync(join(__dirname, '..', '..', 'schemas')).filter((f) => f.endsWith('.schema.json')).sort());
  });

  it('refuses a folder that holds a list, and --schemas refreshes only the schemas', () => {
    const dir = temp();
    resp(['init', '--county', '青禾县'], dir);
    const before = readFileSync(join(dir, 'domains', '自然资源.yaml'), 'utf8');
    const again = resp(['init', '--county', '青禾县'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^resp: \. 已有清单文件（resp\.yaml），未写入任何文件/);
    expect(readFileSync(join(dir, 'domains', '自然资源.yaml'), 'utf8')).toBe(before);
    writeFileSync(join(dir, '.resp', 'schemas', 'domain.schema.json'), '{}');
    const s = resp(['init', '--schemas'], dir);
    expect(s.code).toBe(0);
    expect(s.stdout).toBe('已刷新 10 个 schema 文件：./.resp/schemas/\n');
    expect(readFileSync(join(dir, '.resp', 'schemas', 'domain.schema.json'), 'utf8')).toContain('"kind"');
    expect(readFileSync(join(dir, 'domains', '自然资源.yaml'), 'utf8')).toBe(before);
    expect(resp(['init', '--schemas'], temp()).code).toBe(2);
  });

  it('asks for the county and checks its name and the profile', () => {
    const dir = temp();
    expect(resp(['init'], dir)).toMatchObject({ code: 2, stderr: 'resp: 请用 --county 给出县（市、区、旗）的全称，例如 --county 青禾县\n' });
    expect(resp(['init', '--county', '青禾'], dir)).toMatchObject({ code: 2, stderr: 'resp: --county 应以 县、市、区 或 旗 结尾：青禾\n' });
    expect(resp(['init', '--county', '青禾县', '--profile', 'hebei'], dir)).toMatchObject({ code: 2, stderr: 'resp: --profile 应为以下之一：national、shandong、hubei、sichuan、zhejiang\n' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
