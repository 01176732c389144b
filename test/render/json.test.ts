import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/findings/render/json.js';
import { FINDINGS, context } from './fixtures.js';

/** The example object printed under "JSON output" in the README. */
function readmeExample(): any {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const section = readme.slice(readme.indexOf('### JSON output'));
  return JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]);
}

describe('json format', () => {
  const out = JSON.parse(renderJson(FINDINGS, context()));

  it('has exactly the shape the README documents', () => {
    const doc = readmeExample();
    expect(Object.keys(out)).toEqual(Object.keys(doc));
    expect(Object.keys(out.tool)).toEqual(Object.keys(doc.tool));
    expect(Object.keys(out.summary)).toEqual(Object.keys(doc.summary));
    for (const f of out.findings) expect(Object.keys(f)).toEqual(Object.keys(doc.findings[0]));
    expect(out.version).toBe(1);
  });

  it('carries every field of a finding, and null for what a finding does not have', () => {
    expect(out.tool).toEqual({ name: 'resp', version: '0.1.0' });
    expect(out.summary).toEqual({ files: 2, items: 2, errors: 2, warnings: 1, infos: 1 });
    expect(out.findings[1]).toEqual({
      rule: 'unknown-party', messageId: 'unknownSuggest', severity: 'error', message: '单位“县自然资源和规划厅”不在登记册中',
      file: 'domains/自然资源.yaml', line: 9, column: 14, endLine: 9, endColumn: 23,
      item: 'ZR-001', path: ['items', 0, 'lead', 'party'], hint: '改用登记册中的名称', source: '行政处罚法第十七条', related: [],
    });
    // Without an end, the span is the start; missing parts are null, never absent.
    expect(out.findings[2]).toMatchObject({ endLine: 5, endColumn: 20, path: null, hint: null, source: null, item: 'DH-1', messageId: null });
    expect(out.findings[2].message).toBe('“县安监局”是机构改革前的名称\n覆盖率 100%');
  });

  it('is one JSON document ending with a newline, also when there is nothing to report', () => {
    const empty = renderJson([], context());
    expect(empty.endsWith('}\n')).toBe(true);
    expect(JSON.parse(empty)).toMatchObject({ summary: { errors: 0, warnings: 0, infos: 0 }, findings: [] });
  });
});
