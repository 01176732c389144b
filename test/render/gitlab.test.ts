import { describe, expect, it } from 'vitest';
import { GITLAB_SEVERITY, renderGitlab } from '../../src/findings/render/gitlab.js';
import type { Finding } from '../../src/findings/types.js';
import { FINDINGS, context } from './fixtures.js';

const parse = (findings: readonly Finding[], over = {}) => JSON.parse(renderGitlab(findings, context(over))) as any[];

describe('gitlab format (Code Quality)', () => {
  it('is a JSON array of issues with the fields GitLab reads', () => {
    const issues = parse(FINDINGS);
    expect(Array.isArray(issues)).toBe(true);
    expect(issues).toHaveLength(FINDINGS.length);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(typeof i.description).toBe('string');
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(Object.keys(i.location).sort()).toEqual(['lines', 'path']);
      expect(Number.isInteger(i.location.lines.begin)).toBe(true);
    }
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['schema', 'major', 'domains/自然资源.yaml', 6],
      ['unknown-party', 'major', 'domains/自然资源.yaml', 9],
      ['outdated-department-name', 'minor', 'townships/a,b:c.yaml', 5],
      ['duplicate-name', 'info', 'townships/a,b:c.yaml', 4],
    ]);
    expect(GITLAB_SEVERITY).toEqual({ error: 'major', warning: 'minor', info: 'info' });
  });

  it('describes a finding with its hint and the law it rests on', () => {
    expect(parse([FINDINGS[1]])[0].description).toBe('单位“县自然资源和规划厅”不在登记册中（改用登记册中的名称）；依据：行政处罚法第十七条');
    expect(parse([FINDINGS[1]], { lang: 'en' })[0].description).toContain('; basis: 行政处罚法第十七条');
  });

  it('is an empty array when there is nothing to report', () => {
    expect(renderGitlab([], context())).toBe('[]\n');
  });

  it('gives stable fingerprints: the same across runs and languages, and when lines move or items are added above', () => {
    const a = parse(FINDINGS).map((i) => i.fingerprint);
    expect(parse(FINDINGS).map((i) => i.fingerprint)).toEqual(a);
    expect(parse(FINDINGS, { lang: 'en' }).map((i) => i.fingerprint)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    // The same finding three lines lower, its item now the second of the file.
    const moved = { ...FINDINGS[1], line: 12, endLine: 12, path: ['items', 1, 'lead', 'party'] };
    expect(parse([moved])[0].fingerprint).toBe(a[1]);
    // Another rule, file or item is another issue.
    expect(parse([{ ...FINDINGS[1], item: 'ZR-002' }])[0].fingerprint).not.toBe(a[1]);
    expect(parse([{ ...FINDINGS[1], file: 'domains/b.yaml' }])[0].fingerprint).not.toBe(a[1]);
  });

  it('tells apart findings alike in rule, file and place (GitLab would hide all but one)', () => {
    const twice = [FINDINGS[1], { ...FINDINGS[1], message: '另一条' }];
    const fps = parse(twice).map((i) => i.fingerprint);
    expect(new Set(fps).size).toBe(2);
    expect(parse(twice).map((i) => i.fingerprint)).toEqual(fps);
    // Loader findings without a path are told apart by where they are.
    const control = (line: number): Finding => ({ rule: 'control-character', severity: 'error', message: 'x', file: 'a.yaml', line, column: 1 });
    expect(new Set(parse([control(1), control(2)]).map((i) => i.fingerprint)).size).toBe(2);
  });
});
