import { describe, expect, it } from 'vitest';
import { renderGithub } from '../../src/findings/render/github.js';
import { FINDINGS, context } from './fixtures.js';

describe('github format', () => {
  const out = renderGithub(FINDINGS, context());
  const lines = out.split('\n');

  it('prints one workflow command per finding, each on one line', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(lines.slice(0, -1)).toHaveLength(FINDINGS.length);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => /^::(error|warning|notice) [^\n]*::/.test(l))).toBe(true);
  });

  it('maps severities and carries place, rule, message, hint and the legal source', () => {
    expect(lines[1]).toBe('::error file=domains/自然资源.yaml,line=9,col=14,endLine=9,endColumn=23,title=resp(unknown-party)::单位“县自然资源和规划厅”不在登记册中%0A改用登记册中的名称%0A依据：行政处罚法第十七条');
    expect(lines[3].startsWith('::notice ')).toBe(true);
    // A schema finding's source names a schema, not a law: as in the human output, it is not shown.
    expect(lines[0]).not.toContain('依据');
    expect(renderGithub([FINDINGS[1]], context({ lang: 'en' }))).toContain('%0Abasis: 行政处罚法第十七条\n');
  });

  it('escapes % and line breaks in the message, and also : and , in properties', () => {
    expect(lines[2]).toBe('::warning file=townships/a%2Cb%3Ac.yaml,line=5,col=20,title=resp(outdated-department-name)::“县安监局”是机构改革前的名称%0A覆盖率 100%25');
    const cr = renderGithub([{ ...FINDINGS[2], message: 'a\r\nb', file: 'x:y.yaml' }], context());
    expect(cr).toBe('::warning file=x%3Ay.yaml,line=5,col=20,title=resp(outdated-department-name)::a%0D%0Ab\n');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(renderGithub([], context())).toBe('');
  });
});
