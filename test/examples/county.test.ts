import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listYaml } from '../../src/load/discover.js';
import { today, validatePaths } from '../../src/validate/validate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'examples', 'county');

describe('examples/county', () => {
  it('validates with no findings as of the day it describes', () => {
    const r = validatePaths([DIR], { cwd: ROOT, lang: 'zh', asOf: '2026-11-23' });
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([]);
    expect(r.items).toBeGreaterThanOrEqual(50);
  });

  // The example is a county at one moment: as time passes its tasks fall due and its transitions end,
  // which the rules rightly say (warnings). Only those may appear on the day the tests run.
  const AGEING = new Set(['assignment-expired', 'delegation-evaluation-overdue', 'delegation-record', 'delegation-unused']);
  it('as of today, no error and no warning but those of its dates passing', () => {
    const r = validatePaths([DIR], { cwd: ROOT, lang: 'zh', asOf: today() });
    expect(r.findings.filter((f) => f.severity === 'error' || !AGEING.has(f.rule)).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([]);
  });

  it('ages as a real county does: tasks fall due and a transition ends without an evaluation', () => {
    const r = validatePaths([DIR], { cwd: ROOT, lang: 'zh', asOf: '2028-01-01' });
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.severity}`)).toEqual([
      'examples/county/assignments/2026.yaml:26:15 assignment-expired warning',
      'examples/county/assignments/2026.yaml:75:15 assignment-expired warning',
      'examples/county/domains/综合执法.yaml:240:13 delegation-evaluation-overdue warning',
    ]);
  });

  it('holds the seven domains of a 属地管理 list, three township files and the registries', () => {
    const r = validatePaths([DIR], { cwd: ROOT, lang: 'zh', asOf: '2026-11-23' });
    const p = r.project;
    expect(p.domains.map((f) => f.data!.domain).sort()).toEqual(['专项工作', '市场监管', '应急管理', '生态环境', '综合执法', '自然资源', '城乡建设'].sort());
    for (const f of p.domains) expect(f.data!.items.length, f.data!.domain).toBeGreaterThanOrEqual(4);
    expect(p.townshipFiles.length).toBeGreaterThanOrEqual(3);
    expect(p.townships[0].data!.townships.map((t) => t.type)).toEqual(expect.arrayContaining(['镇', '乡', '街道']));
    expect(p.assignments.flatMap((f) => f.data!.assignments).every((a) => a.deadline! >= '2027-01-01')).toBe(true);
  });

  it('points every file at the schema of its kind with the editor line', () => {
    for (const abs of listYaml(DIR)) {
      const text = readFileSync(abs, 'utf8');
      const first = text.split('\n')[0];
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, abs).not.toBeNull();
      const kind = /^kind: (\w+)$/m.exec(text)![1];
      const target = resolve(dirname(abs), m![1]);
      expect(target, abs).toBe(join(ROOT, 'schemas', `${kind}.schema.json`));
      expect(existsSync(target)).toBe(true);
    }
  });

  it('passes the README\'s first command: node bin/resp.js validate examples/county exits 0', () => {
    // Runs the compiled CLI (dist/), as a user does; `npm test` compiles first.
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', RESP_LANG: '' };
    const r = spawnSync(process.execPath, ['bin/resp.js', 'validate', 'examples/county'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ 未发现问题，检查了 \d+ 个文件、\d+ 个事项\n$/);
  });
});
