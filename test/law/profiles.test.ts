import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { loadProfile, policyOf, PROFILE_IDS } from '../../src/law/profiles.js';
import { validatePaths } from '../../src/validate/validate.js';
import { check, where } from '../rule-tester.js';
import { MINI } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Citations of provincial documents and laws: none may appear in a finding under the national profile. */
const PROVINCIAL = /山东|鲁编办发|鲁政字|川办发|川编办发|四川|浙政办发|浙江|湖北|鄂政/;

/** A copy of an example folder with its resp.yaml switched to another profile. */
function underProfile(example: string, profile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'resp-profile-'));
  cpSync(join(ROOT, 'examples', example), dir, { recursive: true });
  const cfg = join(dir, 'resp.yaml');
  writeFileSync(cfg, readFileSync(cfg, 'utf8').replace(/^profile: .*$/m, `profile: ${profile}`));
  return dir;
}

describe('profiles', () => {
  it('the config schema offers exactly the built-in profiles', () => {
    expect(configSchema.properties.profile.enum).toEqual([...PROFILE_IDS]);
  });

  it('national cites national law and central documents only: no finding over the examples names a provincial document', () => {
    for (const example of ['county', 'defects']) {
      const dir = underProfile(example, 'national');
      const r = validatePaths([dir], { cwd: dir, lang: 'zh', asOf: '2026-11-23' });
      if (example === 'defects') expect(r.findings.length).toBeGreaterThan(30);
      const leaks = r.findings.filter((f) => PROVINCIAL.test(`${f.source ?? ''} ${f.hint ?? ''}`) || /鲁编办发|川办发|山东省乡镇人民政府工作条例/.test(f.message));
      expect(leaks.map((f) => `${example}/${f.file.split('/').pop()}:${f.line} ${f.rule} ${f.source}`)).toEqual([]);
    }
  });

  it('national asks for no province-only part of an admission record', () => {
    const required = loadProfile('national').admission.required;
    for (const k of ['explanation', 'consulted', 'review.bianban', 'review.sifa']) expect(required).not.toContain(k);
    expect(loadProfile('shandong').admission.required).toEqual(expect.arrayContaining(['explanation', 'consulted', 'review.bianban', 'review.sifa']));
  });

  it('each province carries its own documents, and inherits the national ones it lacks', () => {
    expect(loadProfile('shandong').documents.list).toContain('鲁编办发〔2019〕4号');
    expect(loadProfile('sichuan').documents.list).toContain('川编办发〔2020〕159号');
    expect(loadProfile('sichuan').documents.delegation).toContain('川办发〔2020〕85号');
    expect(loadProfile('zhejiang').documents.delegation).toContain('浙江省综合行政执法条例第九条');
    expect(loadProfile('zhejiang').laws).toEqual(['浙江省综合行政执法条例']);
    expect(loadProfile('hubei').documents.list).toBe(loadProfile('national').documents.list);
    expect(loadProfile('hubei').documents.powers).toContain('湖北省人民政府令第382号');
    expect(loadProfile('national').documents.delegation).toBeUndefined();
  });

  it('refuses an unknown profile with the list of choices', () => {
    const f = check('schema', { 'resp.yaml': 'kind: config\njurisdiction: {name: 示例县}\nprofile: fujian\n' });
    expect(where(f)).toEqual([['schema', 'resp.yaml', 3, 10]]);
    expect(f[0].hint).toBe('可选值：national、shandong、hubei、sichuan、zhejiang');
  });

  it('a repository extends its profile with local admission requirements and their document', () => {
    const p = policyOf({ profile: 'national', requirements: { admission: { require: ['consulted', 'lead'], source: '示例县乡镇职责准入办法（示办发〔2025〕3号）' } } });
    expect(p.admission.required).toEqual([...loadProfile('national').admission.required, 'consulted']);
    expect(p.documents.admission).toBe(`${loadProfile('national').documents.admission}；示例县乡镇职责准入办法（示办发〔2025〕3号）`);
    const assignment = [
      'kind: assignments',
      'assignments:',
      '  - id: JB-101',
      '    name: 秸秆禁烧巡查',
      '    applicant: 县生态环境分局',
      '    lead: {party: 乡镇（街道）, duties: [巡查并报告火点]}',
      '    support: [{party: 县生态环境分局, duties: [依法查处]}]',
      '    procedure: [巡查, 报告, 查处]',
      '    deadline: 2026-12-31',
      '    safeguards: {funds: 县财政安排, staff: 县生态环境分局派员}',
      '    approval: {by: 县人民政府, date: 2026-05-20}',
      '',
    ].join('\n');
    expect(check('assignment-admission', { 'assignments/a.yaml': assignment })).toEqual([]);
    const resp = `${MINI['resp.yaml']}requirements:\n  admission:\n    require: [consulted]\n    source: 示例县乡镇职责准入办法（示办发〔2025〕3号）\n`;
    const f = check('assignment-admission', { 'resp.yaml': resp, 'assignments/a.yaml': assignment });
    expect(where(f)).toEqual([['assignment-admission', 'assignments/a.yaml', 3, 5]]);
    expect(f[0].message).toBe('交办事项 JB-101 的准入记录缺少：征求乡镇意见（consulted）');
    expect(f[0].source).toBe('中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》（清单外事项准入）；示例县乡镇职责准入办法（示办发〔2025〕3号）');
  });
});
