import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/findings/render/junit.js';
import { FINDINGS, context } from './fixtures.js';
import { checkXml } from './xml-check.js';

describe('junit format', () => {
  it('is well-formed XML with one test case per finding, grouped by file', () => {
    const xml = checkXml(renderJunit(FINDINGS, context()));
    expect(xml.error).toBeUndefined();
    expect(xml.elements.filter((e) => e === 'testcase')).toHaveLength(FINDINGS.length);
    expect(xml.elements.filter((e) => e === 'failure')).toHaveLength(FINDINGS.length);
    const suites = xml.attributes.filter((_, i) => xml.elements[i] === 'testsuite');
    expect(suites.map((s) => [s.name, s.tests])).toEqual([
      ['domains/自然资源.yaml', '2'],
      ['townships/a,b:c.yaml', '2'],
    ]);
    expect(xml.attributes[0]).toMatchObject({ name: 'resp', tests: '4', failures: '4' });
  });

  it('escapes XML\'s special characters', () => {
    const out = renderJunit([FINDINGS[3]], context());
    expect(out).toContain('message="名称含 &lt;特殊&gt; &amp; &quot;引号&quot; \'单引号\'"');
    expect(checkXml(out).error).toBeUndefined();
  });

  it('drops control characters XML 1.0 cannot hold', () => {
    const out = renderJunit([{ ...FINDINGS[0], message: '坏\u0001字符\u000b' }], context());
    expect(checkXml(out).error).toBeUndefined();
    expect(out).toContain('message="坏字符"');
  });

  it('is an empty but valid report when there is nothing to report', () => {
    const xml = checkXml(renderJunit([], context()));
    expect(xml.error).toBeUndefined();
    expect(xml.elements).toEqual(['testsuites']);
    expect(xml.attributes[0]).toMatchObject({ tests: '0' });
  });

  it('the structural check itself rejects broken XML', () => {
    expect(checkXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a></b>\n').error).toMatch(/mismatched/);
    expect(checkXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 & 2"/>\n').error).toMatch(/raw/);
    expect(checkXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x < y</a>\n').error).toBeDefined();
  });
});
