import { describe, expect, it } from 'vitest';
import { renderHuman } from '../../src/findings/render/human.js';
import { FINDINGS, context } from './fixtures.js';

const ANSI = /\u001b\[[0-9;]*m/;

describe('human format', () => {
  it('prints place, severity, rule, message, a code frame with the caret under the wide characters, hint and basis', () => {
    const out = renderHuman([FINDINGS[1]], context());
    expect(out).toBe(
      [
        'domains/自然资源.yaml:9:14  错误  unknown-party  单位“县自然资源和规划厅”不在登记册中',
        '     8 |       duties: [依法查处]',
        '  >  9 |       party: 县自然资源和规划厅',
        // 9 CJK characters are 18 columns wide on a terminal; the value starts after 13 columns.
        `       |              ${'^'.repeat(18)}`,
        '    10 |     support: []',
        '  建议：改用登记册中的名称',
        '  依据：行政处罚法第十七条',
        '',
        '✖ 1 个问题（1 个错误，0 个警告，0 个提示），检查了 2 个文件、2 个事项',
        '',
      ].join('\n'),
    );
  });

  it('puts the caret after wide characters earlier on the line', () => {
    const out = renderHuman([FINDINGS[0]], context());
    const lines = out.split('\n');
    const at = lines.indexOf('  > 6 |     power: 行政处理');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`    ${' '} | ${' '.repeat(11)}${'^'.repeat(8)}`);
    // Schema findings speak for themselves: no basis line.
    expect(out).not.toContain('依据：');
  });

  it('marks a finding without an end column with one caret and counts all severities', () => {
    const out = renderHuman(FINDINGS, context());
    expect(out).toContain('townships/a,b:c.yaml:5:20  警告  outdated-department-name');
    expect(out).toContain('townships/a,b:c.yaml:4:5  提示  duplicate-name');
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 4 个问题（2 个错误，1 个警告，1 个提示），检查了 2 个文件、2 个事项');
  });

  it('speaks English with --lang en', () => {
    const out = renderHuman([FINDINGS[1]], context({ lang: 'en' }));
    expect(out.split('\n')[0]).toBe('domains/自然资源.yaml:9:14  error  unknown-party  单位“县自然资源和规划厅”不在登记册中');
    expect(out).toContain('  hint: 改用登记册中的名称');
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos); checked 2 files, 2 items');
  });

  it('says so when there is nothing to report', () => {
    expect(renderHuman([], context())).toBe('✔ 未发现问题，检查了 2 个文件、2 个事项\n');
    expect(renderHuman([], context({ lang: 'en', files: 1, items: 1 }))).toBe('✔ no problems found; checked 1 file, 1 item\n');
  });

  it('uses colour only when asked to', () => {
    expect(renderHuman(FINDINGS, context({ color: false }))).not.toMatch(ANSI);
    const coloured = renderHuman(FINDINGS, context({ color: true }));
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(new RegExp(ANSI.source, 'g'), '')).toBe(renderHuman(FINDINGS, context({ color: false })));
  });

  it('shows no code frame for a file it has no text of', () => {
    const f = { ...FINDINGS[0], rule: 'encoding', file: 'domains/gbk.yaml', line: 1, column: 1, endLine: undefined, endColumn: undefined };
    const out = renderHuman([f], context({ sourceOf: (file) => (file === 'domains/gbk.yaml' ? [''] : undefined) }));
    expect(out).not.toContain(' | ');
  });
});
