import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04Ns from 'ajv-draft-04';
import addFormatsNs from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/findings/render/sarif.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { FINDINGS, context } from './fixtures.js';

const require = createRequire(import.meta.url);
// ajv-draft-04's typings declare the class as the default export of a namespace under NodeNext.
const Ajv04 = ((Ajv04Ns as any).default ?? Ajv04Ns) as typeof Ajv04Ns.default;
// The official SARIF 2.1.0 schema (draft-04), as shipped with @microsoft/jest-sarif.
const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const addFormats = ((addFormatsNs as any).default ?? addFormatsNs) as (a: unknown) => void;

// The schema's language pattern is not valid under the u flag, hence unicodeRegExp: false.
function validator() {
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('sarif format', () => {
  const validate = validator();

  it.each([
    ['the fixture findings', FINDINGS],
    ['no findings', []],
  ] as const)('is a valid SARIF 2.1.0 log for %s', (_name, findings) => {
    const log = JSON.parse(renderSarif(findings, context()));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('lists the whole rule catalogue and points each result at its rule, file and code-point columns', () => {
    const log = JSON.parse(renderSarif(FINDINGS, context({ lang: 'en' })));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.results.map((r: any) => [r.ruleId, run.tool.driver.rules[r.ruleIndex].id, r.level])).toEqual([
      ['schema', 'schema', 'error'],
      ['unknown-party', 'unknown-party', 'error'],
      ['outdated-department-name', 'outdated-department-name', 'warning'],
      ['duplicate-name', 'duplicate-name', 'note'],
    ]);
    const loc = run.results[1].locations[0].physicalLocation;
    expect(decodeURI(loc.artifactLocation.uri)).toBe('domains/自然资源.yaml');
    expect(loc.region).toEqual({ startLine: 9, startColumn: 14, endLine: 9, endColumn: 23 });
    expect(run.results[1].properties).toEqual({ messageId: 'unknownSuggest', item: 'ZR-001', source: '行政处罚法第十七条' });
    expect(run.results[1].message.text).toBe('单位“县自然资源和规划厅”不在登记册中（改用登记册中的名称）; basis: 行政处罚法第十七条');
  });

  it('documents every rule as code-scanning views show it: a distinct name, descriptions, help with the legal source', () => {
    for (const lang of ['zh', 'en'] as const) {
      const driver = JSON.parse(renderSarif([], context({ lang, homepage: 'https://example.org/resp#readme' }))).runs[0].tool.driver;
      expect(driver.informationUri).toBe('https://example.org/resp#readme');
      const names = driver.rules.map((r: any) => r.name);
      expect(new Set(names).size).toBe(names.length);
      for (const r of driver.rules) {
        const rule = ALL_RULES.find((x) => x.id === r.id)!;
        // PascalCase of the id, never the id itself (some viewers show only the name).
        expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
        expect(r.name.toLowerCase()).toBe(r.id.replace(/-/g, ''));
        expect(r.shortDescription.text).toBe(rule.title[lang]);
        expect(r.fullDescription.text).toBe(rule.docs.why[lang]);
        expect(r.help.text).toContain(rule.docs.why[lang]);
        expect(r.help.text).toContain(rule.docs.source);
        expect(r.help.markdown).toContain(`# ${rule.id}: ${rule.title[lang]}`);
        expect(r.help.markdown).toContain(rule.docs.source);
        expect(r.help.markdown).toContain(rule.docs.bad.trimEnd());
      }
    }
    const te = JSON.parse(renderSarif([], context())).runs[0].tool.driver.rules.find((r: any) => r.id === 'township-enforcement');
    expect(te.name).toBe('TownshipEnforcement');
    expect(te.help.text).toMatch(/\n\n依据：行政处罚法第十七条/);
  });

  it('puts the law a finding rests on into its message, where a reviewer reads it', () => {
    const run = JSON.parse(renderSarif(FINDINGS, context())).runs[0];
    expect(run.results[1].message.text).toBe('单位“县自然资源和规划厅”不在登记册中（改用登记册中的名称）；依据：行政处罚法第十七条');
    // Loader and schema findings name no law; findings without a source keep their message as it was.
    expect(run.results[0].message.text).toBe('字段 power（权力类型）的值“行政处理”不在允许范围内（是否想写 行政处罚？）');
    expect(run.results[2].message.text).toBe('“县安监局”是机构改革前的名称\n覆盖率 100%');
    expect(run.results[0].properties).toBeUndefined();
  });

  it('gives the other places a finding is about as relatedLocations, and stays valid', () => {
    const dup = { ...FINDINGS[1], rule: 'unique-id', messageId: 'duplicate', related: [{ file: 'domains/甲.yaml', line: 4, column: 9 }] };
    const log = JSON.parse(renderSarif([dup], context()));
    expect(log.runs[0].results[0].relatedLocations).toEqual([{ id: 1, physicalLocation: { artifactLocation: { uri: encodeURI('domains/甲.yaml') }, region: { startLine: 4, startColumn: 9 } } }]);
    expect(validate(log)).toBe(true);
  });

  it('leaves informationUri out rather than make one up when package.json names no homepage', () => {
    const driver = JSON.parse(renderSarif([], context())).runs[0].tool.driver;
    expect(driver.informationUri).toBeUndefined();
    expect(validate(JSON.parse(renderSarif(FINDINGS, context({ homepage: 'https://example.org/resp#readme' }))))).toBe(true);
  });

  it('fails the schema check when a required part is missing (the check itself can fail)', () => {
    const log = JSON.parse(renderSarif(FINDINGS, context()));
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });
});
